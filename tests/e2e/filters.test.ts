/**
 * Filters in a real browser against the built site: relations followed, counts that follow the
 * other filters, an empty state that offers a way out, search that says why, dates typed the
 * British way, whole actor names, and assessments that keep their hedge.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import type { Corpus } from '$lib/model/schema';
import type { TimedEvent } from '$lib/model/timed';
import { facetCounts, filterEvents, NO_FILTERS, type Filters } from '$lib/state/filters';
import { buildSearch } from '$lib/state/search';
import { useBrowser } from './browser';
import { detailPanel, fetchPublishedCorpus, markIds, textOf } from './explorer-page';

const { open } = useBrowser();
let corpus: Corpus;
let events: TimedEvent[];
beforeAll(async () => ({ corpus, events } = await fetchPublishedCorpus()));

const nameOf = (id: string) => corpus.entities.find((e) => e.id === id)!.name;
const shownBy = (f: Partial<Filters>) => filterEvents(events, { ...NO_FILTERS, ...f }, buildSearch(events, corpus.entities), corpus.relations);
const group = (page: Page, name: string) => page.getByRole('group', { name, exact: true });
const option = (page: Page, groupName: string, label: string) =>
	group(page, groupName).getByRole('checkbox', { name: new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\d+$`) });
/** The number beside an option, as the panel shows it. */
const countOf = async (page: Page, groupName: string, label: string) =>
	Number(await option(page, groupName, label).locator('xpath=ancestor::label').locator('.n').textContent());
const shownCount = (page: Page) => textOf(page.getByTestId('shown-count'));

describe('filters that follow relations', () => {
	test('Attack and Isis shows the attack Isis claimed, and says it was claimed by Isis', async () => {
		const page = await open('/');
		await option(page, 'Kinds', 'Attack').check();
		await option(page, 'Actors', nameOf('isis')).check();
		const expected = shownBy({ kinds: ['attack'], actors: ['isis'] }).map((e) => e.id);
		expect(expected).toContain('westminster-attack');
		await expect.poll(() => markIds(page).then((ids) => ids.sort())).toEqual([...expected].sort());
		expect(await shownCount(page)).toBe(`${expected.length} of ${events.length} events`);
		expect(await textOf(page.getByTestId('kept'))).toMatch(/Westminster attack — claimed by\b[^—;]* Isis\b/);
		await expect.poll(() => new URL(page.url()).searchParams.get('actors')).toBe('isis');

		// Without relations, Isis names no attack itself.
		await page.getByRole('checkbox', { name: 'Include events linked to them' }).uncheck();
		await expect.poll(() => shownCount(page)).toBe(`0 of ${events.length} events`);
		await expect.poll(() => new URL(page.url()).searchParams.get('linked')).toBe('0');
	});
});

describe('counts beside the options', () => {
	test('change as filters combine, and an option that would give nothing is dimmed but can be ticked', async () => {
		const page = await open('/');
		const isis = nameOf('isis');
		const before = await countOf(page, 'Actors', isis);
		expect(before).toBe(facetCounts(events, NO_FILTERS, undefined, corpus.relations).actors.get('isis'));

		await option(page, 'Kinds', 'Attack').check();
		const f = { ...NO_FILTERS, kinds: ['attack' as const] };
		const facets = facetCounts(events, f, undefined, corpus.relations);
		await expect.poll(() => countOf(page, 'Actors', isis)).toBe(facets.actors.get('isis'));
		expect(facets.actors.get('isis')).not.toBe(before);
		// Kinds keep counting as if no kind were ticked: ticking a second kind adds its count.
		expect(await countOf(page, 'Kinds', 'Claim')).toBe(facets.kinds.get('claim'));

		const zero = [...new Set(events.flatMap((e) => e.actors))].find((a) => !facets.actors.has(a))!;
		const dimmed = option(page, 'Actors', nameOf(zero));
		expect(await dimmed.locator('xpath=ancestor::li').getAttribute('class')).toContain('empty');
		await dimmed.check();
		await expect.poll(() => new URL(page.url()).searchParams.get('actors')).toBe(zero);
	});
});

