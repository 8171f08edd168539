/** The briefing on a 1920×1080 projector: a title slide, a layout that holds still, context around each step, large labels, and exports that are figures. */
import { mkdir, readdir, readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { Briefing } from '$lib/model/briefing';
import type { TimedEvent } from '$lib/model/timed';
import { started, useBrowser } from './browser';
import { fetchPublishedCorpus, markShape, textOf } from './explorer-page';

const { open } = useBrowser();
let events: TimedEvent[];
let id: string;
let briefing: Briefing;
const OUT = 'test-results/briefing';
const SCREEN = { viewport: { width: 1920, height: 1080 }, reducedMotion: 'reduce' } as const;
const DAY = 86_400_000;

beforeAll(async () => {
	({ events } = await fetchPublishedCorpus());
	const file = (await readdir('data/briefings')).filter((f) => f.endsWith('.json')).sort()[0]!;
	id = file.replace(/\.json$/, '');
	briefing = Briefing.parse(JSON.parse(await readFile(`data/briefings/${file}`, 'utf8')));
	await mkdir(OUT, { recursive: true });
});

/** The audience's screen, not the printed pages hidden beside it. */
const onScreen = (page: Page) => page.getByRole('main');
const eventOf = (step: number) => events.find((e) => e.id === briefing.steps[step - 1]!.event)!;

/** Waits until step `n` (from 1) is on screen. */
async function atStep(page: Page, n: number) {
	await expect.poll(() => textOf(onScreen(page).getByTestId('step').getByRole('heading', { level: 2 })), { message: `step ${n}` }).toBe(eventOf(n).title);
	await expect.poll(() => markShape(page, eventOf(n).id).count()).toBeGreaterThan(0);
}

/** The window the strip shows, as the stage states it. */
async function stepWindow(page: Page): Promise<[number, number]> {
	const [a, b] = (await page.getByTestId('stage').getAttribute('data-window'))!.split('/').map(Date.parse);
	return [a!, b!];
}

describe('a briefing at 1920×1080', () => {
	test('opens on a title slide with the title and summary; the keys step from it and back', async () => {
		const page = await open(`/present/${id}/`, SCREEN);
		const title = page.getByTestId('title-slide');
		expect(await textOf(title.getByRole('heading', { level: 2 }))).toBe(briefing.title);
		expect(briefing.summary, 'the seed briefing has a summary').toBeTruthy();
		expect(await textOf(title)).toContain(briefing.summary!);
		expect(await onScreen(page).getByTestId('step').count(), 'no step before the first key').toBe(0);
		await page.screenshot({ path: `${OUT}/title.png` });
		await page.keyboard.press('ArrowRight');
		await atStep(page, 1);
		await expect.poll(() => new URL(page.url()).searchParams.get('step')).toBe('1');
		await page.keyboard.press('ArrowLeft');
		await expect.poll(() => title.isVisible()).toBe(true);
		await expect.poll(() => new URL(page.url()).searchParams.get('step')).toBe('0');
	});

	test('the presenter’s window follows onto the title slide', async () => {
		const page = await open(`/present/${id}/?step=1`, SCREEN);
		const [presenter] = await Promise.all([page.waitForEvent('popup'), page.getByRole('button', { name: 'Presenter view' }).click()]);
		await presenter.waitForLoadState();
		await started(presenter);
		await expect.poll(() => textOf(presenter.getByTestId('presenter-current'))).toBe(eventOf(1).title);
		await page.keyboard.press('Home');
		await expect.poll(() => textOf(presenter.getByTestId('presenter-current'))).toBe(briefing.title);
		expect(await textOf(presenter.getByTestId('presenter-step'))).toBe('Title slide');
		expect(await textOf(presenter.getByTestId('presenter-next'))).toContain(eventOf(1).title);
	});

	test('the strip keeps its height and the passage its place from step to step, and the screen’s lower part is used', async () => {
		const page = await open(`/present/${id}/?step=1`, SCREEN);
		const seen: { strip: number; passage: number; bottom: number }[] = [];
		for (const n of [1, 2, 3]) {
			if (n > 1) await page.keyboard.press('ArrowRight');
			await atStep(page, n);
			const strip = (await page.getByTestId('stage').boundingBox())!;
			const passage = (await onScreen(page).getByTestId('step-passage').boundingBox())!;
			seen.push({ strip: strip.height, passage: passage.y, bottom: passage.y + passage.height });
			await page.screenshot({ path: `${OUT}/step-${n}.png` });
		}
		expect(new Set(seen.map((s) => Math.round(s.strip))).size, `strip heights ${seen.map((s) => s.strip)}`).toBe(1);
		expect(new Set(seen.map((s) => Math.round(s.passage))).size, `passage tops ${seen.map((s) => s.passage)}`).toBe(1);
		for (const s of seen) expect(s.bottom, 'the passage reaches into the lower 40% of the screen').toBeGreaterThan(1080 * 0.6);
	});

	test('a step on a day shows at least a month around it, with the neighbouring steps', async () => {
		const n = briefing.steps.findIndex((s) => {
			const e = events.find((x) => x.id === s.event)!;
			return e.when.precision === 'day' && !s.range;
		}) + 1;
		expect(n, 'the seed briefing has a step on a day').toBeGreaterThan(0);
		const page = await open(`/present/${id}/?step=${n}`, SCREEN);
		await atStep(page, n);
		const [a, b] = await stepWindow(page);
		expect(b - a).toBeGreaterThanOrEqual(30 * DAY);
		expect(await page.getByTestId('timeline').getAttribute('data-granularity'), 'no hourly axis for a day').not.toMatch(/hours|minutes/);
		const others = await page.locator('[data-testid=timeline] g.mark').count();
		expect(others, 'its neighbours are drawn beside it').toBeGreaterThan(1);
	});

	test('labels are at least 24 px on the projector', async () => {
		const page = await open(`/present/${id}/?step=3`, SCREEN);
		await atStep(page, 3);
		// Read through CSS zoom too: this branch scales the drawing; once the Timeline takes labelSize, the font itself is 24 px.
		const sizes = await page.locator('[data-testid=timeline] g.mark text').evaluateAll((ts) =>
			ts.map((t) => parseFloat(getComputedStyle(t).fontSize) * ((t as Element & { currentCSSZoom?: number }).currentCSSZoom ?? 1))
		);
		expect(sizes.length).toBeGreaterThan(0);
		expect(Math.min(...sizes)).toBeGreaterThanOrEqual(24);
	});
});

describe('a briefing’s export', () => {
	test('is a figure: title, legend, a label for every event shown, a source line, no screen chrome', async () => {
		const page = await open(`/present/${id}/?step=3`, SCREEN);
		await atStep(page, 3);
		const [a, b] = await stepWindow(page);
		const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'SVG', exact: true }).click()]);
		expect(file.suggestedFilename()).toBe(`${id}-step-3.svg`);
		await file.saveAs(`${OUT}/${file.suggestedFilename()}`);
		const svg = await readFile(`${OUT}/${file.suggestedFilename()}`, 'utf8');
		const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/'/g, '&apos;').replace(/"/g, '&quot;');
		expect(svg).toContain(xml(eventOf(3).title));
		expect(svg).toContain(xml(briefing.title));
		expect(svg).toMatch(/data-part="legend">(<circle [^>]*\/><text [^>]*>[^<]+<\/text>)+<\/g>/);
		const shown = events.filter((e) => briefing.steps.some((s) => s.event === e.id) && e.when.max >= a && e.when.min <= b);
		expect(shown.length).toBeGreaterThan(1);
		for (const e of shown) expect(svg, `a label for ${e.id}`).toMatch(new RegExp(`<g data-event="${e.id}">.*?<text [^>]*>${xml(e.title).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}</text></g>`));
		expect(svg).toMatch(/Source: “[^”]+”, [^,]+, \d+ \w+ \d{4}\./);
		expect(svg).toContain('Every event links to the passage it comes from: http');
		expect(svg).toContain("@font-face{font-family:'Atkinson Hyperlegible Next'");
		expect(svg).not.toMatch(/events of this briefing/i);
		expect(svg).not.toMatch(/\sclass="|tabindex=|on[a-z]+="/);

		const [png] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'PNG', exact: true }).click()]);
		await png.saveAs(`${OUT}/${png.suggestedFilename()}`);
		const bytes = await readFile(`${OUT}/${png.suggestedFilename()}`);
		expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
		expect(bytes.readUInt32BE(16), 'twice the figure’s width').toBe(2 * Number(svg.match(/width="(\d+)"/)![1]));
	});
});
