/**
 * The one owner of a timeline's view. It holds the visible range and offers the verbs that
 * move it (zoomTo, zoomBy, panBy, fit, frame, reset); toolbar, keys, wheel, drag, pinch,
 * overview brush, URL, postMessage and briefing steps all call them, and d3-zoom only feeds
 * gestures in. Animation lives here too, so every caller moves the view the same way.
 */
import { untrack } from 'svelte';
import { timer, type Timer } from 'd3';
import { pointTime } from '$lib/time/interval';
import { formatEdtf } from '$lib/time/format';
import { axisLabelWidth, axisTicks, sequenceTicks } from '$lib/timeline/axis';
import type { Item } from '$lib/timeline/items';
import { LABEL_SIZE, markStyle } from '$lib/timeline/marks';
import { scaleFor, type ScaleKind } from '$lib/timeline/scale-kind';
import type { TimeScale } from '$lib/timeline/scales';
import type { EventTable } from '$lib/timeline/table';
import { MARGIN, TimelineLayout } from './timeline-layout.svelte';
import { clampUnits, fitSpans, frameSpans, panUnits, transition, zoomUnits, type Extent, type FitOptions, type Limits, type Units } from './view-range';

export { AXIS, DETAIL_LIMIT, type CanvasMark, type LaneBox } from './timeline-layout.svelte';

export interface TimelineInput {
	/** The items drawn. */
	items: Item[];
	/** The items the scale is built on (all of them, so filtering does not move the axis). */
	scaleItems: Item[];
	/** A large corpus in columns, drawn in place of items, on a linear scale over its extent. */
	table?: EventTable;
	scale: ScaleKind;
	width: number;
	/** Lane order; lanes not listed follow alphabetically. */
	order: readonly string[];
	collapsed: ReadonlySet<string>;
	/** The selected item, whose label always shows. */
	selected?: string;
	/** Items whose labels always show: the story's focal events. */
	focal?: ReadonlySet<string>;
	/** Font size of mark labels (px); rows, lane heads and marks scale with it. */
	labelSize?: number;
	/** Height (px) the lanes should fit in, if any. */
	fitHeight?: number;
}

export interface MoveOptions {
	/** Move smoothly (unless the reader prefers reduced motion). Default false. */
	animate?: boolean;
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** The least context around a fitted day: a month, so its neighbours show. */
const CONTEXT = 30 * DAY;

const reducedMotion = () => globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;

export class TimelineView {
	/** The range shown, in the units of the scale it was set on (a rebuilt scale reads it through time). */
	#at = $state.raw<{ base: TimeScale; units: Units }>();
	/** True while the view shows the items' default framing, which a URL need not record. */
	#framed = $state(true);
	#motion: Timer | undefined;
	/** Where a running animation is heading: the next zoom or pan starts from there, so quick presses add up. */
	#goal: Units | undefined;

	constructor(private readonly input: () => TimelineInput) {}

	readonly style = $derived.by(() => markStyle(this.input().labelSize));
	readonly width = $derived.by(() => this.input().width);
	/** Time → px with the whole data across the width. */
	/** A table is always drawn on the linear scale: its events are counted, never placed one by one in sequence. */
	private readonly kind = $derived.by(() => (this.input().table ? 'linear' : this.input().scale));
	readonly base = $derived.by(() => scaleFor(this.kind, this.scaleItems, this.width, MARGIN));
	private readonly scaleItems = $derived.by(() => this.input().table?.bounds ?? this.input().scaleItems);

	/** The whole data's frame and the narrowest view: about an hour, or one event in sequence. */
	readonly limits = $derived.by((): Limits => {
		const base = this.base;
		const [r0, r1] = base.range() as [number, number];
		const full: Units = [base.unitAt(r0), base.unitAt(r1)];
		const first = this.scaleItems[0]?.when.min ?? 0;
		const minSpan = this.kind === 'sequential' ? 1 : Math.abs(base.unit(first + HOUR) - base.unit(first)) || (full[1] - full[0]) / 1e6;
		return { full, minSpan };
	});

	/** The visible range in units: as set, else the items' default framing. */
	readonly units = $derived.by((): Units => {
		const at = this.#at;
		if (!at) return this.toUnits(this.frameOf(this.input().items) ?? this.fullRange());
		if (at.base === this.base) return at.units;
		const times = at.units.map((u) => +at.base.invert(at.base.xOfUnit(u))) as [number, number];
		return clampUnits(this.toUnits(times), this.limits);
	});

