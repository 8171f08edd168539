/**
 * Relation arcs as geometry: where each arc runs between two marks, and which events are the
 * story's focal ones (those most related). An arc between marks at nearly the same x would be
 * a vertical line through their labels, so it bows sideways into a loop instead.
 */
import type { Relation } from '$lib/model/schema';

export interface Point {
	x: number;
	y: number;
}

export interface ArcOptions {
	/** Below this horizontal distance (px) an arc bows sideways. Default 24. */
	minSpread?: number;
	/** How far an arc may rise above its higher end (px). Default 80. */
	maxLift?: number;
}

/** An SVG path from a to b: an upward bow, or a sideways loop (to the left, away from labels) when a and b nearly share an x. */
export function arcPath(a: Point, b: Point, o: ArcOptions = {}): string {
	const minSpread = o.minSpread ?? 24;
	const dx = Math.abs(b.x - a.x);
	if (dx >= minSpread) {
		const lift = Math.min(o.maxLift ?? 80, 12 + dx / 4);
		return `M${a.x},${a.y} Q${(a.x + b.x) / 2},${Math.min(a.y, b.y) - lift} ${b.x},${b.y}`;
	}
	// The bulge grows with the vertical distance, so arcs from one event to several stacked ones nest instead of overlapping.
	const bulge = minSpread + Math.abs(b.y - a.y) / 3;
	const cx = Math.min(a.x, b.x) - bulge;
	return `M${a.x},${a.y} C${cx},${a.y} ${cx},${b.y} ${b.x},${b.y}`;
}

/** The events with the most relations (at least two): the subject of the story, whose labels always show. */
export function focalIds(relations: readonly Relation[]): Set<string> {
	const degree = new Map<string, number>();
	for (const r of relations) for (const id of [r.from, r.to]) degree.set(id, (degree.get(id) ?? 0) + 1);
	const most = Math.max(2, ...degree.values());
	return new Set([...degree].filter(([, n]) => n === most).map(([id]) => id));
}
