/**
 * One mark geometry, read by every surface that draws or hits a mark: SVG marks, canvas,
 * label layout and hit-testing. What the mark claims is what the date knows: a day is drawn
 * as the whole day wherever the day is wider than a dot, an instant stays a dot, a span is a bar.
 */
import type { DateInterval } from '$lib/time/interval';
import { pointTime } from '$lib/time/interval';
import type { HitShape } from './hitIndex';

/** Sizes of marks and labels, all scaled from the label's font size. */
export interface MarkStyle {
	/** Font size of labels (px). */
	labelSize: number;
	/** Radius of a point mark (px); also the least width of a bar. */
	radius: number;
	/** Height of a bar without a label inside (px). */
	bar: number;
	/** Height of a bar that holds its label (px): the text sits inside, clear of the outline. */
	tallBar: number;
	/** Height of a row in a lane (px). */
	row: number;
	/** Height of a lane's head, where its name is written (px). */
	laneHead: number;
	/** Space between a mark and a label beside it (px). */
	gap: number;
}

/** The default label size (px) of the explorer. */
export const LABEL_SIZE = 13;

export function markStyle(labelSize = LABEL_SIZE): MarkStyle {
	const s = labelSize / LABEL_SIZE;
	return {
		labelSize,
		radius: 6 * s,
		bar: 10 * s,
		tallBar: Math.round(labelSize + 8 * s),
		row: Math.round(Math.max(labelSize + 12 * s, 24 * s)),
		laneHead: Math.round(labelSize * 1.45),
		gap: 5 * s
	};
}

/**
 * Estimated width of a label (px): measuring text would cost a layout per label. The factor
 * is that of a humanist sans at its average letter; a little generous, so labels do not collide.
 */
export const labelWidth = (text: string, style: MarkStyle) => text.length * style.labelSize * 0.55 + 2;

/** Where a mark reaches (px) and whether it is a point. */
export interface MarkExtent {
	x0: number;
	x1: number;
	point: boolean;
}

/**
 * A mark's extent at the current zoom. `x(t, id)` is the view's time → px (the id keeps
 * apart events sharing an instant on the sequential scale). A day or a timed interval is a
 * bar over its whole extent once that is wider than a dot, else a dot at its middle; an
 * instant is always a dot; a longer span is a bar at least a radius wide.
 */
export function markExtent(when: DateInterval, id: string, x: (t: number, id: string) => number, style: MarkStyle): MarkExtent {
	const a = x(when.min, id);
	const b = x(when.max, id);
	if (!when.point) return { x0: a, x1: Math.max(b, a + style.radius), point: false };
	if (b - a >= 2 * style.radius) return { x0: a, x1: b, point: false };
	const c = x(pointTime(when), id);
	return { x0: c, x1: c, point: true };
}

/** A mark's outline as the hit index and the canvas take it, centred on y. */
export function markShape(m: MarkExtent, y: number, style: MarkStyle, tall = false): HitShape {
	return m.point ? { x: m.x0, y, r: style.radius } : { x0: m.x0, x1: m.x1, y, h: tall ? style.tallBar : style.bar };
}

/** The box a label covers (px), from its anchor point, centred on y. */
export function labelBox(x: number, anchor: 'start' | 'end', width: number, y: number, style: MarkStyle): HitShape {
	const [x0, x1] = anchor === 'start' ? [x, x + width] : [x - width, x];
	return { x0, x1, y, h: style.labelSize + 4 };
}
