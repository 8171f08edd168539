/**
 * One timeline's geometry at the current view, shared by its SVG and canvas surfaces and by
 * hit-testing. Few visible items are laid out one by one as interactive SVG marks with
 * labels; many are drawn on canvas, lane by lane as marks or, where they would pile up, as
 * counts per time bin. It reads the view; only the view's owner (TimelineView) moves it.
 */
import { bisectLeft, bisectRight } from 'd3';
import { pointTime } from '$lib/time/interval';
import { binLanes, indexLanes, laneModes, type Bin, type LaneMode } from '$lib/timeline/bins';
import { buildHitIndex, type HitIndex, type HitShape } from '$lib/timeline/hitIndex';
import type { Item } from '$lib/timeline/items';
import { compareLanes, type Lane } from '$lib/timeline/lanes';
import { placeLabels, type PlacedLabel } from '$lib/timeline/labels';
import { layoutMarks, type Mark } from '$lib/timeline/layout';
import { labelBox, labelWidth, markExtent, markShape, type MarkStyle } from '$lib/timeline/marks';
import type { TimeScale } from '$lib/timeline/scales';
import type { EventTable } from '$lib/timeline/table';

export interface LayoutInput {
	items: Item[];
	/** A large corpus in columns, drawn in place of items: its lane index is in ms, the linear scale's units. */
	table?: EventTable;
	/** Time → px at zoom 1. */
	base: TimeScale;
	/** Time → px in the current view. */
	view: TimeScale;
	width: number;
	order: readonly string[];
	collapsed: ReadonlySet<string>;
	selected?: string;
	/** Items whose labels always show. */
	focal: ReadonlySet<string>;
	style: MarkStyle;
	/** Height (px) the lanes should fit in, if any: rows give way first. */
	fitHeight?: number;
}

/** Above this many items in view, marks go to canvas and crowded lanes to counts. */
export const DETAIL_LIMIT = 300;
/** Height of the axis band above the lanes (px). */
export const AXIS = 30;
export const LANE_PAD = 8;
export const MARGIN = 8;
const COLLAPSED = 10;
/** Above this many canvas marks in view, labels are not placed. */
const LABEL_LIMIT = 2000;
const NEUTRAL = '#5c6f91';

/** A mark drawn on canvas: a disc (x1 === x0) or a bar. */
export interface CanvasMark {
	item: Item;
	x0: number;
	x1: number;
	y: number;
}

export interface LaneBox extends Lane {
	top: number;
	height: number;
	collapsed: boolean;
	mode: LaneMode | 'detail';
	colour: string;
}

export class TimelineLayout {
	constructor(private readonly input: () => LayoutInput) {}

	readonly style = $derived.by(() => this.input().style);
	readonly items = $derived.by(() => this.input().items);
	readonly table = $derived.by(() => this.input().table);
	/** Each input on its own: reading `this.input()` whole would tie a derived to the view, which moves every frame. */
	readonly base = $derived.by(() => this.input().base);
	readonly view = $derived.by(() => this.input().view);
	readonly width = $derived.by(() => this.input().width);
	/** Items by id: relation arcs and the selection ring ask every frame where an item is. */
	readonly byId = $derived(new Map(this.items.map((e) => [e.id, e])));
	readonly canvasLane = $derived(this.style.row + 10);

	/** One entry per item and lane, sorted once per data, lanes and kind of scale. */
	readonly index = $derived.by(() => {
		if (this.table) return this.table.index;
		const base = this.base;
		return indexLanes(
			this.items.flatMap((e) => e.lanes.map((lane) => ({ id: e.id, lane, min: e.when.point ? pointTime(e.when) : e.when.min, max: e.when.point ? undefined : e.when.max }))),
			base
		);
	});

	/** A lane's colour: its items' shared colour, or a neutral one where they differ. */
	readonly laneColours = $derived.by(() => {
		const table = this.table;
		if (table) return new Map(table.text.lanes.map((key, l) => [key, table.text.colours[l]!]));
		const colours = new Map<string, string>();
		for (const e of this.items)
			for (const lane of e.lanes) colours.set(lane, colours.get(lane) === undefined || colours.get(lane) === e.colour ? e.colour : NEUTRAL);
		return colours;
	});

	/** The view's extent in the scale's zoom-independent units. */
	readonly units = $derived(this.view.range().map((x) => this.view.unitAt(x)).sort((p, q) => p - q) as [number, number]);

