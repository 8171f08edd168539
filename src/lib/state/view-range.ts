/**
 * The arithmetic of a timeline's visible range, kept pure so that every caller (buttons,
 * keys, wheel, drag, brush, URL, messages, briefing steps) moves the view by the same rules.
 * Ranges here are in the scale's zoom-independent units (see timeline/warp.ts), where pixels
 * are linear, so that zooming "around the pointer" means the same on every kind of scale.
 */
import { interpolateZoom, quantileSorted } from 'd3';

export type Units = readonly [number, number];

export interface Limits {
	/** The whole data's frame: the view never reaches beyond it. */
	full: Units;
	/** The narrowest view allowed (units). */
	minSpan: number;
}

/** Keeps a range inside the data's frame, no wider than it and no narrower than the least span. */
export function clampUnits([a, b]: Units, { full, minSpan }: Limits): [number, number] {
	const fullSpan = full[1] - full[0];
	const span = Math.min(fullSpan, Math.max(Math.min(minSpan, fullSpan), b - a));
	const mid = (a + b) / 2;
	const lo = Math.min(full[1] - span, Math.max(full[0], mid - span / 2));
	return [lo, lo + span];
}

/**
 * Zooms by `factor` (2 shows half as much) keeping the unit at `anchor` where it is; the
 * span is limited first, so the anchor holds even at a limit, then the range slides inside.
 */
export function zoomUnits([a, b]: Units, factor: number, anchor: number, limits: Limits): [number, number] {
	const fullSpan = limits.full[1] - limits.full[0];
	const span = Math.min(fullSpan, Math.max(Math.min(limits.minSpan, fullSpan), (b - a) / factor));
	const k = (b - a) / span;
	const lo = anchor - (anchor - a) / k;
	return clampUnits([lo, lo + span], limits);
}

/** Pans by `du` units, stopping at the data's frame. */
export function panUnits([a, b]: Units, du: number, limits: Limits): [number, number] {
	return clampUnits([a + du, b + du], limits);
}

/** Where a span of time lies, as `fit` and `frame` read it. */
export interface Extent {
	min: number;
	max: number;
}

export interface FitOptions {
	/** Only this window counts: spans are clipped to it (a date filter's window). */
	clip?: Extent;
	/** The least width of the result (ms), centred on what is fitted: context around a lone day. */
	minSpan?: number;
	/** Share of the extent added on each side. Default 0.08. */
	pad?: number;
}

function clip(spans: readonly Extent[], window?: Extent): Extent[] {
	if (!window) return [...spans];
	return spans.flatMap((s) => {
		const min = Math.max(s.min, window.min);
		const max = Math.min(s.max, window.max);
		return min <= max ? [{ min, max }] : [];
	});
}

function padded(min: number, max: number, o: FitOptions): [number, number] {
	const pad = (max - min) * (o.pad ?? 0.08);
	let [a, b] = [min - pad, max + pad];
	const least = o.minSpan ?? 0;
	if (b - a < least) [a, b] = [(min + max) / 2 - least / 2, (min + max) / 2 + least / 2];
	return [a, b];
}

/** The whole extent of the spans (clipped to the window), padded: what "fit" shows. Undefined for none. */
export function fitSpans(spans: readonly Extent[], o: FitOptions = {}): [number, number] | undefined {
	const shown = clip(spans, o.clip);
	if (!shown.length) return undefined;
	let min = Infinity;
	let max = -Infinity;
	for (const s of shown) {
		min = Math.min(min, s.min);
		max = Math.max(max, s.max);
	}
	return padded(min, max, o);
}

/**
 * Where the events are: all of them, unless a few outliers would squeeze the rest into a
 * sliver of the width; then from the 10th percentile of their starts to the 90th of their
 * ends, padded. Few events are all shown.
 */
export function frameSpans(spans: readonly Extent[], o: FitOptions = {}): [number, number] | undefined {
	const shown = clip(spans, o.clip);
	if (shown.length < 6) return fitSpans(shown, o);
	const starts = shown.map((s) => s.min).sort((p, q) => p - q);
	const ends = shown.map((s) => s.max).sort((p, q) => p - q);
	const lo = quantileSorted(starts, 0.1)!;
	const hi = Math.max(lo, quantileSorted(ends, 0.9)!);
	// Outliers squeeze when the middle 80% would take less than a third of the whole extent.
	if (hi - lo >= (ends.at(-1)! - starts[0]!) / 3) return fitSpans(shown, o);
	return padded(lo, hi, o);
}

/**
 * A smooth move between two ranges (van Wijk and Nuij's, as d3-zoom uses): far jumps zoom
 * out, pan, zoom in. `at(0)` is `from`, `at(1)` is `to`.
 */
export function transition(from: Units, to: Units) {
	const view = ([a, b]: Units) => [(a + b) / 2, 0, b - a] as [number, number, number];
	const zoom = interpolateZoom(view(from), view(to));
	return {
		/** Milliseconds the move takes, bounded so that long jumps do not drag. */
		duration: Math.min(1200, Math.max(250, zoom.duration * 0.6)),
		at(t: number): [number, number] {
			if (t >= 1) return [to[0], to[1]];
			const [cx, , w] = zoom(t);
			return [cx - w / 2, cx + w / 2];
		}
	};
}
