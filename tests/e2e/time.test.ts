/** Honest time in a real browser: dates at their own precision, axis labels inside the drawing, long empty stretches compressed. */
import { beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import type { TimedEvent } from '$lib/model/timed';
import { formatEdtf } from '$lib/time/format';
import { useBrowser } from './browser';
import { detailPanel, fetchPublishedCorpus, textOf } from './explorer-page';

const { open } = useBrowser();
let events: TimedEvent[];
beforeAll(async () => ({ events } = await fetchPublishedCorpus()));

/** A clock range whose two ends read alike: "14:40–14:40". */
const DEGENERATE = /\b(\d\d:\d\d(?::\d\d)?)\s*[–-]\s*\1\b/;

/** Each axis label with its box, relative to the timeline's svg. */
async function axisLabels(page: Page) {
	await expect.poll(() => page.locator('[data-testid=axis] text').count()).toBeGreaterThan(0);
	return page.getByTestId('timeline').evaluate((svg) => {
		const frame = svg.getBoundingClientRect();
		return [...svg.querySelectorAll('[data-testid=axis] text')].map((t) => {
			const r = t.getBoundingClientRect();
			return { text: t.textContent ?? '', left: r.left - frame.left, right: r.right - frame.left, width: frame.width };
		});
	});
}

/** Turns the wheel over the timeline's axis at a fraction of its width. */
async function wheelAt(page: Page, fraction: number, deltaY: number) {
	const box = (await page.getByTestId('timeline').boundingBox())!;
	await page.mouse.move(box.x + box.width * fraction, box.y + 40);
	await page.mouse.wheel(0, deltaY);
	await page.waitForTimeout(400);
}

async function expectLabelsInside(page: Page, where: string) {
	const labels = await axisLabels(page);
	for (const l of labels) {
		expect(l.left, `"${l.text}" starts inside the drawing (${where})`).toBeGreaterThanOrEqual(-0.5);
		expect(l.right, `"${l.text}" ends inside the drawing (${where})`).toBeLessThanOrEqual(l.width + 0.5);
	}
	return labels;
}

describe('dates at the precision of what is shown', () => {
	test('no header writes a clock range as "14:40–14:40 UTC"', async () => {
		const ramming = events.find((e) => e.id === 'westminster-bridge-ramming') ?? events.find((e) => e.when.precision === 'time' && !e.when.point)!;
		const page = await open(`/?event=${ramming.id}`);
		await expect.poll(() => textOf(detailPanel(page).getByRole('heading', { level: 2 }))).toBe(ramming.title);
		const panel = await textOf(detailPanel(page));
		expect(panel).toContain(formatEdtf(ramming.when.edtf));
		expect(panel).not.toMatch(DEGENERATE);

		await page.getByRole('button', { name: 'Table', exact: true }).click();
		const dates = await page.locator('td.date').allTextContents();
		expect(dates.length).toBe(events.length);
		for (const d of dates) expect(d).not.toMatch(DEGENERATE);
	});

	test('day-dated events are never given a clock time, even on an hour axis', async () => {
		const day = events.find((e) => e.when.precision === 'day' && e.when.point)!;
		const page = await open(`/?event=${day.id}`);
		expect(await textOf(detailPanel(page))).not.toMatch(/\d\d:\d\d/);
		const hour = await open(`/?event=${day.id}&view=${new Date(day.when.min + 10 * 3_600_000).toISOString()}/${new Date(day.when.min + 14 * 3_600_000).toISOString()}`);
		const labels = await expectLabelsInside(hour, 'hour zoom');
		expect(labels.some((l) => /^\d\d:\d\d$/.test(l.text)), 'the zoomed axis shows hours').toBe(true);
		const marks = await hour.locator('[data-testid=timeline] g.mark').evaluateAll((gs) => gs.map((g) => g.getAttribute('aria-label') ?? g.textContent ?? ''));
		for (const e of events.filter((x) => x.when.precision !== 'time')) {
			const label = marks.find((m) => m.includes(e.title));
			if (label) expect(label, `${e.id} is labelled without a clock time`).not.toMatch(/\d\d:\d\d/);
		}
	});
});

describe('in sequence', () => {
	test.each([
		[1280, 900],
		[1920, 1080],
		[360, 740]
	])('at %i×%i ticks fall on events, carry their own dates and stay inside the drawing', async (width, height) => {
		const page = await open('/?scale=sequential', { viewport: { width, height } });
		const own = new Set(events.map((e) => formatEdtf(e.when.edtf, 'short')));
		for (const zoom of ['whole', 'zoomed in at the end', 'zoomed in further']) {
			if (zoom !== 'whole') await wheelAt(page, 0.97, -300);
			const labels = await expectLabelsInside(page, `${width} px, ${zoom}`);
			expect(labels.length).toBeGreaterThan(0);
			for (const l of labels) {
				expect(own.has(l.text), `"${l.text}" is an event's own date`).toBe(true);
				expect(l.text).not.toMatch(/ \d\d:\d\d$/);
			}
		}
	});

	test('the last tick is labelled in full at the right edge', async () => {
		const page = await open('/?scale=sequential');
		const labels = await expectLabelsInside(page, 'whole view');
		const last = events.at(-1)!;
		expect(labels.at(-1)!.text).toBe(formatEdtf(last.when.edtf, 'short'));
	});
});

describe('axis labels at the edges', () => {
	test.each([
		['/', 1280, 900],
		['/embed/?theme=dark', 640, 400],
		['/embed/', 320, 240],
		['/?scale=broken', 1280, 900]
	])('%s at %i×%i cuts no label', async (path, width, height) => {
		const page = await open(path, { viewport: { width, height } });
		for (const step of ['whole', 'zoomed in at the right', 'zoomed in at the left', 'zoomed out']) {
			if (step === 'zoomed in at the right') await wheelAt(page, 0.98, -300);
			if (step === 'zoomed in at the left') await wheelAt(page, 0.02, -300);
			if (step === 'zoomed out') await wheelAt(page, 0.5, 200);
			await expectLabelsInside(page, step);
		}
	});
});

describe('gaps compressed', () => {
	test('gives the dense 2014–2017 cluster most of the width', async () => {
		const page = await open('/?scale=broken');
		await expect.poll(() => page.locator('[data-testid=axis] .break').count(), { message: 'every long empty stretch is a break' }).toBeGreaterThanOrEqual(2);
		const boxes = await page.locator('[data-testid=timeline] g.mark').evaluateAll((gs) =>
			gs.map((g) => {
				const r = g.querySelector('circle, rect')!.getBoundingClientRect();
				return { id: (g as SVGGElement).dataset.event!, left: r.left, right: r.right };
			})
		);
		const from2014 = new Set(events.filter((e) => e.when.min >= Date.UTC(2014, 0, 1)).map((e) => e.id));
		const span = (bs: typeof boxes) => Math.max(...bs.map((b) => b.right)) - Math.min(...bs.map((b) => b.left));
		const cluster = boxes.filter((b) => from2014.has(b.id));
		expect(cluster.length).toBeGreaterThan(10);
		expect(span(cluster) / span(boxes)).toBeGreaterThan(0.5);
	});
});
