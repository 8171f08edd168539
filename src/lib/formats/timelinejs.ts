/**
 * TimelineJS3 JSON (timeline.knightlab.com/docs/json-format.html) ↔ events. A slide's date
 * parts become EDTF at the precision they give; its headline the title, its text the
 * summary, its group the kind; the rest of the slide (media, background…) stays in `extra`.
 */
import { fieldName } from '$lib/model/json-source';
import type { ImportedEvent } from '$lib/model/schema';
import { applyCarried, CARRIED_KEY, setOwn, withCarried } from './carried';
import { edtfToRange, partsToEdtf, rangeToEdtf, type DateParts } from './dates';
import { readJsonFile, toPath, type JsonText } from './jsonText';
import { fileResult, readRelations } from './fileLevel';
import {
	isRecord,
	newDraft,
	readKind,
	refuse,
	show,
	sortDrafts,
	type Draft,
	type ModelPath
} from './sink';
import { emptyResult, type ExportData, type ImportResult } from './types';

const PARTS = ['year', 'month', 'day', 'hour', 'minute', 'second', 'millisecond'] as const;
const SLIDE_FIELDS = [
	'unique_id',
	'start_date',
	'end_date',
	'text',
	'group',
	'display_date',
	CARRIED_KEY
];
/** Where a path of the event model stands on a slide. */
const SLIDE_FIELD: Record<string, string> = {
	id: 'unique_id',
	title: 'text.headline',
	summary: 'text.text',
	kind: 'group',
	'date.edtf': 'start_date',
	'date.written': 'display_date'
};

/** Whether a slide field (nested ones as "text.headline") is one the importer reads. */
const readsField = (key: string) =>
	SLIDE_FIELDS.includes(key) ||
	/^(start_date|end_date)\.(year|month|day|hour|minute|second|millisecond)$|^text\.(headline|text)$/.test(
		key
	);

function slideField(path: ModelPath): string {
	const text = fieldName(path);
	if (SLIDE_FIELD[text]) return SLIDE_FIELD[text];
	if (path[0] === 'extra' && path.length > 1) return String(path[1]);
	return `${CARRIED_KEY}.${text}`;
}

/** A whole number as TimelineJS writes it: a number or a string of digits; blank means absent. */
function readWhole(value: unknown): number | undefined | null {
	if (value === undefined || value === null || value === '') return undefined;
	if (typeof value === 'number') return Number.isSafeInteger(value) ? value : null;
	if (typeof value === 'string' && /^\s*-?\d{1,16}\s*$/.test(value)) return Number(value);
	return null;
}

/** No end_date, or one that says nothing (spreadsheet exports write every part blank). */
const isBlank = (raw: unknown) =>
	raw === undefined ||
	raw === null ||
	(isRecord(raw) &&
		Object.entries(raw).every(
			([k, v]) => (PARTS as readonly string[]).includes(k) && readWhole(v) === undefined
		));

function readDate(raw: unknown, field: string, d: Draft): DateParts | undefined {
	if (!isRecord(raw)) {
		refuse(d, field, `expected a date object such as {"year": 2016, "month": 5}, got ${show(raw)}`);
		return undefined;
	}
	const parts: Partial<DateParts> = {};
	for (const [key, value] of Object.entries(raw)) {
		if (!(PARTS as readonly string[]).includes(key)) {
			d.leftovers.push([`${field}.${key}`, value]);
			continue;
		}
		const n = readWhole(value);
		if (n === null) refuse(d, `${field}.${key}`, `expected a whole number, got ${show(value)}`);
		else if (n !== undefined) parts[key as keyof DateParts] = n;
	}
	if (parts.year === undefined) {
		refuse(d, `${field}.year`, 'missing: a date needs at least its year');
		return undefined;
	}
	const edtf = partsToEdtf(parts as DateParts);
	if (!edtf.ok) refuse(d, field, edtf.error);
	return edtf.ok ? (parts as DateParts) : undefined;
}

