/** The explorer in a real browser against the built site: marks, passages, filters and the URL. */
import { beforeAll, describe, expect, test } from 'vitest';
import type { Corpus } from '$lib/model/schema';
import type { TimedEvent } from '$lib/model/timed';
import { filterEvents, NO_FILTERS, type Filters } from '$lib/state/filters';
import { buildSearch } from '$lib/state/search';
import { KIND_LABEL } from '$lib/timeline/kinds';
import { useBrowser, visit } from './browser';
import {
	detailPanel,
	displayed,
	expectOneMarkPerEventInView,
	fetchPublishedCorpus,
	inViewport,
	markIds,
	markShape,
	ownSource,
	textOf,
	viewInUrl
} from './explorer-page';

const { open } = useBrowser();
let corpus: Corpus;
let events: TimedEvent[];
beforeAll(async () => ({ corpus, events } = await fetchPublishedCorpus()));

const iso = (ms: number) => new Date(ms).toISOString();
const extentOf = (list: TimedEvent[]): [number, number] => [Math.min(...list.map((e) => e.when.min)), Math.max(...list.map((e) => e.when.max))];

describe('the timeline', () => {
	test('draws one mark per event in view, at the whole span and zoomed in', async () => {
		const page = await open('/', { reducedMotion: 'reduce' });
		expect(await page.getByTestId('timeline').getAttribute('data-mode'), 'marks drawn as SVG elements').not.toBe('canvas');
		// The page opens where most events are; "All" shows the whole span.
		await page.getByTestId('fit-all').click();
		await expectOneMarkPerEventInView(page, events, extentOf(events));
		expect(await markIds(page)).toHaveLength(events.length);

		// A tenth of the whole span around the median event: some events fall outside it.
		const [a, b] = extentOf(events);
		const mid = events[Math.floor(events.length / 2)]!.when.min;
		const zoomed = await open(`/?view=${iso(mid - (b - a) / 20)}/${iso(mid + (b - a) / 20)}`);
		const range = await viewInUrl(zoomed);
		await expectOneMarkPerEventInView(zoomed, events, range);
		expect((await markIds(zoomed)).length).toBeLessThan(events.length);
	});

	test('zooms with the wheel and the keyboard, and the axis steps from years to months and days', async () => {
		const page = await open('/');
		const timeline = page.getByTestId('timeline');
		const granularity = () => timeline.getAttribute('data-granularity');
		// The first view frames the events (2014–2017 here): years or months, never finer.
		const first = await granularity();
		expect(['decades', 'years', 'months']).toContain(first);

		// Wheel over the latest event, where the corpus is densest.
		const box = (await markShape(page, events.at(-1)!.id).boundingBox())!;
		await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
		await expect
			.poll(async () => (await page.mouse.wheel(0, -400), await page.waitForTimeout(60), granularity()), { timeout: 20_000 })
			.toMatch(/^(weeks|days|hours)$/);

		await timeline.focus();
		await page.keyboard.press('0');
		await expect.poll(granularity).toBe(first);
		await expect
			.poll(async () => (await page.keyboard.press('+'), await page.waitForTimeout(250), granularity()), { timeout: 20_000 })
			.toMatch(/^(weeks|days)$/);
		const before = await page.locator('[data-testid=axis] text').allTextContents();
		await page.keyboard.press('ArrowRight');
		await expect.poll(() => page.locator('[data-testid=axis] text').allTextContents()).not.toEqual(before);
		await page.keyboard.press('-');
		await page.keyboard.press('0');
		await expect.poll(granularity).toBe(first);
	});

	test('on a phone the view options fold into a menu, and Escape closes a menu before the event panel', async () => {
		const phone = await open('/', { viewport: { width: 360, height: 780 } });
		expect(await phone.getByLabel('Lanes').isVisible(), 'folded away').toBe(false);
		await phone.getByText('View', { exact: true }).click();
		await phone.getByLabel('Lanes').selectOption('actor');
		await expect.poll(() => new URL(phone.url()).searchParams.get('lanes')).toBe('actor');
		await phone.keyboard.press('Escape');
		expect(await phone.locator('details.menu[open]').count()).toBe(0);

		const page = await open(`/?event=${events[0]!.id}`);
		expect(await page.getByLabel('Lanes').isVisible(), 'in the toolbar on a wide screen').toBe(true);
		await page.getByText('Export view').click();
		await page.keyboard.press('Escape');
		expect(await page.locator('details.menu[open]').count()).toBe(0);
		expect(await textOf(detailPanel(page).getByRole('heading', { level: 2 })), 'the panel stays').toBe(events[0]!.title);
		await page.keyboard.press('Escape');
		await expect.poll(() => detailPanel(page).getByRole('heading', { level: 2 }).count()).toBe(0);
	});

	test('lanes by actor or place name each one, and say which events name none', async () => {
		for (const key of ['actor', 'place'] as const) {
			const page = await open(`/?lanes=${key}`, { reducedMotion: 'reduce' });
			await page.getByTestId('fit-all').click();
			const unnamed = events.some((e) => !(key === 'actor' ? e.actors : e.places).length);
			const heads = () => page.locator('[data-testid=timeline] text').allTextContents();
			await expect.poll(async () => (await heads()).filter((t) => /^▾ No/.test(t))).toEqual(unnamed ? [`▾ No ${key} named`] : []);
			expect((await heads()).filter((t) => /^▾ none$/i.test(t)), 'no lane is called "None"').toEqual([]);
			await page.context().close();
		}
	});
});

