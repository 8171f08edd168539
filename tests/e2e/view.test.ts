/**
 * The timeline's view in a real browser: where it opens, how every way of zooming agrees, how
 * filters, fitting and a linked event move it, and what marks and labels claim and answer to.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import type { TimedEvent } from '$lib/model/timed';
import { useBrowser } from './browser';
import { detailPanel, fetchPublishedCorpus, markIds } from './explorer-page';

const { open } = useBrowser();
let events: TimedEvent[];
beforeAll(async () => ({ events } = await fetchPublishedCorpus()));

const DAY = 86_400_000;
const MARGIN = 8;
const iso = (ms: number) => new Date(ms).toISOString();
const still = { reducedMotion: 'reduce' as const };
const timeline = (page: Page) => page.getByTestId('timeline');

/** The visible range (ms) as the timeline's owner holds it. */
async function range(page: Page): Promise<[number, number]> {
	const r = await timeline(page).getAttribute('data-range');
	const [a, b] = r!.split(' ').map(Number);
	return [a!, b!];
}

/** Time → px in the timeline's drawing, for the range shown. */
async function xOf(page: Page): Promise<(t: number) => number> {
	const [a, b] = await range(page);
	const width = Number(await timeline(page).getAttribute('width'));
	return (t) => MARGIN + ((t - a) / (b - a)) * (width - 2 * MARGIN);
}

/** Waits until the range stops changing (an animation has ended). */
async function settled(page: Page): Promise<[number, number]> {
	let last = '';
	await expect.poll(async () => {
		const now = (await range(page)).join();
		const same = now === last;
		last = now;
		return same;
	}, { interval: 150 }).toBe(true);
	return range(page);
}

const label = (page: Page, id: string) => page.locator(`[data-testid=timeline] g.mark[data-event="${id}"] text, [data-testid=timeline] text.selected-label`).filter({ hasText: events.find((e) => e.id === id)!.title });

describe('the first view', () => {
	test('frames where the events are: most events are not in one tenth of the width', async () => {
		const page = await open('/', still);
		const width = Number(await timeline(page).getAttribute('width'));
		const shown = await markIds(page);
		expect(new Set(shown).size, 'most events are in view').toBeGreaterThanOrEqual(events.length * 0.75);
		const xs = await page.locator('[data-testid=timeline] g.mark').evaluateAll((gs) =>
			gs.map((g) => {
				const b = (g.querySelector('circle, rect:not(.hit)') as SVGGraphicsElement).getBBox();
				return b.x + b.width / 2;
			})
		);
		const tenths = Array.from({ length: 10 }, (_, i) => xs.filter((x) => x >= (i * width) / 10 && x < ((i + 1) * width) / 10).length);
		expect(Math.max(...tenths), `marks per tenth of the width: ${tenths}`).toBeLessThan(events.length / 2);
	});

	test('says how many events it leaves out, and shows them on a click', async () => {
		const page = await open('/', still);
		const [a, b] = await range(page);
		const left = events.filter((e) => e.when.max < a || e.when.min > b);
		const note = page.getByRole('button', { name: /outside this view$/ });
		if (!left.length) return expect(await note.count(), 'every event is in view: no note').toBe(0);
		expect(await note.textContent()).toBe(`${left.length} ${left.length === 1 ? 'event' : 'events'} outside this view`);
		await note.click();
		await settled(page);
		expect(await markIds(page)).toEqual(expect.arrayContaining(left.map((e) => e.id)));
		expect(await note.count(), 'nothing is left out now').toBe(0);
	});

	test.each([1280, 1920])('labels "Westminster attack", the story’s subject, at %i px', async (w) => {
		const page = await open('/', { ...still, viewport: { width: w, height: 1000 } });
		await expect.poll(() => label(page, 'westminster-attack').count()).toBeGreaterThan(0);
		expect(await label(page, 'westminster-attack').first().isVisible()).toBe(true);
	});

	test('labels "Westminster attack" with gaps compressed', async () => {
		const page = await open('/?scale=broken', still);
		await expect.poll(() => label(page, 'westminster-attack').count()).toBeGreaterThan(0);
	});
});

describe('labels', () => {
	test('a click on a label selects its event; marks and labels point, the background grabs', async () => {
		const page = await open('/', still);
		const text = label(page, 'westminster-attack').first();
		const box = (await text.boundingBox())!;
		// Near the label's end, well clear of its mark.
		const x = box.x + box.width * 0.7;
		const y = box.y + box.height / 2;
		const cursorAt = (px: number, py: number) =>
			page.evaluate(([px, py]) => getComputedStyle(document.elementFromPoint(px!, py!)!).cursor, [px, py]);
		expect(await cursorAt(x, y)).toBe('pointer');
		// Somewhere the timeline's own surface is hit, not a mark, label or lane name.
		const t = (await timeline(page).boundingBox())!;
		const empty = await page.evaluate(([x0, y0, w]) => {
			for (let y = y0! + 40; y < Math.min(innerHeight, y0! + 600); y += 7)
				for (let x = x0! + 150; x < x0! + w!; x += 23) if (document.elementFromPoint(x, y)?.matches('[data-testid=timeline]')) return [x, y];
			return undefined;
		}, [t.x, t.y, t.width]);
		expect(empty).toBeDefined();
		expect(await cursorAt(empty![0]!, empty![1]!)).toBe('grab');
		await page.mouse.click(x, y);
		await expect.poll(() => detailPanel(page).getByRole('heading', { level: 2 }).textContent()).toContain('Westminster attack');
	});
});

