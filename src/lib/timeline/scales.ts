/**
 * The timeline's x scales: linear, broken (long empty stretches compressed to a fixed width)
 * and sequential (events evenly spaced in order, labelled with their true dates). All three
 * are TimeScales (warp.ts), so d3-zoom, axes, bins and the hit index treat them alike.
 */
import { ascending, scaleLinear, scaleUtc, utcTicks } from 'd3';
import type { ScaleTime } from 'd3';
import { calendarEdges, DAY, multiFormat, viewTimes, viewWidth, warped } from './warp';
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
	/** Empty stretches longer than this (ms) are compressed; by default a tenth of the whole span. */
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

/**
 * A scale that compresses every empty stretch longer than `minGap` between the intervals to a
 * break of `breakWidth` px. Each kept stretch gets a margin of minGap/4 on both sides, so that a
 * lone instant still has room around it (gaps exceed minGap, so margins never meet).
 * @throws RangeError when there are no intervals or one is not a finite [min, max]
 */
export function brokenScale(intervals: readonly Span[], width: number, options: BrokenOptions = {}): BrokenScale {
	const n = intervals.length;
	if (!n) throw new RangeError('brokenScale: no intervals to lay out');
	const starts = new Float64Array(n);
	const ends = new Float64Array(n);
	intervals.forEach((s, i) => ([starts[i], ends[i]] = checkSpan(s, `brokenScale: interval ${i}`)));
	if (options.minGap !== undefined && !(options.minGap > 0))
		throw new RangeError(`brokenScale: minGap must be a positive number of ms, got ${options.minGap}`);
	// Starts and ends sorted apart (native typed-array sorts) and swept together: the covered
	// stretches fall where the count of open intervals is above zero.
	starts.sort();
	ends.sort();
	const minGap = options.minGap ?? (ends[n - 1]! - starts[0]!) / 10;
	const pieces: [number, number][] = [];
	for (let i = 0, j = 0, open = 0; j < n; ) {
		if (i < n && starts[i]! <= ends[j]!) {
			const start = starts[i++]!;
			const last = pieces.at(-1);
			if (open++ === 0 && !(last && start - last[1] <= minGap)) pieces.push([start, start]);
		} else {
			const end = ends[j++]!;
			if (--open === 0) pieces.at(-1)![1] = end;
		}
	}
	const margin = minGap > 0 ? minGap / 4 : DAY / 2;
	const segments: Span[] = pieces.map(([a, b]) => [a - margin, b + margin]);
	const gaps: Span[] = segments.slice(1).map((s, i) => [segments[i]![1], s[0]]);
	const breakWidth = gaps.length ? Math.min(options.breakWidth ?? 24, width / 2 / gaps.length) : 0;
	const pxPerMs = (width - gaps.length * breakWidth) / segments.reduce((n, [a, b]) => n + b - a, 0);
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
		tickFormat: (_, count, specifier) => multiFormat(count, specifier),
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
		return a < b ? [{ start, end, a, b, n: (count * Math.abs(view(b) - view(a))) / viewWidth(view) }] : [];
	});
}

/**
 * Ticks computed segment by segment, `count` shared out by each segment's width in view, so each
 * segment is ticked for its own px per ms and no tick falls inside a break.
 */
export function segmentTicks(view: TimeScale, segments: readonly Span[], count = 10): Date[] {
	return visibleSegments(view, segments, count).flatMap(({ a, b, n }) =>
		n >= 0.5 ? utcTicks(new Date(a), new Date(b), Math.round(n)) : []
	);
}
