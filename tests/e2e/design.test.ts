/**
 * The design system in the built site: one typeface for text and controls, kind colours that
 * stand out from their lanes in both themes, a headline, a timeline that takes the width until
 * an event is chosen, a table that fits its column, and a reader whose followed passage stands out.
 */
import { wcagContrast } from 'culori';
import { beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { EVENT_KINDS, type Corpus } from '$lib/model/schema';
import { siteHeading } from '$lib/model/site';
import type { TimedEvent } from '$lib/model/timed';
import { useBrowser } from './browser';
import { detailPanel, fetchPublishedCorpus, markShape, textOf } from './explorer-page';

const { open } = useBrowser();
let corpus: Corpus;
let events: TimedEvent[];
beforeAll(async () => ({ corpus, events } = await fetchPublishedCorpus()));

const FONT = /^"?Atkinson Hyperlegible Next/;

/** The computed value of a custom property on the element that draws the lanes, as #rrggbb or rgb(). */
const laneVar = (page: Page, name: string) =>
	page.getByTestId('timeline').evaluate((el, n) => getComputedStyle(el).getPropertyValue(n).trim(), name);

describe('type', () => {
	test('body, buttons, selects and inputs are set in Atkinson Hyperlegible Next, which has loaded', async () => {
		const page = await open('/');
		const families = await page.evaluate(() =>
			['body', 'button', 'select', 'input[type=search]', 'input[autocomplete=off]'].map((s) => [s, getComputedStyle(document.querySelector(s)!).fontFamily])
		);
		for (const [selector, family] of families) expect(family, selector).toMatch(FONT);
		expect(await page.evaluate(() => document.fonts.check('16px "Atkinson Hyperlegible Next Variable"'))).toBe(true);
	});

	test('buttons and fields are at least 24 px high', async () => {
		const page = await open('/');
		const small = await page.evaluate(() =>
			[...document.querySelectorAll<HTMLElement>('button:not(.link), select, input:not([type=checkbox], [type=radio], [type=file])')]
				.filter((el) => el.offsetParent !== null && !el.closest('table'))
				.map((el) => [el.textContent?.trim() || el.getAttribute('aria-label') || el.tagName, el.getBoundingClientRect().height] as const)
				.filter(([, h]) => h < 24)
		);
		expect(small).toEqual([]);
	});
});

describe('colour', () => {
	test.each(['', 'dark'])('every kind colour reaches 3:1 against the lane bands in theme %j', async (theme) => {
		const page = await open(theme ? `/embed/?theme=${theme}` : '/');
		const grounds = [await laneVar(page, '--band'), await laneVar(page, '--band-alt')];
		expect(grounds.every(Boolean)).toBe(true);
		const low: string[] = [];
		for (const kind of EVENT_KINDS) {
			const colour = await laneVar(page, `--kind-${kind}`);
			for (const ground of grounds) if (!(wcagContrast(colour, ground) >= 3)) low.push(`${kind} ${colour} on ${ground}`);
		}
		expect(low).toEqual([]);
	});

	test('marks are painted with their theme’s kind colour', async () => {
		const e = events.find((x) => x.kind === 'call-to-action') ?? events[0]!;
		const fill = async (theme: string) => {
			const page = await open(`/embed/?theme=${theme}`);
			return [await markShape(page, e.id).first().evaluate((el) => getComputedStyle(el).fill), await laneVar(page, `--kind-${e.kind}`)];
		};
		const [light, lightVar] = await fill('light');
		const [dark, darkVar] = await fill('dark');
		expect(light).not.toBe(dark);
		expect(wcagContrast(light!, lightVar!)).toBeCloseTo(1);
		expect(wcagContrast(dark!, darkVar!)).toBeCloseTo(1);
	});
});

describe('page chrome', () => {
	test('the explorer has the corpus’s headline and standfirst, and its tools in one quiet row', async () => {
		const page = await open('/');
		const heading = siteHeading(corpus);
		expect(await textOf(page.getByRole('heading', { level: 1 }))).toBe(heading.title);
		expect(await textOf(page.locator('.standfirst'))).toBe(heading.standfirst);
		expect(await page.title()).toContain(heading.title);
		const tops = await page
			.getByRole('banner')
			.locator('button, summary')
			.evaluateAll((bs) => [...new Set(bs.filter((b) => b.checkVisibility()).map((b) => Math.round((b.getBoundingClientRect().top + b.getBoundingClientRect().bottom) / 2)))]);
		expect(tops, 'the tools share one row at 1280').toHaveLength(1);
	});
});

describe('explorer layout', () => {
	const width = (page: Page) => page.getByRole('region', { name: 'Timeline' }).evaluate((el) => el.getBoundingClientRect().width);

	test('with nothing selected the timeline takes the width; a selected event opens the panel beside it', async () => {
		const page = await open('/');
		expect(await width(page)).toBeGreaterThan(1280 * 0.7);
		const e = events.at(-1)!;
		await markShape(page, e.id).first().click();
		await expect.poll(() => textOf(detailPanel(page).getByRole('heading', { level: 2 }))).toBe(e.title);
		const [view, panel] = await Promise.all([
			page.getByRole('region', { name: 'Timeline' }).boundingBox(),
			detailPanel(page).boundingBox()
		]);
		expect(panel!.x, 'panel beside the timeline').toBeGreaterThanOrEqual(view!.x + view!.width - 1);
		expect(await page.evaluate(() => scrollY)).toBe(0);
	});

	test('in a narrow box the panel is a drawer over the timeline, and choosing never scrolls the page', async () => {
		const page = await open('/', { viewport: { width: 900, height: 700 } });
		const before = await page.evaluate(() => scrollY);
		const e = events.at(-1)!;
		await markShape(page, e.id).first().dispatchEvent('click');
		await expect.poll(() => textOf(detailPanel(page).getByRole('heading', { level: 2 }))).toBe(e.title);
		expect(await page.evaluate(() => scrollY), 'the page stays where it was').toBe(before);
		const [view, panel] = await Promise.all([page.getByRole('region', { name: 'Timeline' }).boundingBox(), detailPanel(page).boundingBox()]);
		expect(panel!.x, 'over the timeline').toBeLessThan(view!.x + view!.width);
		expect(panel!.x + panel!.width).toBeLessThanOrEqual(900);
		expect(await page.locator('html').evaluate((el) => el.scrollWidth - el.clientWidth), 'nothing sticks out sideways').toBe(0);
		await page.keyboard.press('Escape');
		await expect.poll(() => detailPanel(page).getByRole('heading', { level: 2 }).count()).toBe(0);
	});
});

describe('table', () => {
	test('at 1280, with an event open, no cell is clipped and actors have their full names', async () => {
		const e = events.reduce((a, b) => (b.actors.length > a.actors.length ? b : a));
		const page = await open(`/?event=${e.id}`);
		await page.getByRole('button', { name: 'Table', exact: true }).click();
		const table = page.getByRole('region', { name: 'Events as a table' });
		const clipped = await table.locator('th, td').evaluateAll((cells) =>
			cells.filter((c) => c.scrollWidth > c.clientWidth + 1).map((c) => `${c.textContent?.slice(0, 40)}: ${c.scrollWidth} > ${c.clientWidth}`)
		);
		expect(clipped).toEqual([]);
		expect(await table.evaluate((el) => el.scrollWidth - el.clientWidth), 'the table fits its column').toBeLessThanOrEqual(0);
		const names = new Map(corpus.entities.map((x) => [x.id, x.name]));
		const row = table.locator('tr').filter({ has: page.locator(`[data-event="${e.id}"]`) });
		expect(await row.locator('td.actors li').allTextContents()).toEqual(e.actors.map((a) => names.get(a)));
	});
});

describe('reader', () => {
	test('the followed passage has the strong highlight, the other passages none', async () => {
		const source = events.find((e) => e.sources.length)!.sources[0]!;
		const page = await open(`/articles/${source.article}/#q-${source.position.start}-${source.position.end}`);
		const target = page.locator('a.passage.target');
		await expect.poll(() => target.count()).toBeGreaterThan(0);
		const background = (sel: string) => page.locator(sel).first().evaluate((el) => getComputedStyle(el).backgroundColor);
		const [strong, other, paper] = [await background('a.passage.target'), await background('a.passage:not(.target)'), await page.evaluate(() => getComputedStyle(document.body).backgroundColor)];
		expect(strong).not.toBe(other);
		expect(other === 'rgba(0, 0, 0, 0)' || other === paper, 'other passages are not filled').toBe(true);
		expect(wcagContrast(strong, paper)).toBeGreaterThan(1.3);
		expect(await page.getByRole('list', { name: 'Key' }).getByText('Passage you followed').count()).toBe(1);
	});
});
