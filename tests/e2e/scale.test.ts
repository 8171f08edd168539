/**
 * A million events in the benchmark page: it gets ready (within a bound far above the
 * benchmark's target: timings are for `npm run bench`, not for tests), draws density on
 * canvas with the harness's data, and still resolves into single events as one zooms in.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { checksumColumns, generateColumns } from '$lib/bench/columns';
import { useBrowser } from './browser';

const { open } = useBrowser();
const N = 1_000_000;
let expected: string;
beforeAll(() => {
	expected = checksumColumns(generateColumns(N));
});

async function ready(page: Page) {
	await expect.poll(() => page.evaluate('window.__timelineReady === true'), { timeout: 45_000, interval: 100 }).toBe(true);
}

/** Pixels of the marks canvas that are not blank. */
const inked = (page: Page) =>
	page.locator('[data-testid=timeline]').evaluate((svg) => {
		const canvas = svg.parentElement!.querySelector('canvas')!;
		const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
		let n = 0;
		for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) n++;
		return n;
	});

describe('a million events', () => {
	test('get ready, with the harness data, and draw density in every lane', { timeout: 90_000 }, async () => {
		const page = await open(`/bench/?n=${N}&seed=1983`);
		await ready(page);
		expect(await page.evaluate('window.__timelineMeta')).toEqual({ n: N, seed: 1983, checksum: expected });
		const timeline = page.getByTestId('timeline');
		await expect.poll(() => timeline.getAttribute('aria-label')).toMatch(/^Timeline of 1000000 events/);
		expect(await timeline.getAttribute('data-mode')).toBe('canvas');
		for (const lane of ['politics', 'science', 'culture', 'economy', 'sport', 'technology'])
			expect(await page.getByLabel(`${lane} lane, open`).count()).toBe(1);
		// Six lanes of bins across 1,200 px cover far more than a few dots would.
		expect(await inked(page)).toBeGreaterThan(50_000);
	});

	test('resolve into single events, with labels, that can be chosen', { timeout: 90_000 }, async () => {
		const page = await open(`/bench/?n=${N}&seed=1983`);
		await ready(page);
		const timeline = page.getByTestId('timeline');
		await timeline.focus();
		// Each + halves the span: 35 years down to under a day, where a few hundred events are in view.
		for (let i = 0; i < 18 && (await timeline.getAttribute('data-mode')) !== 'svg'; i++) {
			await page.keyboard.press('+');
			await page.waitForTimeout(400);
		}
		expect(await timeline.getAttribute('data-mode')).toBe('svg');
		const mark = page.locator('[data-testid=timeline] g.mark').first();
		const id = await mark.getAttribute('data-event');
		expect(id).toMatch(/^\d+$/);
		await expect.poll(() => page.locator('[data-testid=timeline] text').filter({ hasText: `E${id}` }).count()).toBeGreaterThan(0);
		// By keyboard: in a crowd of labels a pointer's click may land on a neighbour's label.
		await mark.focus();
		await page.keyboard.press('Enter');
		await expect.poll(() => page.locator(`[data-testid=timeline] g.mark[data-event="${id}"]`).getAttribute('aria-pressed')).toBe('true');
	});
});
