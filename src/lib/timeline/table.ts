/**
 * A large corpus in columns: a million events as a few typed arrays (start and end times,
 * a lane number) instead of a million objects, sorted once by start. The timeline draws it
 * as density bins from per-lane sorted positions, and makes an Item only for the few rows
 * it shows one by one. Sorting and indexing (`sortColumns`) are pure and run in a worker
 * (table-worker.ts); what is left on the main thread per view is binary search.
 */
import { bisectLeft, bisectRight } from 'd3';
import type { DateInterval } from '$lib/time/interval';
import type { LaneIndex } from './bins';
import type { Item } from './items';

/** Events as columns, in any order: row i is one event. */
export interface TableColumns {
	/** Start of each event (ms UTC). */
	start: Float64Array;
	/** End of each event (ms UTC), not before its start; omitted when every event is an instant. */
	end?: Float64Array;
	/** Each event's lane, as an index into the table's lane keys. */
	lane: Uint8Array | Uint16Array;
}

/** The columns sorted by start (ties keep their source order), with each lane's positions sorted for counting. */
export interface SortedColumns {
	start: Float64Array;
	/** The same array as `start` when every event is an instant. */
	end: Float64Array;
	lane: Uint8Array | Uint16Array;
	/** Each sorted row's row in the source columns: how ids and titles are found. */
	source: Uint32Array;
	/** Per lane number, its events' starts and ends, each sorted: what bins are counted from. */
	laneStarts: Float64Array[];
	laneEnds: Float64Array[];
	/** The longest event (ms): how far before a view an event can start and still reach into it. */
	longest: number;
}

/** Steps a time column is often whole multiples of (ms): a day, an hour, a minute, a second, a millisecond. */
const RESOLUTIONS = [86_400_000, 3_600_000, 60_000, 1000, 1];

/**
 * The order of rows by start, ties in row order, and the starts in that order. Where each (start, row) pair packs exactly
 * into one float, as times at a whole minute or day over decades do for millions of rows, the
 * pairs are sorted by the native numeric sort, which is many times faster than a sort that
 * calls a comparator; otherwise a comparator sorts the row numbers.
 */
export function orderByStart(start: Float64Array): { order: Uint32Array; sorted: Float64Array } {
	const n = start.length;
	const order = new Uint32Array(n);
	const sorted = new Float64Array(n);
	let min = Infinity;
	let max = -Infinity;
	for (let i = 0; i < n; i++) {
		min = Math.min(min, start[i]!);
		max = Math.max(max, start[i]!);
	}
	let q = 0;
	for (const step of RESOLUTIONS) {
		let i = 0;
		// Whole ms only: differences of whole numbers under 2^53 apart are exact, so no two starts share a key.
		while (i < n && Number.isInteger(start[i]) && (start[i]! - min) % step === 0) i++;
		if (i === n) {
			q = step;
			break;
		}
	}
	if (q && ((max - min) / q + 1) * n < Number.MAX_SAFE_INTEGER) {
		const keys = new Float64Array(n);
		for (let i = 0; i < n; i++) keys[i] = ((start[i]! - min) / q) * n + i;
		keys.sort();
		// Each key gives back its row and its start, in order: no random reads of the column.
		for (let k = 0; k < n; k++) {
			const i = keys[k]! % n;
			order[k] = i;
			sorted[k] = min + ((keys[k]! - i) / n) * q;
		}
		return { order, sorted };
	}
	for (let i = 0; i < n; i++) order[i] = i;
	order.sort((a, b) => start[a]! - start[b]! || a - b);
	for (let k = 0; k < n; k++) sorted[k] = start[order[k]!]!;
	return { order, sorted };
}

/**
 * Sorts the columns by start and indexes each lane; pure, so that it can run in a worker.
 * @throws RangeError naming the first row whose start or end is not a finite time, or whose end is before its start, or whose lane is out of range
 */
export function sortColumns(columns: TableColumns, laneCount: number): SortedColumns {
	const { start, end, lane } = columns;
	const n = start.length;
	if (lane.length !== n || (end && end.length !== n)) throw new RangeError(`sortColumns: columns differ in length (start ${n}, end ${end?.length ?? n}, lane ${lane.length})`);
	let longest = 0;
	for (let i = 0; i < n; i++) {
		const a = start[i]!;
		const b = end ? end[i]! : a;
		if (!Number.isFinite(a) || !Number.isFinite(b) || b < a) throw new RangeError(`sortColumns: row ${i} has [${a}, ${b}], not a finite [start, end] in ms`);
		if (lane[i]! >= laneCount) throw new RangeError(`sortColumns: row ${i} has lane ${lane[i]}, but there are ${laneCount} lanes`);
		if (b - a > longest) longest = b - a;
	}
	const { order: source, sorted } = orderByStart(start);
	const sortedEnd = end ? end.slice() : sorted;
	const sortedLane = lane.slice();
	const sizes = new Uint32Array(laneCount);
	for (let k = 0; k < n; k++) {
		const i = source[k]!;
		if (end) sortedEnd[k] = end[i]!;
		sortedLane[k] = lane[i]!;
		sizes[sortedLane[k]!]!++;
	}
	const laneStarts = Array.from(sizes, (size) => new Float64Array(size));
	const laneEnds = end ? Array.from(sizes, (size) => new Float64Array(size)) : laneStarts;
	const filled = new Uint32Array(laneCount);
	for (let k = 0; k < n; k++) {
		const l = sortedLane[k]!;
		const j = filled[l]!++;
		laneStarts[l]![j] = sorted[k]!;
		if (end) laneEnds[l]![j] = sortedEnd[k]!;
	}
	if (end) for (const ends of laneEnds) ends.sort();
	return { start: sorted, end: sortedEnd, lane: sortedLane, source, laneStarts, laneEnds, longest };
}

