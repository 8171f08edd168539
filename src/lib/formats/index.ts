/**
 * Reading and writing other tools' files: picks the format of a file by its name and
 * contents, and exports a list of events (the current view) in any of them.
 */
import Papa from 'papaparse';
import { exportCsv } from './csv';
import { layoutOf, layoutPicker } from './layouts';
import { exportOwn, importOwn } from './own';
import { columnName, readRowText } from './rows';
import { exportSheet } from './sheet-export';
import { exportTimelineJs, importTimelineJs } from './timelinejs';
import { exportVis, importVis } from './vis';
import {
	emptyResult,
	ROW_FORMATS,
	tooLarge,
	type ExportData,
	type ExportFormat,
	type FormatName,
	type ImportResult
} from './types';

export * from './types';

export const FORMATS: Record<FormatName, { label: string; extension: string; mime: string }> = {
	json: { label: 'Event Timeline JSON', extension: 'json', mime: 'application/json' },
	csv: { label: 'CSV spreadsheet', extension: 'csv', mime: 'text/csv' },
	timelinejs: { label: 'TimelineJS3 JSON', extension: 'json', mime: 'application/json' },
	vis: { label: 'vis-timeline items', extension: 'json', mime: 'application/json' },
	'timelinejs-sheet': { label: 'TimelineJS Google Sheet (CSV)', extension: 'csv', mime: 'text/csv' },
	acled: { label: 'ACLED export (CSV)', extension: 'csv', mime: 'text/csv' },
	gtd: { label: 'Global Terrorism Database (CSV)', extension: 'csv', mime: 'text/csv' }
};

const JSON_IMPORTERS: Partial<Record<FormatName, (text: string) => ImportResult>> = {
	json: importOwn,
	timelinejs: importTimelineJs,
	vis: importVis
};

/** Which JSON format a parsed value is in, by its shape. */
function jsonFormat(value: unknown): FormatName | undefined {
	if (Array.isArray(value)) return 'vis';
	if (!value || typeof value !== 'object') return undefined;
	const { events, items, title, eras } = value as Record<string, unknown>;
	if (Array.isArray(items)) return 'vis';
	if (!Array.isArray(events)) return undefined;
	const slide = (e: unknown) => !!e && typeof e === 'object' && 'start_date' in e;
	// Event files have neither a title slide nor eras; TimelineJS files may have no slides yet.
	return events.some(slide) || (title && typeof title === 'object') || eras ? 'timelinejs' : 'json';
}

/** The spreadsheet layout a text's header row names (the text may be just its start). */
function headerFormat(body: string): FormatName {
	const [header] = Papa.parse<string[]>(body, { preview: 1 }).data;
	return layoutOf((header ?? []).map(columnName)).format;
}

/**
 * The format of a file: JSON files by their shape; spreadsheets by their header row (ACLED,
 * GTD and TimelineJS's template by their own columns), which `.csv`/`.tsv` files must have,
 * and other files must name the title and date columns in. `text` may be the file's start.
 */
export function detectFormat(name: string, text: string): FormatName | undefined {
	const body = text.replace(/^\uFEFF/, '').trimStart();
	if (/\.(csv|tsv)$/i.test(name)) return headerFormat(body);
	if (body.startsWith('{') || body.startsWith('[')) {
		try {
			return jsonFormat(JSON.parse(body)) ?? (/\.json$/i.test(name) ? 'json' : undefined);
		} catch {
			return 'json';
		}
	}
	const format = headerFormat(body);
	if (format !== 'csv') return format;
	const header = body.split(/\r?\n/, 1)[0]!.toLowerCase();
	if (/\btitle\b/.test(header) && /\bdate\b/.test(header)) return 'csv';
	return undefined;
}

/** Imports a file of any supported format; `format` overrides detection. */
export function importFile(name: string, text: string, format?: FormatName): ImportResult {
	const big = tooLarge(text);
	if (big) return emptyResult(format ?? 'json', [big]);
	const found = format ?? detectFormat(name, text);
	if (found && ROW_FORMATS.includes(found)) return readRowText(text, layoutPicker(format));
	const importer = found && JSON_IMPORTERS[found];
	if (importer) return importer(text);
	return emptyResult('json', [
		{
			line: 1,
			message:
				'not JSON or CSV: expected an event file, TimelineJS3 or vis-timeline JSON, or a CSV with a header row'
		}
	]);
}

const EXPORTERS: Record<ExportFormat, (data: ExportData) => string> = {
	json: exportOwn,
	csv: exportCsv,
	timelinejs: exportTimelineJs,
	'timelinejs-sheet': exportSheet,
	vis: exportVis
};

/** Exports events; relations go along only when both their events do. */
export function exportEvents(format: ExportFormat, data: ExportData): string {
	const ids = new Set(data.events.map((e) => e.id));
	const relations = (data.relations ?? []).filter((r) => ids.has(r.from) && ids.has(r.to));
	return EXPORTERS[format]({ ...data, relations });
}