describe('the detail panel', () => {
	/** Events whose passages test the display: one with a mended dash, a day, a span. */
	const samples = () => [
		...new Set([
			events.find((e) => e.sources[0]!.quote.exact.includes('\u25A1')) ?? events[0]!,
			events.find((e) => e.when.point)!,
			events.find((e) => !e.when.point)!
		])
	];

	test('shows the clicked event’s passage in its paragraph, the quoted words highlighted', async () => {
		for (const e of samples()) {
			const page = await open('/', { reducedMotion: 'reduce' });
			// Every event in view, the long span from 1983 too.
			await page.getByTestId('fit-all').click();
			await markShape(page, e.id).click();
			await expect.poll(() => textOf(detailPanel(page).getByRole('heading', { level: 2 }))).toBe(e.title);
			const shown = displayed(e.sources[0]!, corpus);
			expect(await textOf(ownSource(page).locator('mark'))).toBe(shown.quote);
			expect(await textOf(ownSource(page).locator('blockquote p'))).toBe(shown.paragraph);
			await expect.poll(() => new URL(page.url()).searchParams.get('event')).toBe(e.id);
		}
	});

	test('“Read in the article” opens the reader scrolled to the passage', async () => {
		// The passage that stands latest in its article, so that reaching it takes a scroll.
		const e = events.reduce((a, b) => (b.sources[0]!.position.start > a.sources[0]!.position.start ? b : a));
		const source = e.sources[0]!;
		const page = await open(`/?event=${e.id}`);
		await ownSource(page).getByRole('link', { name: 'Read in the article' }).click();
		await page.waitForURL(`**/articles/${source.article}/#q-${source.position.start}-${source.position.end}`);
		const target = page.locator('a.passage.target');
		await expect.poll(() => target.count()).toBeGreaterThan(0);
		expect((await target.allTextContents()).join('').replace(/\s+/g, ' ').trim()).toBe(displayed(source, corpus).quote);
		await expect.poll(() => inViewport(target.first())).toBe(true);
		expect(await page.evaluate(() => scrollY), 'the passage lies below the first screen').toBeGreaterThan(0);
	});
});

