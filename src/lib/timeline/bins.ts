/**
 * Level of detail: how many events each lane holds in each bin of the current view, and
 * whether a lane's marks can be drawn one by one or would pile up and need a density view.
 * Positions are sorted once per lane (per data, lane grouping and kind of scale); after that
 * a view costs two binary searches per bin and lane, whatever the number of events.
 */
import { bisectLeft } from 'd3';
import type { TimeScale } from './scales';

/** One event in one lane; an event in several lanes is given once for each. */
export interface BinEvent {
	id: string;
	lane: string;
	/** Start in ms; the instant itself for a point. */
	min: number;
	/** End in ms; omitted for a point. */
	max?: number;
}

/** Per lane, its events' start and end positions in the scale's units, each sorted. */
export type LaneIndex = ReadonlyMap<string, { starts: Float64Array; ends: Float64Array }>;

/**
 * Sorts each lane's positions once. Units do not change with zoom, so the index holds until
 * the events, the lanes or the kind of scale change.
 * @throws RangeError naming the event whose min or max is not a finite time, or max < min
 */
export function indexLanes(events: readonly BinEvent[], scale: TimeScale): LaneIndex {
	const sizes = new Map<string, number>();
	for (const e of events) sizes.set(e.lane, (sizes.get(e.lane) ?? 0) + 1);
	const lanes = new Map(
		[...sizes].map(([key, size]) => [key, { starts: new Float64Array(size), ends: new Float64Array(size), n: 0 }])
	);
	for (const e of events) {
		const max = e.max ?? e.min;
		if (!Number.isFinite(e.min) || !Number.isFinite(max) || max < e.min)
			throw new RangeError(`indexLanes: event "${e.id}" has [${e.min}, ${max}], not a finite [min, max] in ms`);
		const lane = lanes.get(e.lane)!;
		lane.starts[lane.n] = scale.unit(e.min, e.id);
		lane.ends[lane.n++] = scale.unit(max, e.id);
	}
	return new Map([...lanes].map(([key, { starts, ends }]) => [key, { starts: starts.sort(), ends: ends.sort() }]));
}

/** Events of one lane that reach into [a, b) in units: started before b, not ended before a. */
function countIn(lane: { starts: Float64Array; ends: Float64Array }, a: number, b: number): number {
	return bisectLeft(lane.starts, b) - bisectLeft(lane.ends, a);
}

export interface Bin {
	/** Where the bin is drawn in the view (px). */
	x0: number;
	x1: number;
	/** The time it covers (ms). */
	start: number;
	end: number;
	/** Events that reach into the bin; a span is counted in every bin it crosses. */
	count: number;
}

/**
 * Counts per lane in bins about `binPx` wide, cut where the scale ticks (calendar units on time
 * scales, runs of slots on the sequential one) so a bin reads as "n in March 2016" and stays
 * put while panning. Returns only bins that hold events, in order.
 */
export function binLanes(index: LaneIndex, view: TimeScale, binPx = 24): Map<string, Bin[]> {
	const width = Math.abs(view.range()[1]! - view.range()[0]!);
	const edges = view.binEdges(Math.max(1, Math.round(width / binPx)));
	const xs = edges.map((u) => view.xOfUnit(u));
	const times = xs.map((x) => +view.invert(x));
	const out = new Map<string, Bin[]>();
	for (const [key, lane] of index) {
		const bins: Bin[] = [];
		for (let i = 0; i + 1 < edges.length; i++) {
			const count = countIn(lane, edges[i]!, edges[i + 1]!);
			if (count > 0) bins.push({ x0: xs[i]!, x1: xs[i + 1]!, start: times[i]!, end: times[i + 1]!, count });
		}
		out.set(key, bins);
	}
	return out;
}

export type LaneMode = 'marks' | 'density';

export interface ModeOptions {
	/** Width of one mark (px). Default 8. */
	markPx?: number;
	/** Marks a lane can stack at one place before they pile up, e.g. its rows. Default 1. */
	rows?: number;
}

/**
 * Per lane, 'density' where some stretch one mark wide would hold more than `rows` marks in
 * this view, else 'marks'. Stretches lie on a grid fixed in units, so the verdict does not
 * flicker while panning; marks that straddle a grid line are not counted as one pile.
 */
export function laneModes(index: LaneIndex, view: TimeScale, options: ModeOptions = {}): Map<string, LaneMode> {
	const { markPx = 8, rows = 1 } = options;
	const [r0, r1] = view.range() as [number, number];
	const [u0, u1] = [view.unitAt(r0), view.unitAt(r1)].sort((a, b) => a - b) as [number, number];
	const step = Math.abs(view.unitAt(r0 + markPx) - view.unitAt(r0));
	const first = Math.floor(u0 / step);
	const out = new Map<string, LaneMode>();
	for (const [key, lane] of index) {
		let mode: LaneMode = 'marks';
		if (countIn(lane, u0, u1 + step) > rows)
			for (let k = first; k * step < u1; k++)
				if (countIn(lane, k * step, (k + 1) * step) > rows) {
					mode = 'density';
					break;
				}
		out.set(key, mode);
	}
	return out;
}