	/** Time → px in the current view. */
	readonly scale = $derived.by(() => {
		const [r0, r1] = this.base.range() as [number, number];
		const [u0, u1] = this.units;
		return this.base.copy().domain([+this.base.invert(this.base.xOfUnit(u0)), +this.base.invert(this.base.xOfUnit(u1))]).range([r0, r1]);
	});

	/** The visible range (ms); undefined while it is the default framing, so that a URL leaves it out. */
	readonly range = $derived.by((): [number, number] | undefined => (this.#framed ? undefined : this.times()));

	/** Events with the most relations are the story's subject; the caller passes them as `focal`. */
	readonly layout = new TimelineLayout(() => ({
		items: this.input().items,
		table: this.input().table,
		base: this.base,
		view: this.scale,
		width: this.width,
		order: this.input().order,
		collapsed: this.input().collapsed,
		selected: this.input().selected,
		focal: this.input().focal ?? new Set(),
		style: this.style,
		fitHeight: this.input().fitHeight
	}));

	/** Each instant's first item, for labelling the sequential scale's ticks by their events. */
	readonly itemAt = $derived.by(() => {
		const at = new Map<number, Item>();
		for (const e of this.input().scaleItems) if (!at.has(pointTime(e.when))) at.set(pointTime(e.when), e);
		return at;
	});

	readonly axis = $derived.by(() => {
		// Axis labels are set at the label size, so larger type wants wider spacing; a narrow box still gets about three ticks.
		const size = this.input().labelSize ?? LABEL_SIZE;
		const options = { spacing: Math.min((110 * size) / 12, this.width / 3.5), measure: (text: string) => axisLabelWidth(text, size) };
		if (this.input().scale !== 'sequential') return axisTicks(this.scale, options);
		return sequenceTicks(
			this.scale,
			(t) => {
				const e = this.itemAt.get(t);
				return e && formatEdtf(e.when.edtf, 'short');
			},
			options
		);
	});

	/** The visible range (ms), whether or not it is the default. */
	times(): [number, number] {
		const d = this.scale.domain();
		return [+d[0]!, +d[1]!];
	}

	/** The whole data's range (ms). */
	fullRange(): [number, number] {
		const d = this.base.domain();
		return [+d[0]!, +d[1]!];
	}

	private toUnits([a, b]: readonly [number, number]): Units {
		const u = [this.base.unit(a), this.base.unit(b)].sort((p, q) => p - q) as [number, number];
		return u[1] > u[0] ? u : [u[0] - 0.5, u[1] + 0.5];
	}

	/** Px in the drawing → units of the current view. */
	private unitAtPx(x: number): number {
		return this.scale.unitAt(x);
	}

	private frameOf(items: readonly Item[], o: FitOptions = {}) {
		return frameSpans(items.map((i) => i.when), { minSpan: CONTEXT, ...o });
	}

	/** Stops a running animation: a gesture or a new verb takes over from where the view is. */
	stop() {
		this.#motion?.stop();
		this.#motion = undefined;
		this.#goal = undefined;
	}

	/** Every verb ends here. Verbs run untracked: one called from an effect must not make it depend on the view it moves. */
	private set(units: Units, o: MoveOptions, framed = false) {
		this.stop();
		const target = clampUnits(units, this.limits);
		const from = this.units;
		const base = this.base;
		this.#framed = framed;
		if (!o.animate || reducedMotion()) {
			this.#at = { base, units: target };
			return;
		}
		const move = transition(from, target);
		const t = timer((elapsed) => {
			const done = elapsed >= move.duration;
			this.#at = { base, units: move.at(done ? 1 : elapsed / move.duration) };
			if (done) this.stop();
		});
		this.#motion = t;
		this.#goal = target;
	}

	/** Shows a time range (ms); undefined shows the default framing. */
	zoomTo(range: readonly [number, number] | undefined, o: MoveOptions = {}) {
		untrack(() => {
			if (!range) return this.reset(o);
			if (!(range[1] > range[0])) return;
			this.set(this.toUnits(range), o);
		});
	}

	/**
	 * Zooms by `factor` (2 shows half as much) around the px `anchor` (default: the view's
	 * centre). Buttons, keys and the wheel all come here, so one factor gives one range.
	 */
	zoomBy(factor: number, anchor?: number, o: MoveOptions = {}) {
		untrack(() => {
			const from = this.#goal ?? this.units;
			const u = anchor === undefined ? (from[0] + from[1]) / 2 : this.unitAtPx(anchor);
			this.set(zoomUnits(from, factor, u, this.limits), o);
		});
	}

	/** Pans by `dx` px: positive moves the content right (shows earlier time). */
	panBy(dx: number, o: MoveOptions = {}) {
		untrack(() => {
			const from = this.#goal ?? this.units;
			const [r0, r1] = this.base.range() as [number, number];
			const du = (-dx * (from[1] - from[0])) / (r1 - r0);
			this.set(panUnits(from, du, this.limits), o);
		});
	}

	/** Shows the whole extent of items (or ids), clipped to a window if given, with a month at least around a lone day. */
	fit(itemsOrIds: readonly (Item | string)[], o: MoveOptions & FitOptions = {}) {
		untrack(() => {
			const range = fitSpans(this.extents(itemsOrIds), { minSpan: CONTEXT, ...o });
			if (range) this.set(this.toUnits(range), o);
		});
	}

	/**
	 * The default view of a linked event: it and a month around it at least. Like `reset`, it
	 * leaves no range to record, as the event names the view.
	 */
	focus(id: string, o: MoveOptions = {}) {
		untrack(() => {
			const range = fitSpans(this.extents([id]), { minSpan: CONTEXT });
			if (range) this.set(this.toUnits(range), o, true);
		});
	}

	/** Shows where most of the items are (10th to 90th percentile), clipped to a window if given. */
	frame(itemsOrIds: readonly (Item | string)[], o: MoveOptions & FitOptions = {}) {
		untrack(() => {
			const range = frameSpans(this.extents(itemsOrIds), { minSpan: CONTEXT, ...o });
			if (range) this.set(this.toUnits(range), o);
		});
	}

	/** Back to the default framing of the items drawn: what a page without a range in its URL shows. */
	reset(o: MoveOptions & FitOptions = {}) {
		untrack(() => {
			const range = this.frameOf(this.input().items, o) ?? this.fullRange();
			this.set(this.toUnits(range), o, true);
		});
	}

	/** Shows the whole data. */
	showAll(o: MoveOptions = {}) {
		untrack(() => {
			this.set(this.limits.full, o);
		});
	}

	/** Whether a span (an item's `when`) lies wholly in view. */
	shows(when: { min: number; max: number }): boolean {
		const [a, b] = this.times();
		return when.min >= a && when.max <= b;
	}

	/** Moves the view for a key of the timeline's keyboard map (+ − ← → 0); false for any other key. */
	key(key: string): boolean {
		const animate = { animate: true };
		const pan = this.width / 4;
		const keys: Record<string, () => void> = {
			'+': () => this.zoomBy(2, undefined, animate),
			'=': () => this.zoomBy(2, undefined, animate),
			'-': () => this.zoomBy(0.5, undefined, animate),
			ArrowLeft: () => this.panBy(pan, animate),
			ArrowRight: () => this.panBy(-pan, animate),
			'0': () => this.showAll(animate)
		};
		keys[key]?.();
		return key in keys;
	}

	/** A click at px (x, y) on the canvas: the event hit, if any; else a count's bin is zoomed into. */
	clickAt(x: number, y: number): string | undefined {
		const id = this.hitAt(x, y);
		if (id) return id;
		const lane = this.layout.lanes.find((l) => y >= l.top && y < l.top + l.height);
		const bin = lane && this.layout.bins.get(lane.key)?.find((b) => x >= b.x0 && x < b.x1);
		if (bin) this.zoomTo([bin.start, bin.end], { animate: true });
		return undefined;
	}

	/** The id of the event whose mark or label is at px (x, y) of the drawing, if any. */
	hitAt(x: number, y: number): string | undefined {
		return this.layout.hitIndex.find(x, y, 2)?.id;
	}

	private extents(itemsOrIds: readonly (Item | string)[]): Extent[] {
		return itemsOrIds.flatMap((i) => {
			const item = typeof i === 'string' ? this.layout.itemOf(i) : i;
			return item ? [item.when] : [];
		});
	}

	/**
	 * The view a gesture leads to: d3-zoom reports its transform relative to the view at the
	 * gesture's start (`from`), and the owner clamps it like any other move. Returns the
	 * clamped units, so that d3-zoom's transform can be kept in step with the limits.
	 */
	gestureUnits(from: TimeScale, t: { k: number; x: number }): Units {
		const [r0, r1] = from.range() as [number, number];
		return clampUnits([from.unitAt((r0 - t.x) / t.k), from.unitAt((r1 - t.x) / t.k)], this.limits);
	}

	/** Applies a gesture's transform (see gestureUnits). */
	gesture(from: TimeScale, t: { k: number; x: number }) {
		this.set(this.gestureUnits(from, t), {});
	}
}
