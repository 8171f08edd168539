/**
 * The shape shared by the timeline's x scales (see scales.ts): a warp from time to a
 * zoom-independent unit, followed by a linear map from unit to pixels. d3-zoom's
 * `transform.rescaleX` only ever changes that linear part, so it stays exact; on a bare
 * polylinear scale it would not, as it rebuilds the domain from the range's points alone and
 * so loses the warp's inner breakpoints.
 */
import { utcDay, utcFormat, utcMinute, utcMonth, utcSecond, utcTickInterval, utcYear } from 'd3';
import type { ScaleLinear } from 'd3';

export const DAY = 86_400_000;

/** A stretch of time in ms, [start, end]. */
export type Span = readonly [start: number, end: number];

/** A compressed empty stretch: its time range (ms) and where it is drawn (px) in this view. */
export interface Break {
	start: number;
	end: number;
	x0: number;
	x1: number;
}

/** What the three scales share: enough of a d3 time scale for d3-zoom and axes, plus placement. */
export interface TimeScale {
	/** Time → px. On the sequential scale events at one instant share this x; `xOf` tells them apart. */
	(t: Date | number): number;
	/** Px → time, continuous, as d3-zoom needs it. */
	invert(x: number): Date;
	domain(): Date[];
	domain(domain: Iterable<Date | number>): this;
	range(): number[];
	range(range: Iterable<number>): this;
	copy(): this;
	ticks(count?: number): Date[];
	tickFormat(count?: number, specifier?: string): (d: Date) => string;
	/** Where an event at time t is drawn (px); its id keeps apart events at one instant. */
	xOf(t: number, id?: string): number;
	/** Zoom-independent position of a time or event; px are linear in it under every zoom. */
	unit(t: number, id?: string): number;
	/** Px → unit. */
	unitAt(x: number): number;
	/** Unit → px. */
	xOfUnit(u: number): number;
	/** Unit-space edges of about `count` density bins across the view, fixed while panning. */
	binEdges(count: number): number[];
	/** The compressed stretches where this view draws them; none on linear and sequential scales. */
	breaks(): Break[];
}

/** How one kind of scale warps time and cuts it into ticks and bins. */
export interface Warp {
	/** Time → unit; the id places one event of several at an instant. */
	unit(t: number, id?: string): number;
	/** Unit → time, continuous. */
	time(u: number): Date;
	ticks(view: TimeScale, count: number): Date[];
	tickFormat(view: TimeScale, count: number, specifier?: string): (d: Date) => string;
	binEdges(view: TimeScale, count: number): number[];
	gaps: readonly Span[];
}

/** Builds a TimeScale from a warp and its zoomable linear part; `extras` adds a kind's own methods to each copy. */
export function warped<X extends object>(
	w: Warp,
	lin: ScaleLinear<number, number>,
	extras: (s: TimeScale) => X
): TimeScale & X {
	const s = ((t: Date | number) => lin(w.unit(+t))) as TimeScale & X;
	const domain = (d?: Iterable<Date | number>) => {
		if (d === undefined) return lin.domain().map((u) => w.time(u));
		lin.domain(Array.from(d, (t) => w.unit(+t)));
		return s;
	};
	const range = (r?: Iterable<number>) => {
		if (r === undefined) return lin.range();
		lin.range(r);
		return s;
	};
	return Object.assign(s, {
		invert: (x: number) => w.time(lin.invert(x)),
		domain,
		range,
		copy: () => warped(w, lin.copy(), extras),
		ticks: (count = 10) => w.ticks(s, count),
		tickFormat: (count = 10, specifier?: string) => w.tickFormat(s, count, specifier),
		xOf: (t: number, id?: string) => lin(w.unit(t, id)),
		unit: (t: number, id?: string) => w.unit(t, id),
		unitAt: (x: number) => lin.invert(x),
		xOfUnit: (u: number) => lin(u),
		binEdges: (count: number) => w.binEdges(s, count),
		breaks: () => w.gaps.map(([start, end]) => ({ start, end, x0: s(start), x1: s(end) }))
	}, extras(s));
}

export const sortedPair = (a: number, b: number): Span => (a <= b ? [a, b] : [b, a]);
export const viewTimes = (view: TimeScale) => sortedPair(...(view.domain().map(Number) as [number, number]));
export const viewWidth = (view: TimeScale) => Math.abs(view.range()[1]! - view.range()[0]!) || 1;

const FORMATS = {
	millisecond: utcFormat('.%L'),
	second: utcFormat(':%S'),
	minute: utcFormat('%H:%M'),
	day: utcFormat('%-d %b'),
	month: utcFormat('%b'),
	year: utcFormat('%Y')
};

/**
 * D3's multi-scale tick format, written as a British newsroom writes dates: "Mar", "22 Mar", "14:40",
 * a 24-hour clock. A tick is labelled by the coarsest unit it starts, so a clock time is only
 * ever written for a tick that is not on a day's boundary, that is, when the view is that close.
 */
export function multiFormat(_count: number, specifier?: string): (d: Date) => string {
	if (specifier !== undefined) return utcFormat(specifier);
	return (d) => {
		const format =
			utcSecond(d) < d ? FORMATS.millisecond
			: utcMinute(d) < d ? FORMATS.second
			: utcDay(d) < d ? FORMATS.minute
			: utcMonth(d) < d ? FORMATS.day
			: utcYear(d) < d ? FORMATS.month
			: FORMATS.year;
		return format(d);
	};
}

const CONTEXT = {
	minute: utcFormat('%-d %b %Y, %H:%M'),
	day: utcFormat('%-d %b %Y'),
	month: utcFormat('%b %Y'),
	year: utcFormat('%Y')
};

/** A tick's label with its year, for a tick that follows a break: "Feb 2010", "22 Mar 2017". */
export function contextFormat(d: Date): string {
	const format = utcDay(d) < d ? CONTEXT.minute : utcMonth(d) < d ? CONTEXT.day : utcYear(d) < d ? CONTEXT.month : CONTEXT.year;
	return format(d);
}

/** Calendar boundaries (the ones d3 would tick at) covering [t0, t1] whole, so bins never slide. */
export function calendarEdges(t0: number, t1: number, count: number): number[] {
	const interval = utcTickInterval(new Date(t0), new Date(t1), Math.max(1, count));
	if (!interval) return [t0, t1];
	const edges = interval.range(interval.floor(new Date(t0)), new Date(+interval.ceil(new Date(t1)) + 1)).map(Number);
	return edges.length > 1 ? edges : [t0, t1];
}
