/** The explorer on a phone and for readers who ask for less motion. */
import { beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import type { TimedEvent } from '$lib/model/timed';
import { useBrowser } from './browser';
import { detailPanel, fetchPublishedCorpus, markIds } from './explorer-page';

const { open } = useBrowser();
let events: TimedEvent[];
beforeAll(async () => ({ events } = await fetchPublishedCorpus()));

const PHONE = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };
const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

describe('at 360 px wide', () => {
	test('the explorer with an event open has no horizontal page overflow', async () => {
		// The event with the longest title and passage is the likeliest to push the page wide.
		const wide = events.reduce((a, b) => (b.title.length + b.sources[0]!.quote.exact.length > a.title.length + a.sources[0]!.quote.exact.length ? b : a));
		const page = await open(`/?event=${wide.id}`, PHONE);
		expect(await detailPanel(page).getByRole('heading', { level: 2 }).textContent()).toBe(wide.title);
		// The linked event is brought into view with its context.
		expect(await markIds(page)).toContain(wide.id);
		expect(await overflow(page)).toBeLessThanOrEqual(0);
		const timeline = await page.getByTestId('timeline').boundingBox();
		expect(timeline!.x + timeline!.width).toBeLessThanOrEqual(360);
	});

	test('the article reader has no horizontal page overflow', async () => {
		const s = events[0]!.sources[0]!;
		const page = await open(`/articles/${s.article}/#q-${s.position.start}-${s.position.end}`, PHONE);
		expect(await page.locator('a.passage').count()).toBeGreaterThan(0);
		expect(await overflow(page)).toBeLessThanOrEqual(0);
	});
});

/**
 * Presses "+" on the timeline and records the marks' positions on each animation frame that
 * follows: the distinct drawings seen after the key, until the view stops changing.
 */
async function framesAfterZoomKey(page: Page): Promise<string[]> {
	await page.getByTestId('timeline').focus();
	return page.evaluate(async () => {
		const svg = document.querySelector('[data-testid=timeline]')!;
		const drawing = () => [...svg.querySelectorAll('g.mark circle, g.mark rect')].map((m) => m.getAttribute('cx') ?? m.getAttribute('x')).join(' ');
		const frame = () => new Promise((r) => requestAnimationFrame(r));
		await frame();
		const before = drawing();
		svg.dispatchEvent(new KeyboardEvent('keydown', { key: '+', bubbles: true }));
		const seen: string[] = [];
		for (let i = 0; i < 40; i++) {
			await frame();
			const now = drawing();
			if (now !== before && now !== seen.at(-1)) seen.push(now);
		}
		return seen;
	});
}

describe('prefers-reduced-motion', () => {
	test('zooming jumps to the new view when the reader asks for less motion', async () => {
		const page = await open('/', { reducedMotion: 'reduce' });
		expect(await page.evaluate(() => matchMedia('(prefers-reduced-motion: reduce)').matches)).toBe(true);
		expect(await framesAfterZoomKey(page)).toHaveLength(1);
	});

	test('and animates it otherwise', async () => {
		const page = await open('/', { reducedMotion: 'no-preference' });
		expect((await framesAfterZoomKey(page)).length).toBeGreaterThan(1);
	});
});
