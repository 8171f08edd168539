/** Which events the current filters let through: pure, so the explorer, embeds and exports agree. */
import type { EventKind } from '$lib/model/schema';
import type { TimedEvent } from '$lib/model/timed';

export interface Filters {
	/** Kinds to show; empty shows every kind. */
	kinds: EventKind[];
	/** Events involving any of these actors; empty shows all. */
	actors: string[];
	/** Source articles to show; empty shows all. */
	articles: string[];
	/** ISO days bounding the dates shown; an event is kept if its interval overlaps them. */
	from?: string;
	to?: string;
	/** Free-text search, answered by the search index. */
	q: string;
}

export const NO_FILTERS: Filters = { kinds: [], actors: [], articles: [], q: '' };

const dayStart = (d: string) => Date.parse(`${d}T00:00:00Z`);
const dayEnd = (d: string) => Date.parse(`${d}T23:59:59.999Z`);

export function filterEvents(
	events: TimedEvent[],
	f: Filters,
	search: (q: string) => Set<string> = () => new Set()
): TimedEvent[] {
	const hits = f.q.trim() ? search(f.q) : undefined;
	const from = f.from ? dayStart(f.from) : -Infinity;
	const to = f.to ? dayEnd(f.to) : Infinity;
	return events.filter(
		(e) =>
			(f.kinds.length === 0 || f.kinds.includes(e.kind)) &&
			(f.actors.length === 0 || e.actors.some((a) => f.actors.includes(a))) &&
			(f.articles.length === 0 || e.sources.some((s) => f.articles.includes(s.article))) &&
			e.when.max >= from &&
			e.when.min <= to &&
			(!hits || hits.has(e.id))
	);
}

export function isFiltered(f: Filters): boolean {
	return Boolean(f.kinds.length || f.actors.length || f.articles.length || f.from || f.to || f.q.trim());
}