function readText(raw: unknown, d: Draft) {
	if (raw !== undefined && !isRecord(raw))
		return refuse(d, 'text', `expected {"headline", "text"}, got ${show(raw)}`);
	const { headline, text, ...rest } = raw ?? {};
	if (typeof headline !== 'string' || !headline)
		refuse(d, 'text.headline', `missing: every event needs a headline, got ${show(headline)}`);
	else d.event.title = headline;
	if (typeof text === 'string') {
		if (text) d.event.summary = text;
	} else if (text !== undefined) refuse(d, 'text.text', `expected a string, got ${show(text)}`);
	for (const [key, value] of Object.entries(rest)) d.leftovers.push([`text.${key}`, value]);
}

/** The EDTF a slide's dates give, as an exported slide would give it back. */
export const roundTrip = (edtf: string) => {
	const range = edtfToRange(edtf);
	const back = range.ok ? rangeToEdtf(range.value.start, range.value.end) : range;
	return back.ok ? back.value : undefined;
};

function readSlide(slide: unknown, i: number, json: JsonText): Draft {
	const line = (field?: string) => json.lineOf(['events', i, ...(field ? toPath(field) : [])]);
	const d = newDraft(
		`events[${i}]`,
		isRecord(slide) ? slide.unique_id : undefined,
		line,
		slideField
	);
	if (!isRecord(slide)) {
		refuse(d, undefined, `expected a slide object, got ${show(slide)}`);
		return d;
	}
	readText(slide.text, d);
	if (slide.start_date === undefined)
		refuse(d, 'start_date', 'missing: every event needs a start_date');
	const start =
		slide.start_date === undefined ? undefined : readDate(slide.start_date, 'start_date', d);
	const hasEnd = !isBlank(slide.end_date);
	const end = hasEnd ? readDate(slide.end_date, 'end_date', d) : undefined;
	let edtf: string | undefined;
	if (start && (end || !hasEnd)) {
		const range = rangeToEdtf(start, end);
		if (range.ok) edtf = range.value;
		else refuse(d, 'end_date', range.error);
	}
	const { group, display_date } = slide;
	readKind(d, group);
	if (display_date !== undefined && typeof display_date !== 'string')
		refuse(d, 'display_date', `expected a string, got ${show(display_date)}`);
	const written = typeof display_date === 'string' && display_date ? display_date : undefined;
	applyCarried(slide[CARRIED_KEY], d, { edtf, roundTrip, written, field: 'start_date' });
	for (const [key, value] of Object.entries(slide))
		if (!SLIDE_FIELDS.includes(key)) d.leftovers.push([key, value]);
	return d;
}

export function importTimelineJs(text: string): ImportResult {
	const file = readJsonFile(text, 'timelinejs');
	if (!file.ok) return file.result;
	const { value, lineOf } = file.json;
	if (!isRecord(value) || !Array.isArray(value.events))
		return emptyResult('timelinejs', [
			{
				line: 1,
				field: 'events',
				message: 'not a TimelineJS file: expected an object with an "events" list'
			}
		]);
	const { events, [CARRIED_KEY]: carried, ...fileExtra } = value;
	const sorted = sortDrafts(
		events.map((s, i) => readSlide(s, i, file.json)),
		'unique_id',
		true
	);
	const at = (field: string) => lineOf(toPath(field));
	const rel = readRelations(
		isRecord(carried) ? carried.relations : undefined,
		`${CARRIED_KEY}.relations`,
		at
	);
	return fileResult('timelinejs', sorted, rel, fileExtra, lineOf);
}

function toSlide(e: ImportedEvent): Record<string, unknown> {
	const range = edtfToRange(e.date.edtf);
	if (!range.ok) throw new Error(`event ${e.id}: ${range.error}`);
	const { start, end } = range.value;
	const slide: Record<string, unknown> = { unique_id: e.id, start_date: { ...start } };
	if (end) slide.end_date = { ...end };
	slide.text = { headline: e.title, ...(e.summary ? { text: e.summary } : {}) };
	slide.group = e.kind;
	if (e.date.written) slide.display_date = e.date.written;
	return withCarried(slide, e, readsField);
}

/** A TimelineJS3 timeline of the events; `extra` puts back a title slide, eras or scale. */
export function exportTimelineJs(data: ExportData): string {
	const root: Record<string, unknown> = {};
	for (const [key, value] of Object.entries(data.extra ?? {})) setOwn(root, key, value);
	root.events = data.events.map(toSlide);
	if (data.relations?.length) root[CARRIED_KEY] = { relations: data.relations };
	return JSON.stringify(root, null, 2) + '\n';
}
