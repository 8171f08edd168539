/**
 * One timeline's geometry at the current zoom, shared by its SVG and canvas views. Few
 * visible items are laid out one by one as interactive SVG marks with labels; many are drawn
 * on canvas, lane by lane as marks or, where they would pile up, as counts per time bin.
 */
import { bisectLeft, bisectRight, zoomIdentity, type ZoomTransform } from 'd3';
import { pointTime } from '$lib/time/interval';
import { formatEdtf } from '$lib/time/format';
import { axisTicks, sequenceTicks } from '$lib/timeline/axis';
import { binLanes, indexLanes, laneModes, type Bin, type LaneMode } from '$lib/timeline/bins';
import type { Item } from '$lib/timeline/items';
import { compareLanes, type Lane } from '$lib/timeline/lanes';
import { placeLabels, type PlacedLabel } from '$lib/timeline/labels';
import { layoutMarks, type Mark } from '$lib/timeline/layout';
import { scaleFor, type ScaleKind } from '$lib/timeline/scale-kind';

export interface TimelineInput {
	/** The items drawn. */
	items: Item[];
	/** The items the scale is built on (all of them, so filtering does not move the axis). */
	scaleItems: Item[];
	scale: ScaleKind;
	width: number;
	/** Lane order; lanes not listed follow alphabetically. */
	order: readonly string[];
	collapsed: ReadonlySet<string>;
	/** The selected item, whose label always shows. */
	selected?: string;
}

/** Above this many items in view, marks go to canvas and crowded lanes to counts. */
export const DETAIL_LIMIT = 300;
export const AXIS = 30;
export const ROW = 24;
export const LANE_HEAD = 18;
export const LANE_PAD = 8;
const CANVAS_LANE = 34;
const COLLAPSED = 10;
export const MARGIN = 8;
/** Above this many canvas marks in view, labels are not placed. */
const LABEL_LIMIT = 2000;
/** Estimated width of a label character at 12 px (measuring text would cost a layout per label). */
const CHAR_PX = 6.4;

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

const labelWidth = (e: Item) => e.title.length * CHAR_PX + 10;

export class TimelineView {
	transform = $state<ZoomTransform>(zoomIdentity);

	constructor(private readonly input: () => TimelineInput) {}

	readonly items = $derived.by(() => this.input().items);
	/** Items by id: relation arcs and the selection ring ask every frame where an item is. */
	readonly byId = $derived(new Map(this.items.map((e) => [e.id, e])));
	readonly width = $derived.by(() => this.input().width);
	/** Time → px at zoom 1, for the kind of scale chosen. */
	readonly base = $derived.by(() => scaleFor(this.input().scale, this.input().scaleItems, this.width, MARGIN));
	readonly view = $derived.by(() => this.transform.rescaleX(this.base));
	/** Each instant's first item, for labelling the sequential scale's ticks by their events. */
	readonly itemAt = $derived.by(() => {
		const at = new Map<number, Item>();
		for (const e of this.input().scaleItems) if (!at.has(pointTime(e.when))) at.set(pointTime(e.when), e);
		return at;
	});
	readonly axis = $derived.by(() => {
		if (this.input().scale !== 'sequential') return axisTicks(this.view);
		return sequenceTicks(this.view, (t) => {
			const e = this.itemAt.get(t);
			return e && formatEdtf(e.when.edtf, 'short');
		});
	});

	/** One entry per item and lane, sorted once per data, lanes and kind of scale. */
	readonly index = $derived.by(() =>
		indexLanes(
			this.items.flatMap((e) => e.lanes.map((lane) => ({ id: e.id, lane, min: e.when.point ? pointTime(e.when) : e.when.min, max: e.when.point ? undefined : e.when.max }))),
			this.base
		)
	);

	/** A lane's colour: its items' shared colour, or a neutral one where they differ. */
	readonly laneColours = $derived.by(() => {
		const colours = new Map<string, string>();
		for (const e of this.items)
			for (const lane of e.lanes) colours.set(lane, colours.get(lane) === undefined || colours.get(lane) === e.colour ? e.colour : '#5c6f91');
		return colours;
	});

	/** The view's extent in the scale's zoom-independent units. */
	readonly units = $derived(this.view.range().map((x) => this.view.unitAt(x)).sort((p, q) => p - q) as [number, number]);

	readonly inView = $derived.by(() => {
		const [a, b] = this.units;
		let n = 0;
		for (const lane of this.index.values()) n += countBetween(lane.starts, lane.ends, a, b);
		return n;
	});

