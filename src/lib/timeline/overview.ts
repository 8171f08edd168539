/**
 * The overview strip's geometry: a histogram of all items across the whole span, and where
 * the brush shows the current view on it.
 */
import { binLanes, type LaneIndex } from './bins';
import type { TimeScale } from './scales';

export interface OverviewBar {
	x0: number;
	x1: number;
	count: number;
}

/** Counts of all lanes together in bins about `binPx` wide on the whole-span scale. */
export function overviewBars(index: LaneIndex, base: TimeScale, binPx = 6): OverviewBar[] {
	const totals = new Map<number, OverviewBar>();
	for (const bins of binLanes(index, base, binPx).values())
		for (const b of bins) {
			const t = totals.get(b.x0) ?? { x0: b.x0, x1: b.x1, count: 0 };
			t.count += b.count;
			totals.set(b.x0, t);
		}
	return [...totals.values()].sort((a, b) => a.x0 - b.x0);
}

/** A bar's height in a strip `height` px tall: by the square root of its count, so a lone event still shows. */
export const barHeight = (count: number, most: number, height: number) => height * Math.sqrt(count / Math.max(1, most));

/** Where the view lies on the strip (px), or null when it covers the whole strip or the strip has no width. */
export function brushExtent(base: TimeScale, view: TimeScale, width: number): [number, number] | null {
	const [a, b] = view.domain().map((d) => base(d)) as [number, number];
	const x0 = Math.max(0, Math.min(a, b));
	const x1 = Math.min(width, Math.max(a, b));
	return x1 - x0 >= width - 1 || x1 <= x0 ? null : [x0, x1];
}

/** Whether the brush covers so much of the strip that a drag on it should draw a new range rather than move it. */
export const fillsStrip = (extent: [number, number] | null, width: number) => !extent || extent[1] - extent[0] >= width * 0.8;
