/**
 * What the browser tests read from the built site: the published corpus (the truth the page
 * is checked against) and the explorer's marks, range and panels.
 */
import { expect, inject } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { codePointText } from '$lib/corpus/codepoints';
import { mend } from '$lib/corpus/passage';
import { Corpus, type Source } from '$lib/model/schema';
import { timeEvents, type TimedEvent } from '$lib/model/timed';

export async function fetchPublishedCorpus() {
	const res = await fetch(`${inject('baseURL')}/data/corpus.json`);
	expect(res.status).toBe(200);
	const corpus = Corpus.parse(await res.json());
	return { corpus, events: timeEvents(corpus.events) };
}

/** The event ids of the marks drawn, in document order. */
export const markIds = (page: Page): Promise<string[]> =>
	page.locator('[data-testid=timeline] g.mark').evaluateAll((gs) => gs.map((g) => (g as SVGGElement).dataset.event!));

/** The shape of an event's mark (not its label's hit box). */
export const markShape = (page: Page, id: string): Locator =>
	page.locator(`[data-testid=timeline] g.mark[data-event="${id}"]`).locator('circle, rect:not(.hit)');

/** The visible time range as the page has written it into its URL. */
export async function viewInUrl(page: Page): Promise<[number, number]> {
	let view: string | null = null;
	await expect.poll(() => (view = new URL(page.url()).searchParams.get('view')), { message: 'view= in the URL' }).not.toBeNull();
	const [a, b] = view!.split('/').map(Date.parse);
	return [a!, b!];
}

/**
 * Checks the drawn marks against the corpus: each event that overlaps the range has exactly one
 * mark, and none lies further outside than `slackPx` (a mark's size, which may peek in at an edge).
 */
export async function expectOneMarkPerEventInView(page: Page, events: TimedEvent[], range: [number, number], slackPx = 12) {
	const ids = await markIds(page);
	expect(new Set(ids).size, 'one mark per event').toBe(ids.length);
	const width = Number(await page.getByTestId('timeline').getAttribute('width'));
	const slack = ((range[1] - range[0]) / width) * slackPx;
	const overlapping = events.filter((e) => e.when.max >= range[0] && e.when.min <= range[1]).map((e) => e.id);
	const near = events.filter((e) => e.when.max >= range[0] - slack && e.when.min <= range[1] + slack).map((e) => e.id);
	expect(overlapping.length, 'the range holds events').toBeGreaterThan(0);
	expect(ids).toEqual(expect.arrayContaining(overlapping));
	expect(near).toEqual(expect.arrayContaining(ids));
}

export const detailPanel = (page: Page) => page.getByRole('complementary', { name: 'Event details' });

/** The figure of the event's own source passage (not an assessment's or a relation's). */
export const ownSource = (page: Page): Locator =>
	detailPanel(page)
		.locator('section')
		.filter({ has: page.getByRole('heading', { level: 3, name: /^Sources?\b/ }) })
		.locator('figure')
		.first();

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The quote as the reader sees it, and the whole paragraph it sits in. */
export function displayed(source: Source, corpus: Corpus) {
	const article = corpus.articles.find((a) => a.id === source.article);
	if (!article) throw new Error(`source article ${source.article} is not in the corpus`);
	const p = article.paragraphs.find((p) => p.start <= source.position.start && source.position.start < p.end)!;
	return {
		quote: squash(mend(source.quote.exact)),
		paragraph: squash(mend(codePointText(article.text).slice(p.start, Math.max(p.end, source.position.end))))
	};
}

export const textOf = async (l: Locator) => squash((await l.textContent()) ?? '');

/** True when the element's box lies wholly inside the viewport. */
export const inViewport = (l: Locator) =>
	l.evaluate((el) => {
		const r = el.getBoundingClientRect();
		return r.height > 0 && r.top >= 0 && r.left >= 0 && r.bottom <= innerHeight && r.right <= innerWidth;
	});