describe('a linked event', () => {
	test('event= zooms to the event with context, and its arcs have a shape, not one vertical line', async () => {
		const page = await open('/?event=westminster-attack', still);
		const w = events.find((e) => e.id === 'westminster-attack')!;
		const [a, b] = await settled(page);
		expect(a).toBeLessThan(w.when.min);
		expect(b).toBeGreaterThan(w.when.max);
		expect(b - a, 'zoomed in').toBeLessThan(120 * DAY);
		expect(b - a, 'with context').toBeGreaterThan(7 * DAY);
		const arcs = page.locator('[data-testid=relations] path.arc');
		expect(await arcs.count()).toBeGreaterThan(3);
		const widths = await arcs.evaluateAll((ps) => ps.map((p) => (p as SVGPathElement).getBBox().width));
		for (const width of widths) expect(width, `arc widths ${widths}`).toBeGreaterThan(15);
	});
});

describe('zooming', () => {
	test('the + button, the + key and the wheel over the centre give the same range', async () => {
		const byButton = await open('/', still);
		const before = await range(byButton);
		await byButton.getByRole('button', { name: 'Zoom in' }).click();
		const button = await settled(byButton);

		const byKey = await open('/', still);
		await timeline(byKey).focus();
		await byKey.keyboard.press('+');
		const key = await settled(byKey);

		const byWheel = await open('/', still);
		const box = (await timeline(byWheel).boundingBox())!;
		await byWheel.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
		// d3-zoom reads 500 px of wheel as a factor of 2.
		await byWheel.mouse.wheel(0, -500);
		await expect.poll(() => range(byWheel)).not.toEqual(before);
		const wheel = await settled(byWheel);

		const span = before[1] - before[0];
		expect(button[1] - button[0]).toBeCloseTo(span / 2, -5);
		for (const r of [key, wheel]) {
			expect(Math.abs(r[0] - button[0])).toBeLessThan(span * 0.002);
			expect(Math.abs(r[1] - button[1])).toBeLessThan(span * 0.002);
		}
	});

	test('zooming out never goes past the data', async () => {
		const page = await open('/', still);
		const lo = Math.min(...events.map((e) => e.when.min));
		const hi = Math.max(...events.map((e) => e.when.max));
		for (let i = 0; i < 8; i++) await page.getByRole('button', { name: 'Zoom out' }).click();
		const [a, b] = await settled(page);
		expect(a).toBeGreaterThan(lo - (hi - lo) * 0.05);
		expect(b).toBeLessThan(hi + (hi - lo) * 0.05);
	});
});

describe('filters and fitting', () => {
	test('a filter moves the view to what it lets through', async () => {
		const page = await open('/', still);
		const before = await range(page);
		await page.getByRole('checkbox', { name: /Conviction/ }).check();
		await expect.poll(() => range(page)).not.toEqual(before);
		const [a, b] = await settled(page);
		const conviction = events.find((e) => e.kind === 'conviction')!;
		expect(a).toBeLessThanOrEqual(conviction.when.min);
		expect(b).toBeGreaterThanOrEqual(conviction.when.max);
		expect(await markIds(page)).toEqual([conviction.id]);
	});

	test('"Fit filtered" after a date filter shows the filter’s window, not the long spans that overlap it', async () => {
		const page = await open('/?from=2016-06-01&to=2016-09-30', still);
		await page.getByTestId('fit-all').click();
		await page.getByRole('button', { name: 'Fit filtered' }).click();
		const [a, b] = await settled(page);
		expect(a).toBeGreaterThan(Date.UTC(2016, 3, 1));
		expect(b).toBeLessThan(Date.UTC(2016, 11, 1));
	});
});

describe('honest time', () => {
	test('a day-precision event at hour zoom is a bar over the whole day; an instant stays a point', async () => {
		const day = events.find((e) => e.when.precision === 'day' && e.when.point && e.when.min >= Date.UTC(2017, 2, 22) && e.when.min < Date.UTC(2017, 2, 23))!;
		expect(day, 'a day event on 22 March 2017').toBeDefined();
		const page = await open(`/?view=${iso(Date.UTC(2017, 2, 21, 18))}/${iso(Date.UTC(2017, 2, 23, 6))}`, still);
		const x = await xOf(page);
		const mark = page.locator(`[data-testid=timeline] g.mark[data-event="${day.id}"]`);
		expect(await mark.getAttribute('data-shape')).toBe('span');
		const rect = mark.locator('rect:not(.hit)');
		const rx = Number(await rect.getAttribute('x'));
		const rw = Number(await rect.getAttribute('width'));
		expect(Math.abs(rx - x(day.when.min))).toBeLessThan(2);
		expect(Math.abs(rx + rw - x(day.when.max))).toBeLessThan(2);
		expect(await page.locator('[data-testid=timeline] g.mark[data-event="masood-shot-dead"]').getAttribute('data-shape')).toBe('point');
	});
});

describe('the overview', () => {
	test('when the view fills most of the strip, a drag on it draws a new range', async () => {
		const lo = Math.min(...events.map((e) => e.when.min));
		const hi = Math.max(...events.map((e) => e.when.max));
		const page = await open(`/?view=${iso(lo + (hi - lo) * 0.04)}/${iso(hi - (hi - lo) * 0.01)}`, still);
		const strip = page.getByTestId('overview');
		const box = (await strip.boundingBox())!;
		await page.mouse.move(box.x + box.width * 0.3, box.y + box.height / 2);
		await page.mouse.down();
		await page.mouse.move(box.x + box.width * 0.4, box.y + box.height / 2, { steps: 4 });
		await page.mouse.move(box.x + box.width * 0.5, box.y + box.height / 2, { steps: 4 });
		await page.mouse.up();
		const [a, b] = await settled(page);
		expect((b - a) / (hi - lo), 'a fifth of the span, drawn').toBeLessThan(0.3);
		expect(a).toBeGreaterThan(lo + (hi - lo) * 0.2);
	});
});
