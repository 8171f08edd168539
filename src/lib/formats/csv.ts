/**
 * Events as a spreadsheet: one row per event, a header row naming the columns (docs/formats.md
 * lists them). Lists are split on ";", nested records (sources, assessments, extra) are JSON
 * in their cell, and columns the layout does not know are kept in `extra`.
 */
import Papa from 'papaparse';
import type { ImportedEvent } from '$lib/model/schema';
import { fieldName } from '$lib/model/json-source';
import { refuse, show, type Draft, type ModelPath } from './sink';
import { defined } from './cells';
import { FORMULA, readRowText, type RowFormat } from './rows';
import { emptyResult, tooLarge, type ExportData, type ImportResult } from './types';

export const CSV_COLUMNS = [
	'id',
	'title',
	'kind',
	'date',
	'basis',
	'written',
	'relative_to',
	'citation_url',
	'citation_title',
	'planned',
	'summary',
	'actors',
	'places',
	'killed',
	'injured',
	'claimed',
	'claim_channel',
	'claim_wording',
	'assessments',
	'sources',
	'extra'
] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];
const REQUIRED: CsvColumn[] = ['title', 'date'];

/** The model path each column holds; lists and JSON cells are named by their column. */
const COLUMN_OF: Record<string, CsvColumn> = {
	'date.edtf': 'date',
	'date.basis': 'basis',
	'date.written': 'written',
	'date.relativeTo': 'relative_to',
	'date.citation': 'citation_url',
	'date.citation.url': 'citation_url',
	'date.citation.title': 'citation_title',
	'casualties.killed': 'killed',
	'casualties.injured': 'injured',
	'claim.channel': 'claim_channel',
	'claim.wording': 'claim_wording'
};

function csvField(path: ModelPath): string {
	const text = fieldName(path);
	if (COLUMN_OF[text]) return COLUMN_OF[text];
	const head = String(path[0]);
	if (head === 'actors' || head === 'places' || head === 'date') return COLUMN_OF[head] ?? head;
	return text;
}

const YES = ['yes', 'true', '1'];
const NO = ['no', 'false', '0'];

function readRow(cells: Map<string, string>, d: Draft): void {
	const e = d.event;
	const get = (column: CsvColumn) => cells.get(column) || undefined;
	const whole = (column: CsvColumn) => {
		const cell = get(column);
		if (cell === undefined) return undefined;
		if (/^\d{1,15}$/.test(cell.trim())) return Number(cell);
		refuse(d, column, `expected a whole number, got ${show(cell)}`);
		return undefined;
	};
	const json = (column: CsvColumn) => {
		const cell = get(column);
		try {
			return cell === undefined ? undefined : (JSON.parse(cell) as unknown);
		} catch (err) {
			refuse(d, column, `not valid JSON: ${(err as Error).message}`);
			return undefined;
		}
	};
	const yesNo = (column: CsvColumn) => {
		const cell = get(column)?.trim().toLowerCase();
		if (cell === undefined) return undefined;
		if (YES.includes(cell)) return true;
		if (NO.includes(cell)) return false;
		refuse(d, column, `expected yes or no, got ${show(get(column))}`);
		return undefined;
	};
	const list = (column: CsvColumn) =>
		(get(column) ?? '')
			.split(/[;,]/)
			.map((s) => s.trim())
			.filter(Boolean);

	for (const column of REQUIRED)
		if (!get(column)) refuse(d, column, `empty: every event needs a ${column}`);
	e.title = get('title');
	e.kind = get('kind') ?? 'other';
	if (yesNo('planned')) e.planned = true;
	e.summary = get('summary');
	const [url, title] = [get('citation_url'), get('citation_title')];
	const citation = url || title ? defined({ url, title }) : undefined;
	const date = {
		edtf: get('date'),
		basis: get('basis') ?? 'explicit',
		written: get('written'),
		relativeTo: get('relative_to'),
		citation
	};
	e.date = defined(date);
	e.actors = list('actors');
	e.places = list('places');
	const [killed, injured] = [whole('killed'), whole('injured')];
	if (killed !== undefined || injured !== undefined) e.casualties = defined({ killed, injured });
	const claimed = yesNo('claimed');
	const [channel, wording] = [get('claim_channel'), get('claim_wording')];
	if (claimed === false && (channel || wording))
		refuse(d, 'claimed', `"${get('claimed')}", yet the claim's channel or wording is given`);
	if (claimed || channel || wording) e.claim = defined({ channel, wording });
	e.assessments = json('assessments') ?? [];
	e.sources = json('sources') ?? [];
	const extra = json('extra');
	if (extra !== undefined) e.extra = extra;
	for (const [column, cell] of cells)
		if (!(CSV_COLUMNS as readonly string[]).includes(column) && cell)
			d.leftovers.push([column, cell]);
	for (const [k, v] of Object.entries(e)) if (v === undefined) delete e[k];
}

export const CSV_FORMAT: RowFormat = {
	format: 'csv',
	required: REQUIRED,
	idColumn: 'id',
	fieldOf: csvField,
	readRow
};

export const importCsv = (text: string): ImportResult => {
	const big = tooLarge(text);
	return big ? emptyResult('csv', [big]) : readRowText(text, () => CSV_FORMAT);
};

function toRow(e: ImportedEvent): Record<CsvColumn, string> {
	const json = (v: unknown) => (v === undefined ? '' : JSON.stringify(v));
	const claim = e.claim;
	return {
		id: e.id,
		title: e.title,
		kind: e.kind,
		date: e.date.edtf,
		basis: e.date.basis,
		written: e.date.written ?? '',
		relative_to: e.date.relativeTo ?? '',
		citation_url: e.date.citation?.url ?? '',
		citation_title: e.date.citation?.title ?? '',
		planned: e.planned ? 'yes' : '',
		summary: e.summary ?? '',
		actors: e.actors.join('; '),
		places: e.places.join('; '),
		killed: String(e.casualties?.killed ?? ''),
		injured: String(e.casualties?.injured ?? ''),
		claimed: claim ? 'yes' : '',
		claim_channel: claim?.channel ?? '',
		claim_wording: claim?.wording ?? '',
		assessments: e.assessments.length ? json(e.assessments) : '',
		sources: e.sources.length ? json(e.sources) : '',
		extra: e.extra && Object.keys(e.extra).length ? json(e.extra) : ''
	};
}

/** Every column, always in the same order, so that a spreadsheet of two exports lines up. */
export function exportCsv(data: ExportData): string {
	const rows = data.events.map(toRow);
	return (
		Papa.unparse(
			{ fields: [...CSV_COLUMNS], data: rows.map((r) => CSV_COLUMNS.map((c) => r[c])) },
			{ escapeFormulae: FORMULA }
		) + '\r\n'
	);
}
