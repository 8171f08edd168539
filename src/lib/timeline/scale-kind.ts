/** The three time scales the timeline offers, built for a set of items and a width. */
import { pointTime } from '$lib/time/interval';
import type { Item } from './items';
import { brokenScale, linearScale, sequentialScale, type TimeScale } from './scales';

export const SCALE_KINDS = ['linear', 'broken', 'sequential'] as const;
export type ScaleKind = (typeof SCALE_KINDS)[number];

const HOUR = 3_600_000;

/** Time → px at zoom 1 across [margin, width − margin]. */
export function scaleFor(kind: ScaleKind, items: Item[], width: number, margin: number): TimeScale {
	const inner = Math.max(width - 2 * margin, 10);
	const scale =
		items.length === 0
			? linearScale([Date.UTC(2000, 0), Date.UTC(2001, 0)], inner)
			: kind === 'sequential'
				? sequentialScale(items.map((e) => ({ id: e.id, time: pointTime(e.when) })), inner)
				: kind === 'broken'
					? brokenScale(items.map((e) => [e.when.min, e.when.max] as const), inner)
					: linearScale(padded(items), inner);
	return scale.range([margin, margin + inner]);
}

/** The items' whole span with a little room either side, so end marks are not cut. */
function padded(items: Item[]): [number, number] {
	let min = Infinity;
	let max = -Infinity;
	for (const e of items) {
		if (e.when.min < min) min = e.when.min;
		if (e.when.max > max) max = e.when.max;
	}
	const pad = Math.max((max - min) * 0.03, 12 * HOUR);
	return [min - pad, max + pad];
}
