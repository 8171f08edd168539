/**
 * The timeline's x scales: linear, broken (long empty stretches compressed to a fixed width)
 * and sequential (events evenly spaced in order, labelled with their true dates). All three
 * are TimeScales (warp.ts), so d3-zoom, axes, bins and the hit index treat them alike.
 */
import { ascending, scaleLinear, scaleUtc, utcTicks } from 'd3';
import type { ScaleTime } from 'd3';
import { calendarEdges, contextFormat, DAY, multiFormat, viewTimes, viewWidth, warped } from './warp';
import type { Span, TimeScale, Warp } from './warp';

export type { Break, Span, TimeScale } from './warp';
export { sequentialScale, type SequencedEvent, type SequentialScale } from './sequential';

/** A time scale with no warp: d3.scaleUtc's mapping. A zero-length extent is widened to a day. */
export function linearScale(extent: Span, width: number): TimeScale {
	const [t0, t1] = checkSpan(extent, 'linearScale: extent');
	const domain = t0 < t1 ? [t0, t1] : [t0 - DAY / 2, t1 + DAY / 2];
	const warp: Warp = {
		unit: (t) => t,
		time: (u) => new Date(u),
		ticks: (view, count) => utcTicks(...(viewTimes(view).map((t) => new Date(t)) as [Date, Date]), count),
		tickFormat: (_, count, specifier) => multiFormat(count, specifier),
		binEdges: (view, count) => calendarEdges(...viewTimes(view), count),
		gaps: []
	};
	return warped(warp, scaleLinear().domain(domain).range([0, width]), () => ({}));
}

function checkSpan([a, b]: Span, what: string): Span {
	if (!Number.isFinite(a) || !Number.isFinite(b) || a > b)
		throw new RangeError(`${what} [${a}, ${b}] is not a finite [min, max] in ms`);
	return [a, b];
}

export interface BrokenOptions {
	/** Empty stretches longer than this (ms) are compressed; by default `longGap` of the data. */
	minGap?: number;
	/** Width (px) of each compressed stretch; default 24, less where the width cannot spare it. */
	breakWidth?: number;
}

export interface BrokenScale extends TimeScale {
	/** The stretches kept, with margins, all drawn at one px per ms at zoom 1. */
	readonly segments: readonly Span[];
	/** Time → px at zoom 1: a polylinear d3.scaleUtc through the segments' and breaks' ends. */
	readonly warp: ScaleTime<number, number>;
}

/** Fractions of the whole span and multiples of the typical spacing a stretch must exceed to be long. */
const SPAN_SHARE = 1 / 20;
const SPACINGS = 10;
/** Width (px) a segment holding a lone instant gets at zoom 1, where the width allows: room for a mark and a year. */
const MIN_SEGMENT_PX = 28;

/**
 * How long an empty stretch must be to be compressed, read from the sorted bounds of the data:
 * longer than a twentieth of the whole span, so that only stretches that shape the picture
 * go, and than ten typical spacings (the lower median gap between distinct bounds), so that evenly
 * spread data keeps its time linear. Infinite when every bound is one instant.
 */
export function longGap(sorted: Float64Array): number {
	const gaps: number[] = [];
	for (let i = 1; i < sorted.length; i++) if (sorted[i]! > sorted[i - 1]!) gaps.push(sorted[i]! - sorted[i - 1]!);
	if (!gaps.length) return Infinity;
	gaps.sort(ascending);
	const median = gaps[(gaps.length - 1) >> 1]!;
	return Math.max((sorted.at(-1)! - sorted[0]!) * SPAN_SHARE, median * SPACINGS);
}

/**
 * A scale that compresses every empty stretch longer than `minGap` to a break of `breakWidth` px.
 * A stretch is empty when no interval starts or ends in it: the inside of a bar that spans
 * decades is compressed too, so one long span cannot take the width from the events that
 * crowd elsewhere; the bar is drawn across the breaks. Each kept stretch gets a margin on both
 * sides, a fortieth of the time kept or enough to draw a lone instant 28 px wide, whichever is
 * more (at most minGap/4, so margins never meet).
 * @throws RangeError when there are no intervals or one is not a finite [min, max]
 */
