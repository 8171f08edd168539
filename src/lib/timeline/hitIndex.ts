/**
 * Hit-testing for marks drawn on canvas: a d3-quadtree over their geometry, so a pointer move
 * looks at the few marks near it instead of every event. Marks are in drawing order: where two
 * cover the pointer, the one drawn last (on top) is the hit.
 */
import { quadtree, type Quadtree } from 'd3';

/** A point mark: a disc of radius r (px) around (x, y). */
export interface DiscShape {
	x: number;
	y: number;
	r: number;
}

/** A span mark: a bar from x0 to x1 (px), h high, centred on y. */
export interface BarShape {
	x0: number;
	x1: number;
	y: number;
	h: number;
}

export type HitShape = DiscShape | BarShape;

export interface HitIndex<M extends HitShape> {
	/**
	 * The mark drawn at (px, py): of those covering it, the topmost; else the nearest within
	 * `tolerance` px (default 4), the topmost on a tie; else undefined.
	 */
	find(px: number, py: number, tolerance?: number): M | undefined;
}

export interface HitIndexOptions {
	/** Bars are indexed in pieces this long (px), so a long bar is found along all its length. Default 32. */
	piece?: number;
	/** Only this band of x (px) can be hit; bars are clipped to it, so a bar zoomed to 10⁶ px stays cheap. */
	bounds?: readonly [x0: number, x1: number];
}

/** One indexed point: a disc's centre or the middle of a bar's piece, and how far its mark reaches. */
interface Entry {
	x: number;
	y: number;
	mark: number;
}

/** How far (px) the point (px, py) lies outside the mark; 0 inside it. */
function distance(m: HitShape, px: number, py: number): number {
	if ('r' in m) return Math.max(0, Math.hypot(px - m.x, py - m.y) - m.r);
	const dx = Math.max(m.x0 - px, 0, px - m.x1);
	const dy = Math.max(Math.abs(py - m.y) - m.h / 2, 0);
	return Math.hypot(dx, dy);
}

export function buildHitIndex<M extends HitShape>(marks: readonly M[], options: HitIndexOptions = {}): HitIndex<M> {
	const { piece = 32, bounds = [-Infinity, Infinity] } = options;
	const entries: Entry[] = [];
	// The farthest any mark reaches from one of its entries: the search radius beyond tolerance.
	let reach = 0;
	marks.forEach((m, mark) => {
		if ('r' in m) {
			entries.push({ x: m.x, y: m.y, mark });
			reach = Math.max(reach, m.r);
			return;
		}
		const x0 = Math.max(m.x0, bounds[0]);
		const x1 = Math.min(m.x1, bounds[1]);
		if (x1 < x0) return;
		const n = Math.max(1, Math.ceil((x1 - x0) / piece));
		const step = (x1 - x0) / n;
		for (let i = 0; i < n; i++) entries.push({ x: x0 + (i + 0.5) * step, y: m.y, mark });
		reach = Math.max(reach, Math.hypot(step / 2, m.h / 2));
	});
	const tree: Quadtree<Entry> = quadtree<Entry>()
		.x((e) => e.x)
		.y((e) => e.y)
		.addAll(entries);

	return {
		find(px, py, tolerance = 4) {
			const r = tolerance + reach;
			let best = -1;
			let bestDistance = Infinity;
			tree.visit((node, x0, y0, x1, y1) => {
				if (!node.length)
					for (let leaf: typeof node | undefined = node; leaf; leaf = leaf.next) {
						const { mark } = leaf.data;
						const d = distance(marks[mark]!, px, py);
						if (d <= tolerance && (d < bestDistance || (d === bestDistance && mark > best))) {
							best = mark;
							bestDistance = d;
						}
					}
				return x0 > px + r || x1 < px - r || y0 > py + r || y1 < py - r;
			});
			return best < 0 ? undefined : marks[best];
		}
	};
}