describe('filters and the URL', () => {
	const expectShown = async (page: Awaited<ReturnType<typeof open>>, f: Partial<Filters>) => {
		const expected = filterEvents(events, { ...NO_FILTERS, ...f }, buildSearch(events, corpus.entities), corpus.relations).map((e) => e.id);
		expect(expected.length, 'the filter keeps some events').toBeGreaterThan(0);
		expect(expected.length, 'the filter hides some events').toBeLessThan(events.length);
		await expect.poll(() => markIds(page).then((ids) => ids.sort())).toEqual(expected.sort());
		expect(await textOf(page.getByTestId('shown-count'))).toBe(`${expected.length} of ${events.length} events`);
	};
	const actorBox = (page: Awaited<ReturnType<typeof open>>, id: string) =>
		page.getByRole('group', { name: 'Actors' }).getByRole('checkbox', { name: new RegExp(`^${corpus.entities.find((x) => x.id === id)!.name}\\b`) });
	const clear = async (page: Awaited<ReturnType<typeof open>>) => {
		await page.getByRole('button', { name: 'Clear filters' }).click();
		await expect.poll(() => textOf(page.getByTestId('shown-count'))).toBe(`${events.length} of ${events.length} events`);
	};
	const counts = (key: (e: TimedEvent) => string[]) => {
		const n = new Map<string, number>();
		for (const e of events) for (const k of new Set(key(e))) n.set(k, (n.get(k) ?? 0) + 1);
		return [...n].filter(([, c]) => c < events.length).sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]));
	};

	test('a kind, a search and an actor each hide the marks they should, and the count follows', async () => {
		const page = await open('/');
		const kind = counts((e) => [e.kind])[0]![0] as TimedEvent['kind'];
		await page.getByRole('checkbox', { name: new RegExp(`^${KIND_LABEL[kind]}\\b`) }).check();
		await expectShown(page, { kinds: [kind] });
		await clear(page);

		// The name of the actor in fewest events: a search the corpus can answer, whatever it holds.
		const rare = counts((e) => e.actors).at(-1)![0];
		const q = corpus.entities.find((x) => x.id === rare)!.name;
		await page.getByRole('searchbox', { name: 'Search' }).fill(q);
		await expectShown(page, { q });
		await clear(page);

		const actor = counts((e) => e.actors)[0]![0];
		await actorBox(page, actor).check();
		await expectShown(page, { actors: [actor] });
	});

	test('a reloaded link restores the filters, the selection and the visible range', async () => {
		const page = await open('/');
		const actorIds = [...new Set(events.flatMap((e) => e.actors))];
		const actor = actorIds[0]!;
		await actorBox(page, actor).check();
		await page.getByRole('button', { name: 'Fit filtered' }).click();
		const drawn = await markIds(page);
		const chosen = drawn[Math.floor(drawn.length / 2)]!;
		await markShape(page, chosen).click();
		await expect.poll(() => new URL(page.url()).searchParams.get('event')).toBe(chosen);
		await viewInUrl(page);
		const snapshot = async (p: typeof page) => ({
			actors: (await Promise.all(actorIds.map(async (id) => ((await actorBox(p, id).isChecked()) ? [id] : [])))).flat(),
			title: await textOf(detailPanel(p).getByRole('heading', { level: 2 })),
			marks: await markIds(p),
			axis: await p.locator('[data-testid=axis] text').allTextContents(),
			count: await textOf(p.getByTestId('shown-count'))
		});
		const before = await snapshot(page);
		expect(before.actors).toEqual([actor]);
		expect(before.marks.length).toBeGreaterThan(0);

		const copied = await open(new URL(page.url()).pathname + new URL(page.url()).search);
		await expect.poll(() => snapshot(copied)).toEqual(before);
		await visit(page);
		await expect.poll(() => snapshot(page)).toEqual(before);
	});

	test('invalid link parameters are named in a notice and ignored', async () => {
		const page = await open('/?kinds=attack,bombing&view=yesterday&colour=red&q=' + 'x'.repeat(201));
		const notice = page.getByRole('status').filter({ hasText: 'Some link parameters were ignored' });
		const lines = await notice.getByRole('listitem').allTextContents();
		expect(lines).toHaveLength(4);
		for (const name of ['kinds=attack,bombing', 'view=yesterday', '"colour"', 'q=xxx'])
			expect(lines.some((l) => l.includes(name)), name).toBe(true);
		await expect.poll(() => new URL(page.url()).search, { message: 'the URL drops what it ignored' }).toBe('');
		await notice.getByRole('button', { name: 'Dismiss' }).click();
		expect(await notice.count()).toBe(0);
		await page.getByTestId('fit-all').click();
		await expect.poll(() => markIds(page)).toHaveLength(events.length);
	});
});
