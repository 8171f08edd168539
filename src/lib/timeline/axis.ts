/** Axis ticks that adapt to the zoom, from decades down to minutes. */
import type { TimeScale } from './scales';

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

export interface Tick {
	date: Date;
	x: number;
	label: string;
}

/** About one tick per `spacing` pixels, labelled with D3's multi-scale UTC format. */
export function axisTicks(x: TimeScale, spacing = 110): { ticks: Tick[]; granularity: Granularity } {
	const [r0, r1] = x.range();
	const dates = x.ticks(Math.max(2, Math.floor(Math.abs(r1! - r0!) / spacing)));
	const format = x.tickFormat();
	return {
		ticks: dates.map((date) => ({ date, x: x(date), label: format(date) })),
		granularity: granularityOf(dates)
	};
}

/**
 * Ticks of the sequential scale, which fall on events: each labelled with its event's own
 * date at the precision the data gives ("May 2016", not a made-up day and hour).
 */
export function sequenceTicks(x: TimeScale, labelAt: (t: number) => string | undefined, spacing = 110): { ticks: Tick[]; granularity: Granularity } {
	const { ticks, granularity } = axisTicks(x, spacing);
	return { ticks: ticks.map((t) => ({ ...t, label: labelAt(+t.date) ?? t.label })), granularity };
}
