/**
 * Collects the records of one imported file: gives each an id, checks it against the schema
 * and its date against EDTF, refuses duplicate ids, and tallies what went into `extra`.
 */
import { zodIssues } from '$lib/model/issues';
import { EVENT_KINDS, Id, ImportedEvent } from '$lib/model/schema';
import { readEdtf } from './dates';
import type { Problem } from './types';
import { slug } from '$lib/model/slug';

export type ModelPath = PropertyKey[];

export interface Draft {
	/** How messages name the record: "row 3", "events[2]". */
	record: string;
	/** Line of a field of the record, named as the file names it. */
	line(field?: string): number | undefined;
	/** The id as the file gives it, if it gives one. */
	id: unknown;
	/** The event's other fields, mapped from the file; `extra` may already hold some. */
	event: Record<string, unknown>;
	/** Fields of the record that the model cannot hold, under their names in the file. */
	leftovers: [string, unknown][];
	/** Problems found while mapping the record; any of them rejects it. */
	problems: Problem[];
	/** What was kept but changed while mapping it. */
	notes: Problem[];
	/** A path in the event model named as the file names it ("date.edtf" → "start_date"). */
	fieldOf(path: ModelPath): string;
}

export function newDraft(
	record: string,
	id: unknown,
	line: Draft['line'],
	fieldOf: Draft['fieldOf']
): Draft {
	return { record, id, line, fieldOf, event: {}, leftovers: [], problems: [], notes: [] };
}

/** Records a problem with one field of a draft, which rejects it. */
export function refuse(d: Draft, field: string | undefined, message: string) {
	d.problems.push({ record: d.record, line: d.line(field), field, message });
}

/** A value as messages quote it, cut short. */
export function show(value: unknown): string {
	let text: string;
	try {
		text = value === undefined ? 'nothing' : (JSON.stringify(value) ?? String(value));
	} catch {
		// Too deep to write out: say what it is instead.
		text = Array.isArray(value) ? 'a list' : typeof value;
	}
	return text.length > 40 ? `${text.slice(0, 37)}…` : text;
}

function valueAt(value: unknown, path: PropertyKey[]): unknown {
	return path.reduce<unknown>(
		(v, k) => (v && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[k] : undefined),
		value
	);
}

/** A tool's group read as the kind; a group that names none is kept in extra. */
export function readKind(d: Draft, group: unknown) {
	const kind = EVENT_KINDS.find((k) => k === group);
	d.event.kind = kind ?? 'other';
	if (!kind && group !== undefined) d.leftovers.push(['group', group]);
}

export const isRecord = (v: unknown): v is Record<string, unknown> =>
	v !== null && typeof v === 'object' && !Array.isArray(v);

/** A readable, valid id made of any text: "Attack on Westminster!" → "attack-on-westminster". */
export function slugify(text: string): string {
	return slug(text).slice(0, 60).replace(/-+$/, '') || 'event';
}

// Assigning it would replace the prototype of the extra map instead of storing a value.
const RESERVED = '__proto__';

export interface Sorted {
	events: ImportedEvent[];
	rejected: Problem[];
	notes: Problem[];
}

interface Checked {
	event?: ImportedEvent;
	problems: Problem[];
	notes: Problem[];
	/** Fields of the record moved into extra. */
	moved: string[];
}

/** The record's extra map: its own extra, then the fields the model cannot hold. */
function collectExtra(
	d: Draft,
	first: [string, unknown][],
	checked: Checked
): Record<string, unknown> | undefined {
	const extra = [...first];
	const keep = (key: string, value: unknown, moved: boolean) => {
		const why =
			key === RESERVED
				? 'the name is reserved'
				: extra.some(([k]) => k === key) && 'extra already holds a value of that name';
		if (why)
			return checked.notes.push({
				record: d.record,
				line: d.line(key),
				field: key,
				message: `not kept: ${why}`
			});
		extra.push([key, value]);
		if (moved) checked.moved.push(key);
	};
	const own = d.event.extra;
	if (own !== undefined && !isRecord(own))
		checked.problems.push({
			record: d.record,
			line: d.line('extra'),
			field: 'extra',
			message: `expected an object of named values, got ${show(own)}`
		});
	for (const [key, value] of isRecord(own) ? Object.entries(own) : []) keep(key, value, false);
	for (const [key, value] of d.leftovers) keep(key, value, true);
	return extra.length ? Object.fromEntries(extra) : undefined;
}

