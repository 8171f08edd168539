/**
 * Reading and writing other tools' files: picks the format of a file by its name and
 * contents, and exports a list of events (the current view) in any of them.
 */
import { exportCsv, importCsv } from './csv';
import { exportOwn, importOwn } from './own';
import { exportTimelineJs, importTimelineJs } from './timelinejs';
import { exportVis, importVis } from './vis';
import {
	emptyResult,
	tooLarge,
	type ExportData,
	type FormatName,
	type ImportResult
} from './types';

export * from './types';

export const FORMATS: Record<FormatName, { label: string; extension: string; mime: string }> = {
	json: { label: 'Event Timeline JSON', extension: 'json', mime: 'application/json' },
	csv: { label: 'CSV spreadsheet', extension: 'csv', mime: 'text/csv' },
	timelinejs: { label: 'TimelineJS3 JSON', extension: 'json', mime: 'application/json' },
	vis: { label: 'vis-timeline items', extension: 'json', mime: 'application/json' }
};

const IMPORTERS: Record<FormatName, (text: string) => ImportResult> = {
	json: importOwn,
	csv: importCsv,
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

/**
 * The format of a file: JSON files by their shape, CSV files by their name or, failing
 * that, by a first line that names the title and date columns.
 */
export function detectFormat(name: string, text: string): FormatName | undefined {
	const body = text.replace(/^\uFEFF/, '').trimStart();
	if (/\.(csv|tsv)$/i.test(name)) return 'csv';
	if (body.startsWith('{') || body.startsWith('[')) {
		try {
			return jsonFormat(JSON.parse(body)) ?? (/\.json$/i.test(name) ? 'json' : undefined);
		} catch {
			return 'json';
		}
	}
	const header = body.split(/\r?\n/, 1)[0]!.toLowerCase();
	if (/\btitle\b/.test(header) && /\bdate\b/.test(header)) return 'csv';
	return undefined;
}

/** Imports a file of any supported format; `format` overrides detection. */
export function importFile(name: string, text: string, format?: FormatName): ImportResult {
	const big = tooLarge(text);
	if (big) return emptyResult(format ?? 'json', [big]);
	const found = format ?? detectFormat(name, text);
	if (found) return IMPORTERS[found](text);
	return emptyResult('json', [
		{
			line: 1,
			message:
				'not JSON or CSV: expected an event file, TimelineJS3 or vis-timeline JSON, or a CSV with a header row'
		}
	]);
}

const EXPORTERS: Record<FormatName, (data: ExportData) => string> = {
	json: exportOwn,
	csv: exportCsv,
	timelinejs: exportTimelineJs,
	vis: exportVis
};

/** Exports events; relations go along only when both their events do. */
export function exportEvents(format: FormatName, data: ExportData): string {
	const ids = new Set(data.events.map((e) => e.id));
	const relations = (data.relations ?? []).filter((r) => ids.has(r.from) && ids.has(r.to));
	return EXPORTERS[format]({ ...data, relations });
}
