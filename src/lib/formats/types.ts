/** What every importer returns and every reader of another tool's file must respect. */
import type { DataIssue } from '$lib/model/issues';
import type { ImportedEvent, Relation } from '$lib/model/schema';

export const FORMAT_NAMES = ['json', 'csv', 'timelinejs', 'vis', 'timelinejs-sheet', 'acled', 'gtd'] as const;
export type FormatName = (typeof FORMAT_NAMES)[number];
/** Formats an export can write: the datasets (ACLED, GTD) are read, never written. */
export const EXPORT_FORMATS = ['json', 'csv', 'timelinejs', 'timelinejs-sheet', 'vis'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
/** Spreadsheet formats, read row by row: these stream, so a file may be far larger. */
export const ROW_FORMATS: readonly FormatName[] = ['csv', 'timelinejs-sheet', 'acled', 'gtd'];

/**
 * Files larger than this are refused before they are parsed: a browser tab holds the
 * whole text, and no timeline of hand-curated events comes near it.
 */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;
/**
 * Spreadsheets are read as a stream, a chunk at a time, so only their events stay in memory:
 * an ACLED or GTD export of a few hundred megabytes fits.
 */
export const MAX_STREAM_BYTES = 1024 * 1024 * 1024;

/** One problem with an imported file: where it stands and what was expected. */
export type Problem = Omit<DataIssue, 'file'>;

/** A problem as a report shows it. */
export interface ReportProblem extends Problem {
	/** The text of the file at `line`, cut short: the rejected row itself, in a CSV. */
	excerpt?: string;
}

export interface ImportResult {
	format: FormatName;
	/** The records that passed, in file order. */
	events: ImportedEvent[];
	relations: Relation[];
	/** One entry per problem; a record with any problem is left out whole. */
	rejected: Problem[];
	/** What was kept but changed place: fields moved into `extra`, ids rewritten. */
	notes: Problem[];
	/** File-level fields the model cannot hold (a TimelineJS title slide, eras, scale). */
	extra: Record<string, unknown>;
}

export interface ExportData {
	events: ImportedEvent[];
	relations?: Relation[];
	/** File-level fields an import kept (ImportResult.extra), put back where the format has them. */
	extra?: Record<string, unknown>;
}

export function emptyResult(format: FormatName, rejected: Problem[] = []): ImportResult {
	return { format, events: [], relations: [], rejected, notes: [], extra: {} };
}

/** Why a file of this many bytes is refused, if it is. */
export function sizeProblem(bytes: number, limit = MAX_IMPORT_BYTES): string | undefined {
	if (bytes <= limit) return undefined;
	return `file too large: ${bytes} bytes, over the ${limit / 1024 / 1024} MB limit`;
}

/** The size problem of a text, measured in UTF-8 without encoding a text whose length settles it. */
export function tooLarge(text: string): Problem | undefined {
	// A UTF-16 unit never takes fewer than one UTF-8 byte, so a long string is too big outright.
	const bytes =
		text.length > MAX_IMPORT_BYTES ? text.length : new TextEncoder().encode(text).length;
	const message = sizeProblem(bytes);
	return message ? { message } : undefined;
}

const MAX_EXCERPT = 160;

/** A line of a file as a report quotes it: trimmed, and cut short. */
export function excerptOf(line: string): string {
	const text = line.trim();
	return text.length > MAX_EXCERPT ? `${text.slice(0, MAX_EXCERPT - 1)}…` : text;
}