	readonly inView = $derived.by(() => {
		const [a, b] = this.units;
		let n = 0;
		for (const lane of this.index.values()) n += bisectRight(lane.starts, b) - bisectLeft(lane.ends, a);
		return n;
	});

	/** Items ordered by where they start in units, sorted once per data and scale. */
	readonly byStart = $derived.by(() => {
		const base = this.base;
		const placed = this.items.map((item) => ({ item, a: base.unit(item.when.min, item.id), b: base.unit(item.when.max, item.id) }));
		placed.sort((p, q) => p.a - q.a);
		return {
			items: placed.map((p) => p.item),
			starts: Float64Array.from(placed, (p) => p.a),
			longest: placed.reduce((m, p) => Math.max(m, p.b - p.a), 0)
		};
	});

	/**
	 * The items reaching into view (and a little around it), found by bisection, not a scan per
	 * frame. A table's are made here, so only the detailed view, with few in view, reads this.
	 */
	readonly visibleItems = $derived.by(() => {
		const [a, b] = this.units;
		const slack = (b - a) * 0.05;
		const table = this.table;
		if (table) {
			const [from, to] = table.rowsIn(a - slack, b + slack);
			return Array.from({ length: to - from }, (_, k) => table.item(from + k));
		}
		const { items, starts, longest } = this.byStart;
		return items.slice(bisectLeft(starts, a - slack - longest), bisectRight(starts, b + slack));
	});

	readonly detailed = $derived(this.inView <= DETAIL_LIMIT);

	/** The SVG layout, when few enough items are in view; with a height to fit, rows give way until it fits. */
	readonly detail = $derived.by(() => {
		if (!this.detailed) return undefined;
		const { order, selected, focal, collapsed, fitHeight } = this.input();
		const view = this.view;
		const style = this.style;
		const lay = (maxRows: number) => {
			const layout = layoutMarks(this.visibleItems, {
				x: (t, id) => view.xOf(t, id),
				order,
				labelWidth: (e) => labelWidth(e.title, style),
				style,
				width: this.width,
				selected,
				focal,
				maxRows
			});
			return {
				lanes: layout.lanes.map((l) => (collapsed.has(l.key) ? { ...l, rows: 1 } : l)),
				marks: layout.marks.map((m) => (collapsed.has(m.lane) ? { ...m, row: 0, showLabel: false } : m))
			};
		};
		let layout = lay(6);
		for (const rows of [3, 2, 1]) {
			if (fitHeight === undefined || this.heightOf(layout.lanes.map((l) => this.laneHeight(l.rows, collapsed.has(l.key), true))) <= fitHeight) break;
			layout = lay(rows);
		}
		return layout;
	});

	// A lane stays as marks while no mark-wide stretch holds more than three: a few touching
	// dots still read as dots, a pile does not.
	readonly modes = $derived.by(() => (this.detailed ? undefined : laneModes(this.index, this.view, { rows: 3 })));

	private laneHeight(rows: number, collapsed: boolean, detail: boolean): number {
		const { laneHead, row } = this.style;
		return collapsed ? laneHead + COLLAPSED : detail ? laneHead + rows * row + LANE_PAD : laneHead + this.canvasLane;
	}

	private heightOf(heights: number[]): number {
		return AXIS + heights.reduce((n, h) => n + h, 0);
	}

	readonly lanes = $derived.by((): LaneBox[] => {
		const collapsed = this.input().collapsed;
		const keys = this.detail ? this.detail.lanes : [...this.index.keys()].sort(compareLanes(this.input().order)).map((key) => ({ key, rows: 1 }));
		let top = AXIS;
		return keys.map((l) => {
			const isCollapsed = collapsed.has(l.key);
			const height = this.laneHeight(l.rows, isCollapsed, !!this.detail);
			const box: LaneBox = { ...l, top, height, collapsed: isCollapsed, mode: this.modes?.get(l.key) ?? 'detail', colour: this.laneColours.get(l.key) ?? NEUTRAL };
			top += height;
			return box;
		});
	});

	readonly laneByKey = $derived(new Map(this.lanes.map((l) => [l.key, l])));
	readonly height = $derived(this.lanes.length ? this.lanes.at(-1)!.top + this.lanes.at(-1)!.height : AXIS + 60);

	/** Counts per bin for the lanes drawn as density. */
	readonly bins = $derived.by((): Map<string, Bin[]> => {
		if (!this.modes || ![...this.modes.values()].includes('density')) return new Map();
		return binLanes(this.index, this.view);
	});

