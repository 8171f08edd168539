/** Axis ticks that adapt to the zoom, from decades down to minutes, with labels kept inside the drawing. */
import type { Precision } from '$lib/time/interval';
import type { TimeScale } from './scales';
import { contextFormat } from './warp';

export type Granularity = 'decades' | 'years' | 'months' | 'weeks' | 'days' | 'hours' | 'minutes';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** The unit the ticks step by, read from the gap between two ticks. */
export function granularityOf(ticks: Date[]): Granularity {
	if (ticks.length < 2) return 'years';
	const step = +ticks[1]! - +ticks[0]!;
	if (step >= 3650 * DAY) return 'decades';
	if (step >= 365 * DAY) return 'years';
	if (step >= 28 * DAY) return 'months';
	if (step >= 7 * DAY) return 'weeks';
	if (step >= DAY) return 'days';
	if (step >= HOUR) return 'hours';
	return 'minutes';
}

/** The finest unit a view ticked at `granularity` shows, for wording its range (time/format.ts). */
export function precisionOf(granularity: Granularity): Precision {
	if (granularity === 'decades' || granularity === 'years') return 'year';
	if (granularity === 'months') return 'month';
	if (granularity === 'weeks' || granularity === 'days') return 'day';
	return 'time';
}

export interface Tick {
	date: Date;
	x: number;
	label: string;
	/** Where the label is anchored (px): beside its tick, or shifted to stay inside the drawing. */
	labelX: number;
	/** Which end of the label sits at `labelX`: 'end' where a label after its tick would be cut. */
	anchor: 'start' | 'end';
}

export interface AxisOptions {
	/** About one tick per this many px. */
	spacing?: number;
	/** The drawing's horizontal extent (px); by default the range with its margins, [0, r0 + r1]. */
	bounds?: readonly [number, number];
	/** A label's width (px); by default an estimate for 12 px text. */
	measure?: (text: string) => number;
}

/** Px between a tick and its label, and at least between two labels. */
const PAD = 3;
const GAP = 8;
/** A label's estimated width at a font size (px): generous per character, so that an estimate errs towards room. */
export const axisLabelWidth = (text: string, size = 12) => (text.length * 7.5 * size) / 12;

/**
 * Places each tick's label beside its tick, before it where it would run past the right edge,
 * and shifted inside where neither side has room; then drops labels (with their ticks) that
 * would overlap, keeping the last one, so no edge cuts a label ("A" for "April").
 */
export function fitLabels(
	ticks: readonly { date: Date; x: number; label: string }[],
	[left, right]: readonly [number, number],
	measure: (text: string) => number = axisLabelWidth
): Tick[] {
	const placed: (Tick & { from: number; to: number })[] = [];
	for (const t of ticks) {
		if (!t.label || t.x < left || t.x > right) continue;
		const w = measure(t.label);
		if (w > right - left) continue;
		const after = t.x + PAD;
		const before = Math.min(t.x - PAD, right);
		const p =
			after + w <= right ? { labelX: after, anchor: 'start' as const, from: after, to: after + w }
			: before - w >= left ? { labelX: before, anchor: 'end' as const, from: before - w, to: before }
			: { labelX: left, anchor: 'start' as const, from: left, to: left + w };
		const next = { ...t, ...p };
		const isLast = t === ticks.at(-1);
		while (isLast && placed.length && placed.at(-1)!.to + GAP > next.from) placed.pop();
		if (!placed.length || placed.at(-1)!.to + GAP <= next.from) placed.push(next);
	}
	return placed.map(({ from: _from, to: _to, ...tick }) => tick);
}

const boundsOf = (x: TimeScale): [number, number] => {
	const [r0, r1] = x.range() as [number, number];
	return [0, Math.min(r0, r1) + Math.max(r0, r1)];
};

/** About one tick per `spacing` pixels, labelled by the scale's multi-scale UTC format, the first in full. */
export function axisTicks(x: TimeScale, options: AxisOptions = {}): { ticks: Tick[]; granularity: Granularity } {
	const { spacing = 110, bounds = boundsOf(x), measure } = options;
	const [r0, r1] = x.range();
	const dates = x.ticks(Math.max(2, Math.floor(Math.abs(r1! - r0!) / spacing)));
	const format = x.tickFormat();
	// The first label says which year (and day, at hour zoom) the view is in: "22 Mar 2017, 13:00", then "14:00".
	const label = (date: Date, i: number) => (i === 0 ? contextFormat(date) : format(date));
	return {
		ticks: fitLabels(dates.map((date, i) => ({ date, x: x(date), label: label(date, i) })), bounds, measure),
		granularity: granularityOf(dates)
	};
}

/**
 * Ticks of the sequential scale, which fall on events: each labelled with its event's own
 * date at the precision the data gives ("May 2016", not a made-up day and hour). A tick no
 * event labels is left out rather than given a time of its own.
 */
export function sequenceTicks(
	x: TimeScale,
	labelAt: (t: number) => string | undefined,
	options: AxisOptions = {}
): { ticks: Tick[]; granularity: Granularity } {
	const { spacing = 110, bounds = boundsOf(x), measure } = options;
	const [r0, r1] = x.range();
	const dates = x.ticks(Math.max(2, Math.floor(Math.abs(r1! - r0!) / spacing)));
	const labelled = dates.flatMap((date) => {
		const label = labelAt(+date);
		return label ? [{ date, x: x(date), label }] : [];
	});
	return { ticks: fitLabels(labelled, bounds, measure), granularity: granularityOf(dates) };
}
