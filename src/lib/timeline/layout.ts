/**
 * Where each mark goes at the current zoom: lanes, rows, pixel extents, and which labels
 * fit. Labels are packed with their marks when a lane stays shallow; in a crowded lane the
 * marks alone are packed and a label shows only where the row has room for it.
 */
import { pointTime } from '$lib/time/interval';
import type { Item } from './items';
import { assignLanes, type Lane } from './lanes';

export interface Mark {
	event: Item;
	lane: string;
	row: number;
	/** Pixel extent: equal ends for a point. */
	x0: number;
	x1: number;
	point: boolean;
	showLabel: boolean;
	/** Where the label starts (anchor start) or ends (anchor end). */
	labelX: number;
	labelAnchor: 'start' | 'end';
}

export interface LayoutOptions {
	/** Time (ms) → pixels at the current zoom; the id places events that share an instant apart. */
	x: (t: number, id: string) => number;
	order?: readonly string[];
	labelWidth: (e: Item) => number;
	/** Rows a lane may grow to before its labels give way to its marks. */
	maxRows?: number;
	/** Half the size of a point mark, and the least width of a span. */
	radius?: number;
	/** The drawing's width: a label that would run past it goes on the mark's left. */
	width?: number;
	/** The selected item: its label always shows, and neighbours' labels in its way give way. */
	selected?: string;
}

export function layoutMarks(all: Item[], o: LayoutOptions): { lanes: Lane[]; marks: Mark[] } {
	const r = o.radius ?? 6;
	const maxRows = o.maxRows ?? 6;
	const width = o.width ?? Infinity;
	// Only what reaches into view is laid out: off-screen marks would push labels to the edges.
	const events = all.filter((e) => o.x(e.when.max, e.id) >= -r && o.x(e.when.min, e.id) <= width + r);
	const px = new Map(
		events.map((e) => {
			const [x0, x1] = e.when.point
				? [o.x(pointTime(e.when), e.id), o.x(pointTime(e.when), e.id)]
				: [o.x(e.when.min, e.id), Math.max(o.x(e.when.max, e.id), o.x(e.when.min, e.id) + r)];
			return [e, { x0, x1 }];
		})
	);
	// A label sits inside a span wide enough to hold it, else after the mark, else before it.
	interface LabelPlace {
		labelX: number;
		labelAnchor: 'start' | 'end';
		/** What the mark and its label cover together. */
		from: number;
		to: number;
		/** False when the label fits on neither side of the mark within the width. */
		fits?: false;
	}
	const label = new Map<Item, LabelPlace>(
		events.map((e): [Item, LabelPlace] => {
			const { x0, x1 } = px.get(e)!;
			const w = o.labelWidth(e);
			const [v0, v1] = [Math.max(x0, 0), Math.min(x1, width)];
			if (v1 - v0 > w + 2 * r) return [e, { labelX: v0 + r, labelAnchor: 'start', from: x0, to: x1 }];
			if (x1 + r + 4 + w <= width) return [e, { labelX: x1 + r + 4, labelAnchor: 'start', from: x0 - r, to: x1 + r + 4 + w }];
			if (x0 - r - 4 - w >= 0) return [e, { labelX: x0 - r - 4, labelAnchor: 'end', from: x0 - r - 4 - w, to: x1 + r }];
			return [e, { labelX: x1 + r + 4, labelAnchor: 'start', from: x0 - r, to: x1 + r, fits: false }];
		})
	);
	const markOnly = (e: Item): [number, number] => {
		const p = px.get(e)!;
		return [p.x0 - r, p.x1 + r];
	};
	const withLabel = (e: Item): [number, number] => {
		const l = label.get(e)!;
		return [l.from, l.to];
	};
	const geometry = (e: Item) => {
		const { labelX, labelAnchor } = label.get(e)!;
		return { ...px.get(e)!, point: e.when.point, labelX, labelAnchor };
	};
	const loose = assignLanes(events, withLabel, o.order);
	const crowded = new Set(loose.lanes.filter((l) => l.rows > maxRows).map((l) => l.key));
	if (crowded.size === 0)
		return { lanes: loose.lanes, marks: giveWay(loose.marks.map((m) => ({ ...m, ...geometry(m.event), showLabel: label.get(m.event)!.fits ?? true })), o.selected, withLabel) };

	const tight = assignLanes(events, markOnly, o.order);
	const lanes = tight.lanes.map((l) => (crowded.has(l.key) ? l : loose.lanes.find((k) => k.key === l.key)!));
	const placed = [
		...loose.marks.filter((m) => !crowded.has(m.lane)),
		...tight.marks.filter((m) => crowded.has(m.lane))
	];
	// In a crowded lane a label fits if it clears its neighbours in the row.
	const prev = new Map<(typeof placed)[number], number>();
	const next = new Map<(typeof placed)[number], number>();
	const byRow = new Map<string, typeof placed>();
	for (const m of placed) {
		const key = `${m.lane}\u0000${m.row}`;
		byRow.set(key, [...(byRow.get(key) ?? []), m]);
	}
	for (const row of byRow.values()) {
		row.sort((a, b) => px.get(a.event)!.x0 - px.get(b.event)!.x0);
		row.forEach((m, i) => {
			prev.set(m, i > 0 ? markOnly(row[i - 1]!.event)[1] : -Infinity);
			next.set(m, i + 1 < row.length ? markOnly(row[i + 1]!.event)[0] : Infinity);
		});
	}
	const marks = placed.map((m) => {
		const [from, to] = withLabel(m.event);
		return { ...m, ...geometry(m.event), showLabel: (label.get(m.event)!.fits ?? true) && (!crowded.has(m.lane) || (from > prev.get(m)! && to < next.get(m)!)) };
	});
	return { lanes, marks: giveWay(marks, o.selected, withLabel) };
}

/** Shows the selected item's label and hides the labels in its row that it would cover. */
function giveWay(marks: Mark[], selected: string | undefined, box: (e: Item) => [number, number]): Mark[] {
	const chosen = marks.filter((m) => m.event.id === selected);
	if (!chosen.length) return marks;
	return marks.map((m) => {
		if (m.event.id === selected) return { ...m, showLabel: true };
		const [a, b] = box(m.event);
		const covered = chosen.some((c) => c.lane === m.lane && c.row === m.row && a < box(c.event)[1] && b > box(c.event)[0]);
		return covered && m.showLabel ? { ...m, showLabel: false } : m;
	});
}