	/** Canvas marks of the lanes that are not crowded, found in one pass over the items. */
	readonly canvasMarks = $derived.by((): CanvasMark[] => {
		const modes = this.modes;
		if (!modes || ![...modes.values()].includes('marks')) return [];
		const view = this.view;
		const style = this.style;
		const out: CanvasMark[] = [];
		const add = (item: Item, key: string) => {
			const { x0, x1 } = markExtent(item.when, item.id, (t, id) => view.xOf(t, id), style);
			if (x1 >= 0 && x0 <= this.width) out.push({ item, x0, x1, y: this.markY(key, 0) });
		};
		const table = this.table;
		if (table) {
			// Rows of crowded lanes are skipped by their lane number: no item is made for them.
			const { lane } = table.columns;
			const marked = table.text.lanes.map((key) => modes.get(key) === 'marks');
			const [from, to] = table.rowsIn(...this.units);
			for (let row = from; row < to; row++) if (marked[lane[row]!]) add(table.item(row), table.text.lanes[lane[row]!]!);
			return out;
		}
		for (const item of this.visibleItems) for (const key of item.lanes) if (modes.get(key) === 'marks') add(item, key);
		return out;
	});

	/** Labels for the canvas marks, placed so that none overlap; skipped when too many to read anyway. */
	readonly canvasLabels = $derived.by((): PlacedLabel[] => {
		const marks = this.canvasMarks;
		if (!marks.length || marks.length > LABEL_LIMIT) return [];
		const style = this.style;
		return placeLabels(
			marks.map((m) => ({ id: m.item.id, text: m.item.title, x: m.x1, y: m.y, priority: this.input().focal.has(m.item.id) ? 1 : 0 })),
			{ measure: (t) => labelWidth(t, style), height: style.labelSize, bounds: [0, this.width], offset: style.radius + style.gap, selected: this.input().selected }
		);
	});

	/** Every hit target in drawing order, marks then labels: a label belongs to its event. */
	readonly hitIndex = $derived.by((): HitIndex<HitShape & { id: string }> => {
		const style = this.style;
		const shapes: (HitShape & { id: string })[] = [];
		if (this.detail)
			for (const m of this.detail.marks) {
				const y = this.markY(m.lane, m.row);
				shapes.push({ ...markShape(m, y, style, m.labelInside && m.showLabel), id: m.event.id });
				if (m.showLabel && !m.labelInside) shapes.push({ ...labelBox(m.labelX, m.labelAnchor, labelWidth(m.label, style), y, style), id: m.event.id });
			}
		else {
			for (const m of this.canvasMarks) shapes.push({ ...markShape({ ...m, point: m.x0 === m.x1 }, m.y, style), id: m.item.id });
			for (const l of this.canvasLabels) shapes.push({ ...labelBox(l.x, l.anchor, l.width, l.y, style), id: l.id });
		}
		return buildHitIndex(shapes, { bounds: [0, this.width] });
	});

	/** The vertical centre of a row in a lane. */
	markY(lane: string, row: number): number {
		const box = this.laneByKey.get(lane);
		if (!box) return AXIS;
		const { laneHead, row: rowHeight } = this.style;
		if (box.collapsed) return box.top + laneHead + COLLAPSED / 2;
		return box.top + laneHead + (this.detail ? row * rowHeight + rowHeight / 2 : this.canvasLane / 2);
	}

	/** The item with this id, from the list or the table. */
	itemOf(id: string): Item | undefined {
		return this.byId.get(id) ?? this.table?.find(id);
	}

	/** Where each of an item's marks is drawn, whether or not it is in view: for selection rings and relation arcs. */
	positionsOf(id: string): { x: number; y: number; x0: number; x1: number }[] {
		const marks = this.detail?.marks.filter((m) => m.event.id === id) ?? [];
		if (marks.length) return marks.map((m) => ({ x: (m.x0 + m.x1) / 2, y: this.markY(m.lane, m.row), x0: m.x0, x1: m.x1 }));
		const item = this.itemOf(id);
		if (!item) return [];
		const { x0, x1 } = markExtent(item.when, id, (t, i) => this.view.xOf(t, i), this.style);
		return [{ x: (x0 + x1) / 2, y: this.markY(item.lanes[0]!, 0), x0, x1 }];
	}

	/** The marks laid out in SVG, or none. */
	get marks(): Mark[] {
		return this.detail?.marks ?? [];
	}
}
