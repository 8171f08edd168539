/** The embed fits its frame: at five sizes, light and dark, without scrolling, with the passage opening over the timeline. */
import { mkdir } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { FrameLocator, Page } from 'playwright-core';
import type { TimedEvent } from '$lib/model/timed';
import { useBrowser, visit } from './browser';
import { fetchPublishedCorpus, textOf } from './explorer-page';
import { framePage, hostSite, type HostSite } from './hosts';

const { open } = useBrowser();
let events: TimedEvent[];
let host: HostSite;
const site = () => inject('baseURL');
const OUT = 'test-results/embed-fit';

beforeAll(async () => {
	({ events } = await fetchPublishedCorpus());
	host = await hostSite();
	await mkdir(OUT, { recursive: true });
});
afterAll(() => host?.close());

const SIZES = [
	[320, 240],
	[640, 400],
	[800, 450],
	[1280, 720],
	[1600, 900]
] as const;

async function frameAt(query: string, width: number, height: number): Promise<{ page: Page; frame: FrameLocator }> {
	const page = await open('/articles/', { viewport: { width: width + 40, height: height + 40 } });
	await visit(page, await host.put(`fit-${width}-${query.replace(/[^a-z0-9]+/gi, '-')}.html`, framePage(`${site()}/embed/?${query}`, width, height)));
	const frame = page.frameLocator('#frame');
	await expect.poll(() => frame.getByTestId('timeline').isVisible()).toBe(true);
	return { page, frame };
}

/** The frame's document: how tall it is, and how far it could scroll. */
const documentSize = (frame: FrameLocator) =>
	frame.locator('html').evaluate((html) => ({ scrollHeight: html.scrollHeight, bodyHeight: document.body.scrollHeight, scrollY: window.scrollY }));

/** WCAG contrast of two CSS colours as getComputedStyle writes them. */
function contrast(a: string, b: string): number {
	const lum = (c: string) => {
		const [r, g, bl] = c.match(/[\d.]+/g)!.slice(0, 3).map(Number).map((v) => {
			const s = v / 255;
			return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
		});
		return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
	};
	const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
	return (hi! + 0.05) / (lo! + 0.05);
}

describe('the embed fits its frame', () => {
	for (const theme of ['light', 'dark'] as const)
		test.each(SIZES)(`${theme}: at %i×%i nothing scrolls the frame, and the timeline shows with its axis`, async (width, height) => {
			const { page, frame } = await frameAt(`theme=${theme}`, width, height);
			const size = await documentSize(frame);
			expect(size.scrollHeight, 'the frame’s document is no taller than the frame').toBeLessThanOrEqual(height);
			expect(size.bodyHeight).toBeLessThanOrEqual(height);
			const box = (await frame.getByTestId('timeline').boundingBox())!;
			const frameBox = (await page.locator('#frame').boundingBox())!;
			expect(box.y - frameBox.y, 'the timeline starts inside the frame').toBeLessThan(height / 2);
			// Waits for the axis of the view's owner (VIEW/TIME) at 320 px: today's linear 1983–2017 view gets one tick there.
			expect(await frame.locator('[data-testid=axis] text').count(), 'axis ticks').toBeGreaterThanOrEqual(3);
			// Month and year labels are whole: none runs past the frame's edges.
			const labels = await frame.locator('[data-testid=axis] text').evaluateAll((ts) => ts.map((t) => t.getBoundingClientRect()).map((r) => [r.left, r.right]));
			for (const [l, r] of labels) {
				expect(l).toBeGreaterThanOrEqual(0);
				expect(r).toBeLessThanOrEqual(width);
			}
			// A timeline with more rows than fit reaches the frame's foot: no strip of the frame stays empty.
			const stage = await frame.locator('.stage').evaluate((el) => ({ overflows: el.scrollHeight > el.clientHeight + 1, bottom: el.getBoundingClientRect().bottom }));
			if (stage.overflows) expect(height - stage.bottom, 'empty strip under the timeline (px)').toBeLessThanOrEqual(2);
			// The hint that says what a mark does covers nothing: in a frame with no toolbar it joins the count.
			const hint = frame.getByText('select an event to read', { exact: false }).filter({ visible: true });
			if (width >= 480) {
				const [hintBox, overview] = await Promise.all([hint.boundingBox(), frame.getByTestId('overview').boundingBox()]);
				expect(hintBox!.y + hintBox!.height, 'the hint is above the overview').toBeLessThanOrEqual(overview!.y + 1);
			} else expect(await hint.count(), 'a postcard frame has no room for the hint').toBe(0);
			await page.screenshot({ path: `${OUT}/${theme}-${width}x${height}.png` });
		});

	test.each(SIZES)('with event=, at %i×%i, the passage opens over the timeline and the frame does not scroll', async (width, height) => {
		const e = events.find((x) => x.id === 'westminster-attack') ?? events.at(-1)!;
		const { page, frame } = await frameAt(`event=${e.id}`, width, height);
		const details = frame.getByRole('complementary', { name: 'Event details' });
		await expect.poll(() => textOf(details.getByRole('heading', { level: 2 }))).toBe(e.title);
		const size = await documentSize(frame);
		expect(size.scrollHeight).toBeLessThanOrEqual(height);
		expect(size.scrollY, 'the frame itself has not scrolled').toBe(0);
		// Both in sight at once: the passage's heading, and some of the timeline's drawing not under the passage.
		const heading = (await details.getByRole('heading', { level: 2 }).boundingBox())!;
		const frameBox = (await page.locator('#frame').boundingBox())!;
		expect(heading.y).toBeGreaterThanOrEqual(frameBox.y);
		expect(heading.y + heading.height).toBeLessThanOrEqual(frameBox.y + height);
		const uncovered = await frame.getByTestId('timeline').evaluate((svg) => {
			const r = svg.getBoundingClientRect();
			let seen = 0;
			for (let y = Math.max(r.top, 0) + 2; y < Math.min(r.bottom, innerHeight); y += 8)
				for (let x = r.left + 4; x < r.right; x += 24) if (svg.contains(document.elementFromPoint(x, y))) seen++;
			return seen;
		});
		expect(uncovered, 'points of the timeline not covered by the passage').toBeGreaterThan(20);
		await page.screenshot({ path: `${OUT}/event-${width}x${height}.png` });
	});

	test('in the dark theme the call to action reads at 4.5:1, its link and its marks', async () => {
		const { frame } = await frameAt('theme=dark', 1280, 720);
		const link = frame.getByRole('link', { name: /Open in full explorer/ });
		const [fg, bg] = await link.evaluate((a) => [getComputedStyle(a).color, getComputedStyle(document.body).backgroundColor]);
		expect(contrast(fg!, bg!), 'the link out').toBeGreaterThanOrEqual(4.5);
		const cta = events.find((x) => x.kind === 'call-to-action')!;
		const fill = await frame
			.locator(`[data-testid=timeline] g.mark[data-event="${cta.id}"]`)
			.locator('circle, rect')
			.first()
			.evaluate((s) => getComputedStyle(s).fill);
		// Waits for DESIGN's dark kind colours: today's #6a1b7a on the dark lanes is about 1.9:1.
		expect(contrast(fill, bg!), 'a call-to-action mark').toBeGreaterThanOrEqual(4.5);
	});
});
