/** The timeline's research-scale features in a real browser: relations, scales, the overview brush, density. */
import { beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import type { Corpus } from '$lib/model/schema';
import type { TimedEvent } from '$lib/model/timed';
import { useBrowser } from './browser';
import { fetchPublishedCorpus, markIds, viewInUrl } from './explorer-page';

const { open } = useBrowser();
let corpus: Corpus;
let events: TimedEvent[];
beforeAll(async () => ({ corpus, events } = await fetchPublishedCorpus()));

const arcs = (page: Page) => page.locator('[data-testid=relations] path.arc');
const touching = (id: string) => corpus.relations.filter((r) => r.from === id || r.to === id);
const iso = (ms: number) => new Date(ms).toISOString();

/** Whether the event's mark is drawn inside the timeline's visible box. */
async function markInView(page: Page, id: string): Promise<boolean> {
	const mark = page.locator(`[data-testid=timeline] g.mark[data-event="${id}"]`).locator('circle, rect').first();
	if (!(await mark.count())) return false;
	const [m, t] = await Promise.all([mark.boundingBox(), page.getByTestId('timeline').boundingBox()]);
	return Boolean(m && t && m.x + m.width >= t.x && m.x <= t.x + t.width);
}

describe('relations', () => {
	test('appear for the selected event only, and all of them on request', async () => {
		const busiest = [...events].sort((a, b) => touching(b.id).length - touching(a.id).length)[0]!;
		expect(touching(busiest.id).length).toBeGreaterThan(1);

		const none = await open('/');
		expect(await arcs(none).count()).toBe(0);

		const page = await open(`/?event=${busiest.id}`);
		await expect.poll(() => arcs(page).count()).toBe(touching(busiest.id).length);
		for (const r of touching(busiest.id))
			expect(await page.locator(`[data-relation="${r.from} ${r.kind} ${r.to}"]`).count()).toBe(1);

		await page.getByLabel('All relations').check();
		await expect.poll(() => arcs(page).count()).toBe(corpus.relations.length);
		await expect.poll(() => new URL(page.url()).searchParams.get('relations')).toBe('all');
	});
});

describe('scales', () => {
	test('switching the scale keeps the selected event in view', async () => {
		const chosen = events.find((e) => e.when.point && e.when.min > events[0]!.when.max)!;
		const day = 86_400_000;
		const page = await open(`/?event=${chosen.id}&view=${iso(chosen.when.min - 40 * day)}/${iso(chosen.when.max + 40 * day)}`);
		expect(await markInView(page, chosen.id)).toBe(true);
		for (const scale of ['gaps compressed', 'in sequence', 'linear']) {
			await page.getByLabel('Scale').selectOption({ label: scale });
			await expect.poll(() => markInView(page, chosen.id), { message: `${chosen.id} in view on the ${scale} scale` }).toBe(true);
		}
	});

	test('the broken scale draws its breaks and the sequential one spaces events evenly', async () => {
		const broken = await open('/?scale=broken');
		expect(await broken.locator('[data-testid=axis] .break').count()).toBeGreaterThan(0);

		const sequential = await open('/?scale=sequential&kinds=attack');
		const xs = await sequential
			.locator('[data-testid=timeline] g.mark[data-shape=point] circle')
			.evaluateAll((cs) => cs.map((c) => Number(c.getAttribute('cx'))).sort((a, b) => a - b));
		expect(xs.length).toBeGreaterThan(2);
		const steps = xs.slice(1).map((x, i) => x - xs[i]!);
		// Attacks are not every event, so their slots are whole multiples of one even step.
		const unit = Math.min(...steps);
		for (const s of steps) expect(Math.abs(s / unit - Math.round(s / unit))).toBeLessThan(0.02);
	});
});

describe('the overview', () => {
	test('its brush follows the zoom and sets the view when drawn', async () => {
		const page = await open('/', { reducedMotion: 'reduce' });
		const overview = page.getByTestId('overview');
		const selection = overview.locator('.selection');
		await overview.scrollIntoViewIfNeeded();
		const box = (await overview.boundingBox())!;

		// From the whole span (the page opens where most events are), two zooms show its middle quarter.
		await page.getByTestId('fit-all').click();
		await page.getByRole('button', { name: 'Zoom in' }).click();
		await page.getByRole('button', { name: 'Zoom in' }).click();
		await expect.poll(async () => Number(await selection.getAttribute('width'))).toBeGreaterThan(0);
		const width = Number(await selection.getAttribute('width'));
		expect(width).toBeGreaterThan(box.width / 4 - 4);
		expect(width).toBeLessThan(box.width / 4 + 4);

		// Draw a new brush beside the current one (which spans the middle quarter): the main view follows.
		const before = await viewInUrl(page);
		await page.mouse.move(box.x + box.width * 0.7, box.y + box.height / 2);
		await page.mouse.down();
		await page.mouse.move(box.x + box.width * 0.8, box.y + box.height / 2, { steps: 5 });
		await page.mouse.move(box.x + box.width * 0.9, box.y + box.height / 2, { steps: 5 });
		await page.mouse.up();
		await expect.poll(() => viewInUrl(page)).not.toEqual(before);
		const [a, b] = await viewInUrl(page);
		const drawn = await markIds(page);
		expect(drawn.length).toBeGreaterThan(0);
		expect(events.filter((e) => drawn.includes(e.id)).every((e) => e.when.max >= a - (b - a) * 0.05 && e.when.min <= b + (b - a) * 0.05)).toBe(true);
		expect(Math.abs(Number(await selection.getAttribute('x')) - box.width * 0.7)).toBeLessThan(3);
		expect(Math.abs(Number(await selection.getAttribute('width')) - box.width * 0.2)).toBeLessThan(3);
	});
});

describe('at research scale', () => {
	test('100,000 events draw on canvas, crowded lanes as counts that zoom in when clicked', async () => {
		const page = await open('/bench/?n=100000');
		// Polled with evaluate: waitForFunction would compile its predicate in the page, which the CSP forbids.
		await expect.poll(() => page.evaluate('window.__timelineReady === true'), { timeout: 60_000 }).toBe(true);
		const timeline = page.getByTestId('timeline');
		expect(await timeline.getAttribute('data-mode')).toBe('canvas');
		expect(await page.locator('[data-testid=timeline] g.mark').count()).toBe(0);
		expect(await page.locator('[data-lane][data-mode=density]').count()).toBeGreaterThan(0);

		const before = await page.evaluate('window.__benchViewport?.()');
		const box = (await timeline.boundingBox())!;
		const lane = (await page.locator('svg.under [data-mode=density]').first().boundingBox())!;
		await page.mouse.click(box.x + box.width * 0.5, lane.y + lane.height - 10);
		await expect.poll(() => page.evaluate('window.__benchViewport?.()')).not.toEqual(before);
	});
});