describe('the empty state', () => {
	test('says what found nothing and offers the nearest filter, which then shows events', async () => {
		const page = await open('/?kinds=attack&actors=isis&linked=0');
		const empty = page.getByTestId('empty-state');
		expect(await textOf(empty.locator('.what'))).toBe('No attack events by Isis.');
		const offer = empty.getByRole('button', { name: /^Show attack events claimed by\b.* Isis \(\d+\)$/ });
		const n = Number((await offer.textContent())!.match(/\((\d+)\)/)![1]);
		expect(n).toBe(shownBy({ kinds: ['attack'], actors: ['isis'] }).length);
		await offer.click();
		await expect.poll(() => markIds(page).then((ids) => ids.length)).toBe(n);
		expect(await empty.count()).toBe(0);
		await expect.poll(() => new URL(page.url()).searchParams.get('linked')).toBeNull();
	});

	test('offers to remove a date filter that leaves nothing', async () => {
		const page = await open('/?kinds=claim&from=2018-01-01');
		const offer = page.getByTestId('empty-state').getByRole('button', { name: /^Remove the date filter \(\d+\)$/ });
		await offer.click();
		await expect.poll(() => markIds(page)).toEqual(shownBy({ kinds: ['claim'] }).map((e) => e.id));
	});
});

test('search lists what it found with the matched words marked, and choosing one selects it', async () => {
	const page = await open('/');
	await page.getByRole('searchbox', { name: 'Search' }).fill('Westminstr');
	const results = page.getByRole('list', { name: 'Search results' });
	await expect.poll(() => results.locator('mark').allTextContents()).toContain('Westminster');
	expect((await results.locator('mark').allTextContents()).every((m) => /^westminster$/i.test(m))).toBe(true);
	await results.getByRole('button').first().click();
	await expect.poll(() => new URL(page.url()).searchParams.get('event')).not.toBeNull();
	expect(await results.getByRole('button').first().locator('.title').textContent()).toBe(
		await textOf(detailPanel(page).getByRole('heading', { level: 2 }))
	);
});

test('a date typed as 14 Jul 2016 filters from that day, with no mm/dd/yyyy mask anywhere', async () => {
	const page = await open('/');
	expect(await page.locator('input[type=date]').count()).toBe(0);
	const from = page.getByRole('textbox', { name: 'From' });
	expect(await from.getAttribute('placeholder')).not.toMatch(/mm|dd|yyyy/i);
	await from.fill('14 Jul 2016');
	await from.press('Enter');
	await expect.poll(() => new URL(page.url()).searchParams.get('from')).toBe('2016-07-14');
	expect(await from.getAttribute('aria-describedby').then((id) => textOf(page.locator(`#${id}`)))).toBe('from 14 July 2016');
	await expect.poll(() => markIds(page).then((ids) => ids.sort())).toEqual(shownBy({ from: '2016-07-14' }).map((e) => e.id).sort());

	await from.fill('07/14/2016');
	await from.press('Enter');
	expect(await from.getAttribute('aria-invalid')).toBe('true');
	expect(new URL(page.url()).searchParams.get('from'), 'a bad date leaves the filter as it was').toBe('2016-07-14');
});

test('actor names are shown whole at 1280 and on a phone', async () => {
	for (const viewport of [{ width: 1280, height: 900 }, { width: 360, height: 800 }]) {
		const page = await open('/', { viewport });
		// A phone starts with the filters folded.
		if (!(await page.locator('details.filters').evaluate((d) => (d as HTMLDetailsElement).open))) await page.getByText('Filters', { exact: true }).click();
		const name = group(page, 'Actors').locator('.name').filter({ hasText: 'Abu Muhammad al-Adnani' });
		expect(await name.textContent()).toBe('Abu Muhammad al-Adnani');
		const cut = await name.evaluate((el) => {
			const box = el.getBoundingClientRect();
			const list = el.closest('fieldset')!.getBoundingClientRect();
			return el.scrollWidth > el.clientWidth || box.right > list.right + 0.5 || box.width === 0;
		});
		expect(cut, `at ${viewport.width} px`).toBe(false);
	}
});

test('an assessment keeps the hedge of its passage', async () => {
	const page = await open('/?event=westminster-attack');
	const assessed = detailPanel(page).locator('section').filter({ has: page.getByRole('heading', { name: 'Assessed link' }) });
	const lines = (await assessed.locator('.assessment').allTextContents()).map((l) => l.replace(/\s+/g, ' ').trim());
	expect(lines).toContain('Isis → Khalid Masood: may have enabled — according to Jean-Marc Rickli');
	expect(lines).toContain('Isis → Khalid Masood: probably inspired — according to experts');
});
