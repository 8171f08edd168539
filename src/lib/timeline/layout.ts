/**
 * Where each mark goes at the current zoom: lanes, rows, pixel extents, and which labels
 * fit. Labels are packed with their marks when a lane stays shallow; in a crowded lane the
 * marks alone are packed and a label shows only where the row has room for it.
 */
import type { Item } from './items';
import { assignLanes, type Lane } from './lanes';
import { markExtent, markStyle, type MarkStyle } from './marks';

export interface Mark {
	event: Item;
	lane: string;
	row: number;
	/** Pixel extent: equal ends for a point. */
	x0: number;
	x1: number;
	point: boolean;
	showLabel: boolean;
	/** The label sits inside its bar, which is then drawn tall enough to hold it. */
	labelInside: boolean;
	/** The label's text: the title, shortened with an ellipsis where only part of it has room. */
	label: string;
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
	/** Sizes of marks; by default those of 13 px labels. */
	style?: MarkStyle;
	/** The drawing's width: a label that would run past it goes on the mark's left. */
	width?: number;
	/** The selected item: its label always shows, and neighbours' labels in its way give way. */
	selected?: string;
	/** Items whose labels always show, as the selected one's (the story's focal events). */
	focal?: ReadonlySet<string>;
}

export function layoutMarks(all: Item[], o: LayoutOptions): { lanes: Lane[]; marks: Mark[] } {
	const style = o.style ?? markStyle();
	const r = style.radius;
	const gap = style.gap;
	const maxRows = o.maxRows ?? 6;
	const width = o.width ?? Infinity;
	// Only what reaches into view is laid out: off-screen marks would push labels to the edges.
	const events = all.filter((e) => o.x(e.when.max, e.id) >= -r && o.x(e.when.min, e.id) <= width + r);
	const px = new Map(events.map((e) => [e, markExtent(e.when, e.id, o.x, style)]));
	// A label sits inside a span wide enough to hold it, else after the mark, else before it.
	interface LabelPlace {
		labelX: number;
		labelAnchor: 'start' | 'end';
		/** What the mark and its label cover together. */
		from: number;
		to: number;
		inside: boolean;
		text: string;
		/** False when the label fits on neither side of the mark within the width. */
		fits?: false;
		/** The whole label's width, the offset of a label after its mark, and the room inside a bar: for shortening it in a crowded row. */
		width: number;
		off: number;
		within: number;
	}
	/** Least room (px) worth a shortened label. */
	const least = 8 * style.labelSize * 0.55;
	const label = new Map<Item, LabelPlace>(
		events.map((e): [Item, LabelPlace] => {
			const { x0, x1, point } = px.get(e)!;
			const w = o.labelWidth(e);
			const [v0, v1] = [Math.max(x0, 0), Math.min(x1, width)];
			// A point's label clears its dot; a bar's clears its end.
			const off = point ? r + gap : gap;
			const text = e.title;
			const sizes = { width: w, off, within: point ? 0 : v1 - v0 - 2 * r };
			const place = (p: Omit<LabelPlace, keyof typeof sizes>): [Item, LabelPlace] => [e, { ...p, ...sizes }];
			if (v1 - v0 > w + 2 * r) return place({ labelX: v0 + r, labelAnchor: 'start', from: x0, to: x1, inside: true, text });
			if (x1 + off + w <= width) return place({ labelX: x1 + off, labelAnchor: 'start', from: x0 - r, to: x1 + off + w, inside: false, text });
			if (x0 - off - w >= 0) return place({ labelX: x0 - off, labelAnchor: 'end', from: x0 - off - w, to: x1 + r, inside: false, text });
			// Room on neither side for all of it: the roomier side takes as much as fits, with an ellipsis.
			const [right, left] = [width - x1 - off, x0 - off];
			const room = Math.max(right, left);
			if (room >= least) {
				const short = shorten(text, room, w);
				return right >= left
					? place({ labelX: x1 + off, labelAnchor: 'start', from: x0 - r, to: width, inside: false, text: short })
					: place({ labelX: x0 - off, labelAnchor: 'end', from: 0, to: x1 + r, inside: false, text: short });
			}
			// No room at all: a label that must show slides inside the width.
			const labelX = Math.max(0, Math.min(x1 + off, width - w));
			return place({ labelX, labelAnchor: 'start', from: Math.min(x0 - r, labelX), to: Math.max(x1 + r, labelX + w), inside: false, text, fits: false });
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
		const { labelX, labelAnchor, inside, text } = label.get(e)!;
		return { ...px.get(e)!, labelX, labelAnchor, labelInside: inside, label: text };
	};
	const always = new Set([...(o.focal ?? []), ...(o.selected ? [o.selected] : [])]);
	const loose = assignLanes(events, withLabel, o.order);
	const crowded = new Set(loose.lanes.filter((l) => l.rows > maxRows).map((l) => l.key));
	if (crowded.size === 0)
		return { lanes: loose.lanes, marks: giveWay(loose.marks.map((m) => ({ ...m, ...geometry(m.event), showLabel: label.get(m.event)!.fits ?? true })), always, withLabel) };

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
	const decided = new Map(
		placed.map((m) => {
			const [from, to] = withLabel(m.event);
			return [m, { ...m, ...geometry(m.event), showLabel: (label.get(m.event)!.fits ?? true) && (!crowded.has(m.lane) || (from > prev.get(m)! && to < next.get(m)!)) }];
		})
	);
	// Where the whole name has no room, as many of its words as there is room for: inside a bar, or
	// after the mark up to the next mark (or to the next label, where that one sits before its mark).
	for (const row of byRow.values())
		row.forEach((m, i) => {
			const mark = decided.get(m)!;
			const place = label.get(m.event)!;
			if (!crowded.has(m.lane) || mark.showLabel || place.inside || place.fits === false) return;
			const after = row[i + 1] && decided.get(row[i + 1]!)!;
			const limit = !after ? width : after.showLabel && after.labelAnchor === 'end' ? withLabel(after.event)[0] : next.get(m)!;
			const labelX = mark.x1 + place.off;
			const room = limit - gap - labelX;
			const shortened = (room: number) => shorten(m.event.title, room, place.width);
			if (place.within >= least && place.within >= room) decided.set(m, { ...mark, showLabel: true, labelInside: true, labelX: Math.max(mark.x0, 0) + r, labelAnchor: 'start', label: shortened(place.within) });
			else if (room >= least) decided.set(m, { ...mark, showLabel: true, labelX, labelAnchor: 'start', label: shortened(room) });
		});
	const marks = placed.map((m) => decided.get(m)!);
	return { lanes, marks: giveWay(marks, always, withLabel) };
}

/**
 * The words of `text` that fit in `room` px, with an ellipsis: cut at a word's end, so that what
 * shows is words of the event's name (screen readers hear the whole). `width` is the whole text's.
 */
function shorten(text: string, room: number, width: number): string {
	const perChar = width / Math.max(1, text.length);
	const cut = text.slice(0, Math.max(1, Math.floor(room / perChar) - 1));
	return `${(/\s/.test(text[cut.length] ?? ' ') ? cut : cut.replace(/\s*\S*$/, '') || cut).trimEnd()}…`;
}

/** Shows the labels that must show (selected, focal) and hides the labels in their rows that they would cover. */
function giveWay(marks: Mark[], always: ReadonlySet<string>, box: (e: Item) => [number, number]): Mark[] {
	const chosen = marks.filter((m) => always.has(m.event.id));
	if (!chosen.length) return marks;
	return marks.map((m) => {
		if (always.has(m.event.id)) return { ...m, showLabel: true };
		const [a, b] = box(m.event);
		const covered = chosen.some((c) => c.lane === m.lane && c.row === m.row && a < box(c.event)[1] && b > box(c.event)[0]);
		return covered && m.showLabel ? { ...m, showLabel: false } : m;
	});
}