export function brokenScale(intervals: readonly Span[], width: number, options: BrokenOptions = {}): BrokenScale {
	const n = intervals.length;
	if (!n) throw new RangeError('brokenScale: no intervals to lay out');
	const bounds = new Float64Array(2 * n);
	intervals.forEach((s, i) => ([bounds[2 * i], bounds[2 * i + 1]] = checkSpan(s, `brokenScale: interval ${i}`)));
	if (options.minGap !== undefined && !(options.minGap > 0))
		throw new RangeError(`brokenScale: minGap must be a positive number of ms, got ${options.minGap}`);
	bounds.sort();
	const minGap = options.minGap ?? longGap(bounds);
	const pieces: [number, number][] = [[bounds[0]!, bounds[0]!]];
	for (const t of bounds) {
		const last = pieces.at(-1)!;
		if (t - last[1] > minGap) pieces.push([t, t]);
		else last[1] = t;
	}
	const kept = pieces.reduce((sum, [a, b]) => sum + b - a, 0);
	const breakWidth = pieces.length > 1 ? Math.min(options.breakWidth ?? 24, width / 2 / (pieces.length - 1)) : 0;
	const drawn = width - (pieces.length - 1) * breakWidth;
	// The margin that draws a lone instant's segment MIN_SEGMENT_PX wide, where the width allows:
	// m · px/ms = MIN/2, with px/ms = drawn / (kept + 2m · segments).
	const room = drawn - MIN_SEGMENT_PX * pieces.length;
	const lone = room > 0 ? (MIN_SEGMENT_PX * kept) / (2 * room) : 0;
	const margin = Math.min(kept > 0 ? Math.max(kept / 40, lone) : DAY / 2, minGap / 4);
	const segments: Span[] = pieces.map(([a, b]) => [a - margin, b + margin]);
	const gaps: Span[] = segments.slice(1).map((s, i) => [segments[i]![1], s[0]]);
	const pxPerMs = drawn / segments.reduce((n, [a, b]) => n + b - a, 0);
	const domain: number[] = [];
	const range: number[] = [];
	for (const [a, b] of segments) {
		const x = range.length ? range.at(-1)! + breakWidth : 0;
		domain.push(a, b);
		range.push(x, x + (b - a) * pxPerMs);
	}
	const warp = scaleUtc().domain(domain).range(range);
	const spec: Warp = {
		unit: (t) => warp(t),
		time: (u) => warp.invert(u),
		ticks: (view, count) => segmentTicks(view, segments, count),
		tickFormat: (view, count, specifier) => {
			const plain = multiFormat(count, specifier);
			const groups = tickGroups(view, segments, count);
			if (specifier !== undefined || groups.length < 2) return plain;
			// The first tick after a break says which year it is in: "1984", "Feb 2010", never a bare "February".
			const firsts = new Set(groups.map((g) => +g[0]!));
			return (d) => (firsts.has(+d) ? contextFormat(d) : plain(d));
		},
		// Clamped to its segment, no bin reaches into a break.
		binEdges: (view, count) => {
			const edges = visibleSegments(view, segments, count).flatMap(({ start, end, a, b, n }) =>
				calendarEdges(a, b, n).map((t) => view.unit(Math.min(end, Math.max(start, t))))
			);
			return [...new Set(edges)].sort(ascending);
		},
		gaps
	};
	return warped(spec, scaleLinear().domain([0, width]).range([0, width]), () => ({ segments, warp }));
}

/** The part of each segment in view, with its share `n` of `count` by its width in px. */
function visibleSegments(view: TimeScale, segments: readonly Span[], count: number) {
	const [d0, d1] = viewTimes(view);
	return segments.flatMap(([start, end]) => {
		const a = Math.max(start, d0);
		const b = Math.min(end, d1);
		const px = Math.abs(view(b) - view(a));
		return a < b ? [{ start, end, a, b, px, n: (count * px) / viewWidth(view) }] : [];
	});
}

/** A segment narrower than this (px) in view gets no tick of its own. */
const MIN_TICKED_PX = 28;

/** Each visible segment's ticks, none for a segment too narrow for a label. */
function tickGroups(view: TimeScale, segments: readonly Span[], count: number): Date[][] {
	return visibleSegments(view, segments, count).flatMap(({ a, b, n, px }) => {
		const [from, to] = [new Date(a), new Date(b)];
		if (n >= 0.5) {
			const ticks = utcTicks(from, to, Math.round(n));
			if (ticks.length) return [ticks];
		}
		if (px < MIN_TICKED_PX) return [];
		// A narrow segment still gets its coarsest tick, so every stretch of the axis says when it is.
		for (let k = 1; k <= 64; k *= 2) {
			const ticks = utcTicks(from, to, k);
			if (ticks.length) return [[ticks[ticks.length >> 1]!]];
		}
		return [];
	});
}

/**
 * Ticks computed segment by segment, `count` shared out by each segment's width in view, so each
 * segment is ticked for its own px per ms and no tick falls inside a break; a segment too
 * narrow for its share still gets one tick when a label fits.
 */
export function segmentTicks(view: TimeScale, segments: readonly Span[], count = 10): Date[] {
	return tickGroups(view, segments, count).flat();
}
