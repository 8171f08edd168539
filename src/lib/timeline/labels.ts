/**
 * Labels for the visible marks, placed greedily so that no two overlap: the selected mark's
 * label first and always, then by priority. Widths come from a measure function, so the
 * browser can pass canvas measureText and tests a fixed width per character.
 */
import { ascending, quadtree } from 'd3';

export interface LabelCandidate {
	id: string;
	text: string;
	/** The mark's centre (px); the label sits beside it, vertically centred on y. */
	x: number;
	y: number;
	/** Higher is placed first; ties go left to right. Default 0. */
	priority?: number;
}

export interface LabelOptions {
	/** Text width in px. */
	measure: (text: string) => number;
	/** Height of a label's box (px). */
	height: number;
	/** Horizontal band labels must stay inside (px). */
	bounds: readonly [x0: number, x1: number];
	/** Id whose label is placed before all others and always, moved inside the bounds if need be. */
	selected?: string;
	/** Space between a mark's centre and its label (px). Default 8. */
	offset?: number;
	/** Least space between two labels (px). Default 2. */
	padding?: number;
}

export interface PlacedLabel {
	id: string;
	text: string;
	/** Where the text is anchored: its left end for 'start', its right end for 'end'. */
	x: number;
	y: number;
	anchor: 'start' | 'end';
	width: number;
}

interface Box {
	x0: number;
	x1: number;
	y0: number;
	y1: number;
}

/** Tries right of the mark, then left of it; the first spot that is free and in bounds wins. */
export function placeLabels(candidates: readonly LabelCandidate[], options: LabelOptions): PlacedLabel[] {
	const { measure, height, bounds, selected, offset = 8, padding = 2 } = options;
	const [b0, b1] = bounds;
	const order = [...candidates].sort(
		(a, b) =>
			Number(b.id === selected) - Number(a.id === selected) ||
			(b.priority ?? 0) - (a.priority ?? 0) ||
			a.x - b.x ||
			ascending(a.id, b.id)
	);
	// Boxes are kept by centre; a query widened by half the widest box finds every box that could touch.
	const placed = quadtree<Box>()
		.x((b) => (b.x0 + b.x1) / 2)
		.y((b) => (b.y0 + b.y1) / 2);
	let widest = 0;
	const free = (box: Box): boolean => {
		let hit = false;
		const [qx0, qx1] = [box.x0 - widest / 2 - padding, box.x1 + widest / 2 + padding];
		const [qy0, qy1] = [box.y0 - height / 2 - padding, box.y1 + height / 2 + padding];
		placed.visit((node, x0, y0, x1, y1) => {
			if (hit) return true;
			if (!node.length) {
				for (let leaf: typeof node | undefined = node; leaf && !hit; leaf = leaf.next) {
					const o = leaf.data;
					hit = o.x0 < box.x1 + padding && box.x0 < o.x1 + padding && o.y0 < box.y1 + padding && box.y0 < o.y1 + padding;
				}
			}
			return x0 > qx1 || x1 < qx0 || y0 > qy1 || y1 < qy0;
		});
		return !hit;
	};

	const out: PlacedLabel[] = [];
	for (const c of order) {
		const width = measure(c.text);
		const [y0, y1] = [c.y - height / 2, c.y + height / 2];
		const spots: [PlacedLabel['anchor'], number][] = [
			['start', c.x + offset],
			['end', c.x - offset]
		];
		let spot = spots.find(([anchor, x]) => {
			const [x0, x1] = anchor === 'start' ? [x, x + width] : [x - width, x];
			return x0 >= b0 && x1 <= b1 && free({ x0, x1, y0, y1 });
		});
		// The selected label goes first, so only the bounds can refuse it: slide it inside them.
		if (!spot && c.id === selected) spot = ['start', Math.max(b0, Math.min(c.x + offset, b1 - width))];
		if (!spot) continue;
		const [anchor, x] = spot;
		const box = anchor === 'start' ? { x0: x, x1: x + width, y0, y1 } : { x0: x - width, x1: x, y0, y1 };
		placed.add(box);
		widest = Math.max(widest, width);
		out.push({ id: c.id, text: c.text, x, y: c.y, anchor, width });
	}
	return out;
}
