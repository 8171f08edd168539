/**
 * Cross-references between curated events and a dataset's: the same incident when they fall
 * on the same day (within what the dataset's precision leaves open) and share a place or an
 * actor. The curated events are indexed by day, so a dataset of a million rows is one pass,
 * each row looking only at the curated events of its own days.
 */
import { DAY } from '$lib/timeline/warp';

/** What matching needs of an event on either side. */
export interface Candidate {
	id: string;
	/** The event's first and last instant (ms, UTC). */
	when: { min: number; max: number };
	/** How far (ms) either side of its dates the event may lie; 0 when known to the day. */
	slack?: number;
	/** Its actors' and places' names, folded by `matchName`. */
	names: ReadonlySet<string>;
}

export interface CrossRef {
	/** The curated event's id. */
	curated: string;
	/** The dataset event's id. */
	row: string;
}

/**
 * A curated event longer than this names no single day; matched, it would claim every
 * incident of its span.
 */
const MAX_CURATED_DAYS = 2;
/** A dataset event dated no closer than this (a GTD row without month or day) matches nothing. */
const MAX_DATASET_DAYS = 45;

const dayOf = (t: number) => Math.floor(t / DAY);

function sharesName(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
	const [small, large] = a.size <= b.size ? [a, b] : [b, a];
	for (const n of small) if (large.has(n)) return true;
	return false;
}

/** Pairs of a curated event and a dataset event that are the same incident, in dataset order. */
export function crossReference(curated: readonly Candidate[], dataset: Iterable<Candidate>): CrossRef[] {
	const byDay = new Map<number, Candidate[]>();
	for (const c of curated) {
		const [first, last] = [dayOf(c.when.min), dayOf(c.when.max)];
		if (last - first >= MAX_CURATED_DAYS || !c.names.size) continue;
		for (let d = first; d <= last; d++) byDay.set(d, [...(byDay.get(d) ?? []), c]);
	}
	const refs: CrossRef[] = [];
	for (const row of dataset) {
		if (!row.names.size) continue;
		const slack = row.slack ?? 0;
		const [first, last] = [dayOf(row.when.min - slack), dayOf(row.when.max + slack)];
		if (last - first > MAX_DATASET_DAYS) continue;
		const seen = new Set<string>();
		for (let d = first; d <= last; d++)
			for (const c of byDay.get(d) ?? [])
				if (!seen.has(c.id) && sharesName(c.names, row.names)) {
					seen.add(c.id);
					refs.push({ curated: c.id, row: row.id });
				}
	}
	return refs;
}
