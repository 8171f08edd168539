/** The order of the table view: by date, title or kind, either way, ties always in time order. */
import { byTime, type TimedEvent } from '$lib/model/timed';
import { KIND_LABEL } from '$lib/timeline/kinds';

export const SORT_KEYS = ['date', 'title', 'kind'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

export interface TableSort {
	key: SortKey;
	ascending: boolean;
}

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

const FIRST: Record<SortKey, (a: TimedEvent, b: TimedEvent) => number> = {
	date: byTime,
	title: (a, b) => collator.compare(a.title, b.title),
	kind: (a, b) => collator.compare(KIND_LABEL[a.kind], KIND_LABEL[b.kind])
};

export function sortEvents(events: readonly TimedEvent[], { key, ascending }: TableSort): TimedEvent[] {
	const sign = ascending ? 1 : -1;
	return [...events].sort((a, b) => sign * FIRST[key](a, b) || byTime(a, b));
}

/** What a click on a column's header does: that column, or the other way if it is already sorted by it. */
export const toggleSort = (s: TableSort, key: SortKey): TableSort => (s.key === key ? { key, ascending: !s.ascending } : { key, ascending: true });
