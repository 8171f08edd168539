/**
 * A layer's density band: its events counted by day once (a million rows are a few thousand
 * days), then the days summed into columns of a few pixels for the view at hand, so that a
 * frame of zoom or pan touches days, not rows.
 */
import { bisector, rollups } from 'd3';
import { DAY } from '$lib/timeline/warp';

export interface DayCount {
	/** The day's first instant (ms, UTC). */
	day: number;
	count: number;
}

export interface Column {
	/** Left edge (px) and width of the column. */
	x: number;
	width: number;
	count: number;
}

type Spanned = { when: { min: number; max: number } };

/**
 * Where a layer's event sits on the time axis: the middle of its span, where its dot is drawn
 * and where it is counted, so that a year-long row is in view when its dot is.
 */
export const middle = (e: Spanned) => (e.when.min + e.when.max) / 2;

/** Events per day, by the day of each one's middle, in time order. */
export function dayCounts(events: readonly Spanned[]): DayCount[] {
	return rollups(
		events,
		(v) => v.length,
		(e) => Math.floor(middle(e) / DAY) * DAY
	)
		.map(([day, count]) => ({ day, count }))
		.sort((a, b) => a.day - b.day);
}

const byDay = bisector((d: DayCount) => d.day);

/**
 * The days in view summed into columns `step` px wide across `width` px; `x` places a time
 * (the timeline's scale). A day is placed by its middle, so it falls in one column at any zoom.
 */
export function densityColumns(days: readonly DayCount[], x: (t: number) => number, range: readonly [number, number], width: number, step: number): Column[] {
	const from = byDay.left(days, range[0] - DAY);
	const to = byDay.right(days, range[1]);
	const columns = rollups(
		days.slice(from, to),
		(v) => v.reduce((sum, d) => sum + d.count, 0),
		(d) => Math.floor(x(d.day + DAY / 2) / step)
	);
	return columns
		.filter(([i]) => i >= 0 && i * step < width)
		.map(([i, count]) => ({ x: i * step, width: step, count }))
		.sort((a, b) => a.x - b.x);
}
