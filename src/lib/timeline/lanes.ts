/**
 * Lanes and rows: which horizontal band each event sits in (by kind, actor, place or
 * article) and which row inside it, so that overlapping spans never cover each other.
 */
import type { TimedEvent } from '$lib/model/timed';

/** `none` puts every event in one lane: for a frame too small for several. */
export const LANE_KEYS = ['kind', 'actor', 'place', 'article', 'none'] as const;
export type LaneKey = (typeof LANE_KEYS)[number];

export interface Lane {
	key: string;
	/** Number of rows the lane needs. */
	rows: number;
}

/** What lane packing needs of a drawn item (see items.ts). */
export interface Laned {
	lanes: string[];
}

export interface Placed<T extends Laned> {
	event: T;
	lane: string;
	row: number;
}

export interface LaneLayout<T extends Laned> {
	lanes: Lane[];
	marks: Placed<T>[];
}

/** The lanes an event belongs in: one per actor or place, "none" where it has none. */
export function laneKeysOf(e: TimedEvent, by: LaneKey): string[] {
	const keys =
		by === 'kind'
			? [e.kind]
			: by === 'actor'
				? e.actors
				: by === 'place'
					? e.places
					: by === 'article'
						? [...new Set(e.sources.map((s) => s.article))]
						: [];
	return keys.length ? keys : ['none'];
}

/** Where a mark reaches on the axis, in whatever unit the caller packs in (ms, pixels). */
export type Extent<T> = (e: T) => [start: number, end: number];

/**
 * Greedy interval packing per lane: each item takes the first row whose last mark ends
 * before it starts. Packing in pixels (with room for a label) keeps marks from covering each
 * other at the current zoom. Items must be sorted by start, as timeEvents returns events.
 * An item in several lanes (one per actor) is placed in each.
 */
export function assignLanes<T extends Laned>(
	events: T[],
	extent: Extent<T>,
	order: readonly string[] = []
): LaneLayout<T> {
	const rowEnds = new Map<string, number[]>();
	const marks: Placed<T>[] = [];
	for (const event of events)
		for (const lane of event.lanes) {
			const ends = rowEnds.get(lane) ?? [];
			rowEnds.set(lane, ends);
			const [start, end] = extent(event);
			let row = ends.findIndex((last) => last < start);
			if (row < 0) row = ends.push(end) - 1;
			else ends[row] = end;
			marks.push({ event, lane, row });
		}
	const compare = compareLanes(order);
	const lanes = [...rowEnds].map(([key, ends]) => ({ key, rows: ends.length })).sort((a, b) => compare(a.key, b.key));
	return { lanes, marks };
}

/** Lanes in the given order, then alphabetically, with "none" last. */
export function compareLanes(order: readonly string[]): (a: string, b: string) => number {
	const rank = (k: string) => {
		const i = order.indexOf(k);
		return i < 0 ? order.length : i;
	};
	return (a, b) => rank(a) - rank(b) || Number(a === 'none') - Number(b === 'none') || a.localeCompare(b);
}