	/** Items ordered by where they start in units, sorted once per data and scale. */
	readonly byStart = $derived.by(() => {
		const base = this.base;
		const placed = this.items.map((item) => {
			const [t0, t1] = item.when.point ? [pointTime(item.when), pointTime(item.when)] : [item.when.min, item.when.max];
			return { item, a: base.unit(t0, item.id), b: base.unit(t1, item.id) };
		});
		placed.sort((p, q) => p.a - q.a);
		return {
			items: placed.map((p) => p.item),
			starts: Float64Array.from(placed, (p) => p.a),
			longest: placed.reduce((m, p) => Math.max(m, p.b - p.a), 0)
		};
	});

	/** The items reaching into view (and a little around it), found by bisection, not a scan per frame. */
	readonly visibleItems = $derived.by(() => {
		const { items, starts, longest } = this.byStart;
		const [a, b] = this.units;
		const slack = (b - a) * 0.05;
		return items.slice(bisectLeft(starts, a - slack - longest), bisectRight(starts, b + slack));
	});

	readonly detailed = $derived(this.inView <= DETAIL_LIMIT);

	/** The SVG layout, when few enough items are in view. */
	readonly detail = $derived.by(() => {
		if (!this.detailed) return undefined;
		const view = this.view;
		const layout = layoutMarks(this.visibleItems, {
			x: (t, id) => view.xOf(t, id),
			order: this.input().order,
			labelWidth,
			width: this.width,
			selected: this.input().selected
		});
		const collapsed = this.input().collapsed;
		return {
			lanes: layout.lanes.map((l) => (collapsed.has(l.key) ? { ...l, rows: 1 } : l)),
			marks: layout.marks.map((m) => (collapsed.has(m.lane) ? { ...m, row: 0, showLabel: false } : m))
		};
	});

	// A lane stays as marks while no mark-wide stretch holds more than three: a few touching
	// dots still read as dots, a pile does not.
	readonly modes = $derived.by(() => (this.detailed ? undefined : laneModes(this.index, this.view, { rows: 3 })));

	readonly lanes = $derived.by((): LaneBox[] => {
		const collapsed = this.input().collapsed;
		const keys = this.detail ? this.detail.lanes : [...this.index.keys()].sort(compareLanes(this.input().order)).map((key) => ({ key, rows: 1 }));
		let top = AXIS;
		return keys.map((l) => {
			const isCollapsed = collapsed.has(l.key);
			const height = isCollapsed ? LANE_HEAD + COLLAPSED : this.detail ? LANE_HEAD + l.rows * ROW + LANE_PAD : LANE_HEAD + CANVAS_LANE;
			const box: LaneBox = { ...l, top, height, collapsed: isCollapsed, mode: this.modes?.get(l.key) ?? 'detail', colour: this.laneColours.get(l.key) ?? '#5c6f91' };
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
		const out: CanvasMark[] = [];
		for (const item of this.visibleItems)
			for (const key of item.lanes) {
				if (modes.get(key) !== 'marks') continue;
				const x0 = item.when.point ? view.xOf(pointTime(item.when), item.id) : view.xOf(item.when.min, item.id);
				const x1 = item.when.point ? x0 : Math.max(view.xOf(item.when.max, item.id), x0 + 4);
				if (x1 < 0 || x0 > this.width) continue;
				out.push({ item, x0, x1, y: this.markY(key, 0) });
			}
		return out;
	});

	/** Labels for the canvas marks, placed so that none overlap; skipped when too many to read anyway. */
	readonly canvasLabels = $derived.by((): PlacedLabel[] => {
		const marks = this.canvasMarks;
		if (!marks.length || marks.length > LABEL_LIMIT) return [];
		return placeLabels(
			marks.map((m) => ({ id: m.item.id, text: m.item.title, x: m.x0, y: m.y })),
			{ measure: (t) => t.length * CHAR_PX, height: 12, bounds: [0, this.width], offset: 7 }
		);
	});

	/** The vertical centre of a row in a lane. */
	markY(lane: string, row: number): number {
		const box = this.laneByKey.get(lane);
		if (!box) return AXIS;
		if (box.collapsed) return box.top + LANE_HEAD + COLLAPSED / 2;
		return box.top + LANE_HEAD + (this.detail ? row * ROW + ROW / 2 : CANVAS_LANE / 2);
	}

	/** Where an item is drawn (first lane), whether or not it is in view: for selection rings and relation arcs. */
	positionOf(id: string): { x: number; y: number } | undefined {
		const mark = this.detail?.marks.find((m) => m.event.id === id);
		if (mark) return { x: (mark.x0 + mark.x1) / 2, y: this.markY(mark.lane, mark.row) };
		const item = this.byId.get(id);
		if (!item) return undefined;
		return { x: this.view.xOf(pointTime(item.when), id), y: this.markY(item.lanes[0]!, 0) };
	}

	/** The marks laid out in SVG, or none. */
	get marks(): Mark[] {
		return this.detail?.marks ?? [];
	}
}

function countBetween(starts: Float64Array, ends: Float64Array, a: number, b: number): number {
	return bisectRight(starts, b) - bisectLeft(ends, a);
}