/** Checks the candidate; what mapping already refused gets no second message. */
function checkDraft(d: Draft, candidate: Record<string, unknown>, checked: Checked): void {
	const problems = checked.problems;
	const mapped = problems.length;
	const reject = (field: string, message: string) =>
		problems.push({ record: d.record, line: d.line(field), field, message });
	const known = (field: string, path: PropertyKey[]) =>
		// A value left out because its source was bad, a whole record that was no object, the field itself.
		(mapped && valueAt(candidate, path) === undefined) ||
		problems.some((p) => {
			const [a, b] = [`${p.field}.`, `${field}.`];
			return p.field === undefined || a.startsWith(b) || b.startsWith(a);
		});
	const parsed = ImportedEvent.safeParse(candidate);
	if (!parsed.success) {
		// Fields named as the imported file names them (a column, a key), each reported once.
		for (const { path, field, message } of zodIssues(parsed.error, (path) => ({ path, field: d.fieldOf(path) })))
			if (!known(field, path)) reject(field, message);
		return;
	}
	const date = readEdtf(parsed.data.date.edtf);
	if (!date.ok) reject(d.fieldOf(['date', 'edtf']), date.error);
	if (!problems.length) checked.event = parsed.data;
}

/**
 * The id a record is stored under. An id that is not valid becomes a slug (the original kept
 * in extra); a missing one is made from the title; `fresh` gives a free id from a base.
 */
function assignId(
	d: Draft,
	idField: string,
	checked: Checked,
	first: [string, unknown][],
	fresh: (base: string) => string
): unknown {
	const written = typeof d.id === 'string' || typeof d.id === 'number' ? String(d.id) : undefined;
	const note = (message: string, field?: string) =>
		({ record: d.record, line: d.line(field), field: idField, message }) satisfies Problem;
	if (d.id !== undefined && d.id !== null && written === undefined) {
		checked.problems.push(note(`expected text or a number, got ${show(d.id)}`, idField));
		return d.id;
	}
	if (Id.safeParse(d.id).success) return d.id;
	const base = slugify(written || (typeof d.event.title === 'string' ? d.event.title : ''));
	const id = fresh(base);
	if (written) first.push([idField, d.id]);
	checked.notes.push(
		written
			? note(
					`"${written}" is not a valid id; stored as "${id}", the original kept in extra`,
					idField
				)
			: note(`no id; made "${id}" from the title`)
	);
	return id;
}

/**
 * Turns drafts into events, each checked on its own, a batch at a time so that a file read as
 * a stream is sorted as it comes. With `rewriteIds`, ids are made or mended as `assignId`
 * says, and ids the file gives win over made ones (of a streamed file: those given so far).
 */
export class DraftSorter {
	private readonly given = new Set<string>();
	private readonly taken = new Set<string>();
	/** The suffix each made id tried last: a thousand rows titled alike must not each count from 2. */
	private readonly suffix = new Map<string, number>();
	private readonly firstAt = new Map<string, string>();
	private readonly moved = new Map<string, { count: number; line?: number }>();

	constructor(
		private readonly idField: string,
		private readonly rewriteIds: boolean
	) {}

	/** The events and problems of one batch of drafts. */
	add(drafts: Draft[]): Sorted {
		for (const d of drafts) if (Id.safeParse(d.id).success) this.given.add(d.id as string);
		const sorted: Sorted = { events: [], rejected: [], notes: [] };
		for (const d of drafts) this.sortOne(d, sorted);
		return sorted;
	}

	/** The notes on fields kept in extra, counted over every batch. */
	finish(): Problem[] {
		return [...this.moved].map(([field, { count, line }]) => ({
			line,
			field,
			message: `not in the event model; kept in extra on ${count} event(s)`
		}));
	}

	private fresh(base: string): string {
		const free = (id: string) => !this.given.has(id) && !this.taken.has(id);
		if (free(base)) return base;
		let n = this.suffix.get(base) ?? 2;
		while (!free(`${base}-${n}`)) n++;
		this.suffix.set(base, n + 1);
		return `${base}-${n}`;
	}

	private sortOne(d: Draft, sorted: Sorted): void {
		const { idField, taken, firstAt } = this;
		const checked: Checked = { problems: [...d.problems], notes: [...d.notes], moved: [] };
		const first: [string, unknown][] = [];
		const id = this.rewriteIds
			? assignId(d, idField, checked, first, (base) => this.fresh(base))
			: d.id;
		if (typeof id === 'string') {
			const seen = firstAt.get(id);
			if (seen)
				checked.problems.push({
					record: d.record,
					line: d.line(idField),
					field: idField,
					message: `duplicate id "${id}" (first in ${seen})`
				});
			else firstAt.set(id, d.record);
			taken.add(id);
		}
		const extra = collectExtra(d, first, checked);
		checkDraft(d, { ...d.event, id, ...(extra ? { extra } : {}) }, checked);
		if (!checked.event) {
			sorted.rejected.push(...checked.problems);
			return;
		}
		sorted.events.push(checked.event);
		sorted.notes.push(...checked.notes);
		for (const key of checked.moved) {
			const m = this.moved.get(key) ?? { count: 0, line: d.line(key) };
			this.moved.set(key, { ...m, count: m.count + 1 });
		}
	}
}

/** Sorts the drafts of a whole file at once. */
export function sortDrafts(drafts: Draft[], idField: string, rewriteIds: boolean): Sorted {
	const sorter = new DraftSorter(idField, rewriteIds);
	const sorted = sorter.add(drafts);
	return { ...sorted, notes: [...sorted.notes, ...sorter.finish()] };
}
