/** axe-core on every page and in the explorer's states, and the whole explorer driven by the keyboard alone. */
import { beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import type { Corpus } from '$lib/model/schema';
import type { TimedEvent } from '$lib/model/timed';
import { axeViolations } from './axe';
import { useBrowser } from './browser';
import { detailPanel, fetchPublishedCorpus, textOf } from './explorer-page';
import { dropFile, importDialog } from './import-page';
import { PAGE_NAMES, sitePages } from './pages';

const { open } = useBrowser();
let corpus: Corpus;
let events: TimedEvent[];
beforeAll(async () => ({ corpus, events } = await fetchPublishedCorpus()));

const PHONE = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true };

describe('axe-core finds no violation', () => {
	test('reports a violation when there is one', async () => {
		const page = await open('/articles/');
		await page.evaluate(() => document.querySelector('main')!.append(Object.assign(document.createElement('img'), { src: 'data:,' })));
		expect(await axeViolations(page)).toEqual([expect.stringMatching(/^image-alt \(critical\)/)]);
	});

	test.each(PAGE_NAMES)('on %s, at desktop and phone width', async (name) => {
		const { path } = sitePages(corpus).find((p) => p.name === name)!;
		for (const options of [{}, PHONE]) {
			const page = await open(path, options);
			expect(await axeViolations(page), `${name} (${path})`).toEqual([]);
		}
	});

	test('on the explorer with an event open, as a table, and with the import dialog open', async () => {
		const richest = events.reduce((a, b) => (b.sources.length + b.assessments.length > a.sources.length + a.assessments.length ? b : a));
		const page = await open(`/?event=${richest.id}`);
		expect(await axeViolations(page), 'event open').toEqual([]);
		await page.getByRole('button', { name: 'Table', exact: true }).click();
		expect(await axeViolations(page), 'table').toEqual([]);
		await dropFile(page, 'mixed.csv', 'title,date,killed\nGood,2016-01-01,\nBad,2016-13-01,x\n');
		await importDialog(page).waitFor();
		expect(await axeViolations(page), 'import dialog').toEqual([]);
	});

	test('on the embed in the dark theme with filters and an event open', async () => {
		const page = await open(`/embed/?theme=dark&filters=1&event=${events[0]!.id}`);
		expect(await axeViolations(page)).toEqual([]);
	});
});

/** Tabs forward until the focused element passes the test; fails after `limit` presses. */
async function tabTo(page: Page, what: string, found: () => Promise<boolean>, limit = 80) {
	for (let i = 0; i < limit; i++) {
		if (await found()) return;
		await page.keyboard.press('Tab');
	}
	throw new Error(`${what} was not reached in ${limit} presses of Tab`);
}

const focused = (page: Page) =>
	page.evaluate(() => {
		const el = document.activeElement as HTMLElement | null;
		return { tag: el?.tagName.toLowerCase(), type: el?.getAttribute('type'), label: el?.getAttribute('aria-label'), event: el?.dataset.event, text: el?.textContent?.trim() };
	});

describe('the keyboard alone', () => {
	test('searches, reaches an event on the timeline and in the table, reads its panel and closes it with Escape', async () => {
		const target = events.find((e) => e.kind === 'attack') ?? events[0]!;
		const word = target.title.split(/\s+/).find((w) => w.length > 4) ?? target.title;
		const page = await open('/');

		await tabTo(page, 'the search field', async () => (await focused(page)).type === 'search');
		await page.keyboard.type(word);
		await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe(word);

		// On to the first mark: marks come in time order, so Tab walks the events as they happened.
		await tabTo(page, 'a mark', async () => (await focused(page)).event !== undefined);
		const first = (await focused(page)).event!;
		await page.keyboard.press('Enter');
		const heading = detailPanel(page).getByRole('heading', { level: 2 });
		await expect.poll(() => textOf(heading)).toBe(events.find((e) => e.id === first)!.title);
		expect((await focused(page)).tag, 'focus moves to the panel to be read').toBe('h2');
		expect(await textOf(detailPanel(page))).toMatch(/Date/);

		await page.keyboard.press('Escape');
		await expect.poll(() => heading.count()).toBe(0);
		expect((await focused(page)).event, 'focus returns to the mark').toBe(first);

		// The same through the table.
		await tabTo(page, 'the Table button', async () => (await focused(page)).text === 'Table');
		await page.keyboard.press('Enter');
		await tabTo(page, 'an event in the table', async () => (await focused(page)).event !== undefined);
		const picked = (await focused(page)).event!;
		await page.keyboard.press('Enter');
		await expect.poll(() => textOf(heading)).toBe(events.find((e) => e.id === picked)!.title);
		await page.keyboard.press('Escape');
		await expect.poll(() => heading.count()).toBe(0);
		expect((await focused(page)).event).toBe(picked);
	});

	test('lists the marks in time order', async () => {
		const page = await open('/');
		const ids = await page.locator('[data-testid=timeline] g.mark').evaluateAll((gs) => gs.map((g) => (g as SVGGElement).dataset.event!));
		const start = new Map(events.map((e) => [e.id, e.when.min]));
		const starts = ids.map((id) => start.get(id)!);
		expect(starts).toEqual([...starts].sort((a, b) => a - b));
	});
});
