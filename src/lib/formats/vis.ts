/**
 * vis-timeline items (visjs.github.io/vis-timeline/docs/timeline/#items) ↔ events. An
 * item's content becomes the title, its title (the tooltip) the summary, its group the kind,
 * its start and end an EDTF date at the precision written; type, className, style and the
 * rest stay in `extra`.
 */
import { fieldName } from '$lib/model/json-source';
import type { ImportedEvent } from '$lib/model/schema';
import { parseEdtf } from '$lib/time/interval';
import { applyCarried, CARRIED_KEY, withCarried } from './carried';
import { isoToEdtf, joinInterval } from './dates';
import { readJsonFile, toPath } from './jsonText';
import { fileResult } from './fileLevel';
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

const ITEM_FIELDS = ['id', 'content', 'start', 'end', 'group', 'title', CARRIED_KEY];
const ITEM_FIELD: Record<string, string> = {
	id: 'id',
	title: 'content',
	summary: 'title',
	kind: 'group',
	'date.edtf': 'start'
};

function itemField(path: ModelPath): string {
	const text = fieldName(path);
	if (ITEM_FIELD[text]) return ITEM_FIELD[text];
	if (path[0] === 'extra' && path.length > 1) return String(path[1]);
	return `${CARRIED_KEY}.${text}`;
}

/** Where vis-timeline should draw an EDTF date: a day or instant as a point, the rest as a range. */
export function edtfToVis(edtf: string): { start: string; end?: string } {
	const parsed = parseEdtf(edtf);
	if (!parsed.ok) throw new Error(parsed.error);
	const { min, max, point, precision } = parsed.value;
	const iso = (ms: number) => new Date(ms).toISOString();
	if (point) return { start: precision === 'day' ? iso(min).slice(0, -14) : iso(min) };
	// vis-timeline ends a range at an instant: the last one the interval holds.
	return { start: iso(min), end: iso(max) };
}

function readDates(item: Record<string, unknown>, d: Draft): string | undefined {
	const start = item.start === undefined ? undefined : isoToEdtf(item.start);
	if (!start) refuse(d, 'start', 'missing: every item needs a start');
	else if (!start.ok) refuse(d, 'start', start.error);
	const end = item.end === undefined || item.end === null ? undefined : isoToEdtf(item.end);
	if (end && !end.ok) refuse(d, 'end', end.error);
	if (!start?.ok || (end && !end.ok)) return undefined;
	const edtf = end ? joinInterval(start.value, end.value) : start;
	if (!edtf.ok) refuse(d, 'end', edtf.error);
	return edtf.ok ? edtf.value : undefined;
}

/** The EDTF an exported item's start and end give back. */
function roundTrip(edtf: string): string | undefined {
	if (!parseEdtf(edtf).ok) return undefined;
	const { start, end } = edtfToVis(edtf);
	const a = isoToEdtf(start);
	const b = end === undefined ? undefined : isoToEdtf(end);
	if (!a.ok || (b && !b.ok)) return undefined;
	return b?.ok ? `${a.value}/${b.value}` : a.value;
}

function readItem(
	item: unknown,
	line: (field?: string) => number | undefined,
	record: string
): Draft {
	// vis-timeline ids are often numbers; as text they are valid ids.
	const id =
		isRecord(item) && typeof item.id === 'number'
			? String(item.id)
			: isRecord(item)
				? item.id
				: undefined;
	const d = newDraft(record, id, line, itemField);
	if (!isRecord(item)) {
		refuse(d, undefined, `expected an item object, got ${show(item)}`);
		return d;
	}
	const { content, title, group } = item;
	if ((typeof content !== 'string' || !content) && typeof content !== 'number')
		refuse(
			d,
			'content',
			`missing: every item needs content to title its event, got ${show(content)}`
		);
	else d.event.title = String(content);
	if (typeof title === 'string') {
		if (title) d.event.summary = title;
	} else if (title !== undefined) refuse(d, 'title', `expected a string, got ${show(title)}`);
	readKind(d, group);
	const edtf = readDates(item, d);
	applyCarried(item[CARRIED_KEY], d, { edtf, roundTrip, field: 'start' });
	for (const [key, value] of Object.entries(item))
		if (!ITEM_FIELDS.includes(key)) d.leftovers.push([key, value]);
	return d;
}

/** Reads a JSON list of items, or an object with "items" (and "groups", kept in extra). */
export function importVis(text: string): ImportResult {
	const file = readJsonFile(text, 'vis');
	if (!file.ok) return file.result;
	const { value, lineOf } = file.json;
	const wrapped = isRecord(value) && Array.isArray(value.items);
	const items = wrapped ? (value.items as unknown[]) : value;
	if (!Array.isArray(items))
		return emptyResult('vis', [
			{
				line: 1,
				message:
					'not a vis-timeline file: expected a list of items or an object with an "items" list'
			}
		]);
	const prefix = wrapped ? ['items'] : [];
	const drafts = items.map((item, i) =>
		readItem(
			item,
			(field) => lineOf([...prefix, i, ...(field ? toPath(field) : [])]),
			`${prefix[0] ?? ''}[${i}]`
		)
	);
	const sorted = sortDrafts(drafts, 'id', true);
	const fileExtra = wrapped
		? Object.fromEntries(Object.entries(value).filter(([k]) => k !== 'items'))
		: {};
	const none = { relations: [], rejected: [] };
	return fileResult('vis', sorted, none, fileExtra, lineOf);
}

function toItem(e: ImportedEvent): Record<string, unknown> {
	const item: Record<string, unknown> = {
		id: e.id,
		content: e.title,
		...edtfToVis(e.date.edtf),
		group: e.kind
	};
	if (e.summary) item.title = e.summary;
	return withCarried(item, e, (key) => ITEM_FIELDS.includes(key));
}

/** vis-timeline items; with `extra` (groups…) the items are wrapped in an object as they came. */
export function exportVis(data: ExportData): string {
	const items = data.events.map(toItem);
	const extra = data.extra && Object.keys(data.extra).length ? data.extra : undefined;
	return JSON.stringify(extra ? { ...extra, items } : items, null, 2) + '\n';
}