/** The buffers a worker hands over without copying. */
export function transferablesOf(c: SortedColumns): ArrayBuffer[] {
	const arrays = [c.start, c.end, c.lane, c.source, ...c.laneStarts, ...c.laneEnds];
	return [...new Set(arrays.map((a) => a.buffer as ArrayBuffer))];
}

/** A stretch of time made from two numbers; its EDTF text is written only when something reads it. */
class Span implements DateInterval {
	constructor(
		readonly min: number,
		readonly max: number
	) {}
	get edtf() {
		const iso = (t: number) => new Date(t).toISOString();
		return this.point ? iso(this.min) : `${iso(this.min)}/${iso(this.max)}`;
	}
	get precision() {
		return 'time' as const;
	}
	get point() {
		return this.min === this.max;
	}
	get approximate() {
		return false;
	}
	get uncertain() {
		return false;
	}
}

/** What the columns do not hold: lane names and colours, and how a source row is named. */
export interface TableText {
	/** Lane keys by lane number. */
	lanes: readonly string[];
	/** A colour per lane number. */
	colours: readonly string[];
	/** A source row's id; by default its number, which `find` then reads back without an index. */
	id?: (row: number) => string;
	/** A source row's title; by default its id. */
	title?: (row: number) => string;
}

/** Sorted columns with their names: what the timeline draws in place of an item list. */
export class EventTable {
	/** Per lane key, its sorted positions: the timeline's lane index (ms are the linear scale's units). */
	readonly index: LaneIndex;
	/** The first start and the last end (ms). */
	readonly extent: [number, number];
	#rowOfSource: Int32Array | undefined;
	#rowOfId: Map<string, number> | undefined;

	constructor(
		readonly columns: SortedColumns,
		readonly text: TableText
	) {
		const { start, laneStarts, laneEnds } = columns;
		// Only lanes with events, as an item list would give.
		this.index = new Map(text.lanes.flatMap((key, l) => (laneStarts[l]!.length ? [[key, { starts: laneStarts[l]!, ends: laneEnds[l]! }]] : [])));
		let last = -Infinity;
		for (const ends of laneEnds) if (ends.length) last = Math.max(last, ends[ends.length - 1]!);
		this.extent = start.length ? [start[0]!, last] : [0, 0];
	}

	get length(): number {
		return this.columns.start.length;
	}

	/** Two items spanning the table: enough to build a linear scale on. */
	get bounds(): Item[] {
		if (!this.length) return [];
		const [a, b] = this.extent;
		return [this.#item(0, new Span(a, a)), this.#item(0, new Span(b, b))];
	}

	/** The rows [from, to) that may reach into [a, b] (ms): those starting in it, and before it by up to the longest event. */
	rowsIn(a: number, b: number): [from: number, to: number] {
		const { start, longest } = this.columns;
		return [bisectLeft(start, a - longest), bisectRight(start, b)];
	}

	/** The item of a sorted row, made now: the table keeps no objects. */
	item(row: number): Item {
		const { start, end } = this.columns;
		return this.#item(row, new Span(start[row]!, end[row]!));
	}

	#item(row: number, when: DateInterval): Item {
		const { source, lane } = this.columns;
		const { lanes, colours, id = String, title } = this.text;
		const i = source[row]!;
		const name = id(i);
		return { id: name, title: title ? title(i) : name, when, colour: colours[lane[row]!]!, lanes: [lanes[lane[row]!]!] };
	}

	/** The item with this id, if any. The first look-up by a custom id indexes every row. */
	find(id: string): Item | undefined {
		const row = this.rowOf(id);
		return row < 0 ? undefined : this.item(row);
	}

	rowOf(id: string): number {
		const { source } = this.columns;
		if (!this.text.id) {
			const i = /^\d+$/.test(id) ? Number(id) : -1;
			if (!(i >= 0 && i < source.length)) return -1;
			if (!this.#rowOfSource) {
				this.#rowOfSource = new Int32Array(source.length);
				source.forEach((s, row) => (this.#rowOfSource![s] = row));
			}
			return this.#rowOfSource[i]!;
		}
		if (!this.#rowOfId) {
			const id = this.text.id;
			this.#rowOfId = new Map();
			source.forEach((s, row) => this.#rowOfId!.set(id(s), row));
		}
		return this.#rowOfId.get(id) ?? -1;
	}
}
