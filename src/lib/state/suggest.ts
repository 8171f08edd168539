/**
 * What to offer when the filters leave nothing: the filters one change away that show some
 * events, nearest first, and the words that say what was asked for and what each offer does.
 */
import type { Relation } from '$lib/model/schema';
import type { TimedEvent } from '$lib/model/timed';
import { formatEdtf } from '$lib/time/format';
import { KIND_LABEL } from '$lib/timeline/kinds';
import { actorLinks, filterEvents, keptThrough, LINK_WORDINGS, NO_FILTERS, type Filters, type SearchFn } from './filters';

/** One filter loosened: following relations, then dropping dates, search, kinds, actors, articles; or all. */
export type Change = 'linked' | 'dates' | 'q' | 'kinds' | 'actors' | 'articles' | 'all';

export interface Suggestion {
	change: Change;
	/** The filters to apply. */
	filters: Filters;
	/** How many events they show. */
	count: number;
	/** For `linked`: how the events shown relate to the actors ("claimed by"), strongest first. */
	via?: string[];
}

const LOOSEN: [Change, (f: Filters) => Filters | undefined][] = [
	['linked', (f) => (!f.linked && f.actors.length ? { ...f, linked: true } : undefined)],
	['dates', (f) => (f.from || f.to ? { ...f, from: undefined, to: undefined } : undefined)],
	['q', (f) => (f.q.trim() ? { ...f, q: '' } : undefined)],
	['kinds', (f) => (f.kinds.length ? { ...f, kinds: [] } : undefined)],
	['actors', (f) => (f.actors.length ? { ...f, actors: [] } : undefined)],
	['articles', (f) => (f.articles.length ? { ...f, articles: [] } : undefined)]
];

/** The filters one change away that show events; "clear all" only when none does. */
export function suggestFilters(events: TimedEvent[], f: Filters, search?: SearchFn, relations: Relation[] = []): Suggestion[] {
	const out: Suggestion[] = [];
	for (const [change, loosen] of LOOSEN) {
		const filters = loosen(f);
		if (!filters) continue;
		const shown = filterEvents(events, filters, search, relations);
		if (!shown.length) continue;
		const suggestion: Suggestion = { change, filters, count: shown.length };
		if (change === 'linked') {
			const links = actorLinks(events, relations);
			const used = new Set(shown.flatMap((e) => keptThrough(e, filters, links).map((l) => l.label)));
			suggestion.via = LINK_WORDINGS.filter((w) => used.has(w));
		}
		out.push(suggestion);
	}
	if (out.length === 0 && events.length) out.push({ change: 'all', filters: { ...NO_FILTERS }, count: events.length });
	return out;
}

const either = (words: string[]) => (words.length < 2 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} or ${words.at(-1)}`);

/** "attack or claim events", or "events" when no kind is chosen. */
const eventsOf = (f: Filters) => (f.kinds.length ? `${either(f.kinds.map((k) => KIND_LABEL[k].toLowerCase()))} events` : 'events');

/** What the filters ask for, as a sentence: "No attack events by Isis from 1 January 2015." */
export function describeEmpty(f: Filters, nameOf: (id: string) => string): string {
	const parts = [`No ${eventsOf(f)}`];
	if (f.actors.length) parts.push(`${f.linked ? 'by or linked to' : 'by'} ${either(f.actors.map(nameOf))}`);
	if (f.articles.length) parts.push(f.articles.length === 1 ? 'in the chosen article' : 'in the chosen articles');
	if (f.q.trim()) parts.push(`matching “${f.q.trim()}”`);
	if (f.from) parts.push(`from ${formatEdtf(f.from)}`);
	if (f.to) parts.push(`${f.from ? 'to' : 'until'} ${formatEdtf(f.to)}`);
	return `${parts.join(' ')}.`;
}

/** "claimed by", "claimed by or linked to"; past two wordings, the strongest and "otherwise linked to". */
const via = (words: string[]) => (words.length === 0 ? 'linked to' : words.length <= 2 ? either(words) : `${words[0]} or otherwise linked to`);

/** What a suggestion's button says, without its count: "Show attack events claimed by Isis". */
export function suggestionLabel(s: Suggestion, f: Filters, nameOf: (id: string) => string): string {
	switch (s.change) {
		case 'linked':
			return `Show ${eventsOf(f)} ${via(s.via ?? [])} ${either(f.actors.map(nameOf))}`;
		case 'dates':
			return 'Remove the date filter';
		case 'q':
			return `Clear the search “${f.q.trim()}”`;
		case 'kinds':
			return 'Show every kind';
		case 'actors':
			return 'Show every actor';
		case 'articles':
			return 'Show every article';
		case 'all':
			return 'Clear all filters';
	}
}
