/**
 * Lanes and rows: which horizontal band each event sits in (by kind, actor, place or
 * article) and which row inside it, so that overlapping spans never cover each other.
 */
import type { TimedEvent } from '$lib/model/timed';

export const LANE_KEYS = ['kind', 'actor', 'place', 'article'] as const;
export type LaneKey = (typeof LANE_KEYS)[number];

export interface Lane {
	key: string;
	/** Number of rows the lane needs. */
	rows: number;
}

export interface Placed {
	event: TimedEvent;
	lane: string;
	row: number;
}

export interface LaneLayout {
	lanes: Lane[];
	marks: Placed[];
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
					: [...new Set(e.sources.map((s) => s.article))];
	return keys.length ? keys : ['none'];
}

/** Where a mark reaches on the axis, in whatever unit the caller packs in (ms, pixels). */
export type Extent = (e: TimedEvent) => [start: number, end: number];

const timeExtent: Extent = (e) => [e.when.min, e.when.max];

/**
 * Greedy interval packing per lane: each event takes the first row whose last mark ends
 * before it starts. Packing in pixels (with room for a label) keeps marks from covering each
 * other at the current zoom. Events must be sorted by start, as timeEvents returns them.
 * An event with several actors appears once in each of their lanes.
 */
export function assignLanes(
	events: TimedEvent[],
	by: LaneKey,
	extent: Extent = timeExtent,
	order: readonly string[] = []
): LaneLayout {
	const rowEnds = new Map<string, number[]>();
	const marks: Placed[] = [];
	for (const event of events)
		for (const lane of laneKeysOf(event, by)) {
			const ends = rowEnds.get(lane) ?? [];
			rowEnds.set(lane, ends);
			const [start, end] = extent(event);
			let row = ends.findIndex((last) => last < start);
			if (row < 0) row = ends.push(end) - 1;
			else ends[row] = end;
			marks.push({ event, lane, row });
		}
	const rank = (k: string) => {
		const i = order.indexOf(k);
		return i < 0 ? order.length : i;
	};
	const lanes = [...rowEnds]
		.map(([key, ends]) => ({ key, rows: ends.length }))
		.sort((a, b) => rank(a.key) - rank(b.key) || (a.key === 'none' ? 1 : 0) - (b.key === 'none' ? 1 : 0) || a.key.localeCompare(b.key));
	return { lanes, marks };
}
