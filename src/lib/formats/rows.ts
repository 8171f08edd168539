/**
 * Spreadsheet rows → events, for every CSV layout (ours, the TimelineJS sheet, ACLED, GTD):
 * the header row says which layout a file is in, then rows are mapped and sorted a batch
 * at a time, so that the same code reads a whole text or a stream of a hundred megabytes.
 */
import Papa from 'papaparse';
import { DraftSorter, newDraft, refuse, type Draft, type ModelPath, type Sorted } from './sink';
import { emptyResult, excerptOf, type FormatName, type ImportResult, type Problem } from './types';

/** One spreadsheet layout: which columns it reads and how a row becomes an event. */
export interface RowFormat {
	format: FormatName;
	/** Columns the header must name (lower case, spaces as `_`). */
	required: readonly string[];
	/** The column an id is read from; a record without one gets one made (rewriteIds). */
	idColumn: string;
	/** How messages name a path of the event model: by its column. */
	fieldOf(path: ModelPath): string;
	/**
	 * Maps one row into the draft; columns it does not read go into `d.leftovers`. A row
	 * that is no event (a TimelineJS title or era) is kept in `file` and `false` returned.
	 */
	readRow(cells: Map<string, string>, d: Draft, file: FileLevel): boolean | void;
}

/** What a file holds besides its events (a TimelineJS title and eras), with notes on it. */
export interface FileLevel {
	extra: Record<string, unknown>;
	notes: Problem[];
	problems: Problem[];
}

/** A row as papaparse gives it, with its own parse errors. */
export interface RawRow {
	cells: string[];
	errors: string[];
}

/** Header names as matched: case ignored, runs of spaces as one `_`. */
export const columnName = (header: string) =>
	header.replace(/^\uFEFF/, '').trim().toLowerCase().replace(/\s+/g, '_');

// Spreadsheets run a cell that starts with one of these as a formula; exports defuse it
// with a leading apostrophe, which imports take off again.
export const FORMULA = /^'*[=+\-@\t\r]/;
const unescape = (cell: string) =>
	cell.startsWith("'") && FORMULA.test(cell.slice(1)) ? cell.slice(1) : cell;

const NEWLINES = /\r\n|\r|\n/g;
const isBlank = (cells: string[]) => cells.every((c) => !c.trim());

/** The events, problems and notes of one batch of rows; `excerpt` gives a row's text by its line. */
export interface RowBatch extends Sorted {
	/** Problems with the file as a whole (its header): nothing more is read. */
	refused: boolean;
	excerpt(line: number | undefined): string | undefined;
}

/**
 * Reads rows in order. The first non-blank row is the header, which picks the layout
 * (`detect`) unless one is forced; lines are counted from the cells themselves (a quoted
 * cell may span several), so that no row needs the text around it.
 */
export class RowReader {
	private layout?: RowFormat;
	private columns: string[] = [];
	private sorter?: DraftSorter;
	private nextLine = 1;
	private rowCount = 0;
	private refused = false;
	readonly file: FileLevel = { extra: {}, notes: [], problems: [] };

	constructor(
		private readonly pick: (columns: string[]) => RowFormat,
		private readonly delimiter = ','
	) {}

	/** The layout the header gave, once it was read. */
	get format(): FormatName | undefined {
		return this.layout?.format;
	}

	/** Data rows read so far, blank ones left out. */
	get rows(): number {
		return this.rowCount;
	}

	push(rows: RawRow[]): RowBatch {
		const drafts: Draft[] = [];
		const texts = new Map<number, string>();
		for (const row of rows) {
			const line = this.nextLine;
			this.nextLine += 1 + row.cells.reduce((n, c) => n + (c.match(NEWLINES)?.length ?? 0), 0);
			if (this.refused || (isBlank(row.cells) && !row.errors.length)) continue;
			if (!this.layout) {
				this.readHeader(row, line);
				continue;
			}
			texts.set(line, excerptOf(row.cells.join(this.delimiter)));
			const d = this.readRow(row, line);
			if (d) drafts.push(d);
		}
		const sorted = this.sorter?.add(drafts) ?? { events: [], rejected: [], notes: [] };
		return {
			...sorted,
			refused: this.refused,
			excerpt: (line) => (line === undefined ? undefined : texts.get(line))
		};
	}

	/** The whole file's result, once every row was pushed. */
	finish(): Pick<ImportResult, 'rejected' | 'notes' | 'extra'> {
		if (!this.layout && !this.refused)
			this.file.problems.push({
				line: 1,
				message: 'empty file: expected a header row naming the columns'
			});
		return {
			rejected: this.file.problems,
			notes: [...(this.sorter?.finish() ?? []), ...this.file.notes],
			extra: this.file.extra
		};
	}

	private readHeader(row: RawRow, line: number): void {
		const problem = (message: string, field?: string) => {
			this.file.problems.push({ line, ...(field ? { field } : {}), message });
			this.refused = true;
		};
		// Cells may hold any character, but no header row of a text file holds NUL.
		if (row.cells.some((c) => c.includes('\0')))
			return problem('not a CSV file: it holds binary data');
		const columns = row.cells.map(columnName);
		const layout = this.pick(columns);
		columns.forEach((c, i) => {
			const first = columns.indexOf(c);
			if (first !== i && c)
				problem(`column "${c}" appears twice (columns ${first + 1} and ${i + 1})`, c);
		});
		for (const c of layout.required)
			if (!columns.includes(c))
				problem(
					`missing column "${c}": the header row must name it (found: ${columns.join(', ') || 'nothing'})`,
					c
				);
		this.layout = layout;
		this.columns = columns;
		this.sorter = new DraftSorter(layout.idColumn, true);
	}

	private readRow(row: RawRow, line: number): Draft | undefined {
		const layout = this.layout!;
		const { columns } = this;
		this.rowCount++;
		const cells = new Map(columns.map((c, j) => [c, unescape(row.cells[j] ?? '')]));
		const d = newDraft(
			`row ${this.rowCount}`,
			cells.get(layout.idColumn) || undefined,
			() => line,
			layout.fieldOf
		);
		for (const message of row.errors) refuse(d, undefined, `malformed CSV: ${message}`);
		if (row.cells.length > columns.length)
			refuse(d, undefined, `${row.cells.length} cells, but the header names ${columns.length} columns`);
		return layout.readRow(cells, d, this.file) === false ? undefined : d;
	}
}

/**
 * The separator and line end of a file, guessed from its start without its blank lines
 * (which would count as rows of one cell): a stream's first chunk may be too short to tell.
 * Commas, tabs, semicolons and bars are recognised.
 */
export function guessShape(start: string): { delimiter: string; newline: Papa.ParseConfig['newline'] } {
	const { meta } = Papa.parse(start.slice(0, 65536), { preview: 10, skipEmptyLines: 'greedy' });
	return { delimiter: meta.delimiter, newline: meta.linebreak as Papa.ParseConfig['newline'] };
}

/** Every row of a whole text, blank ones included, each with its own parse errors. */
function parseRows(text: string): { rows: RawRow[]; delimiter: string } {
	const body = text.replace(/^\uFEFF/, '');
	const parsed = Papa.parse<string[]>(body, { skipEmptyLines: false, ...guessShape(body) });
	const errors = new Map<number, string[]>();
	for (const e of parsed.errors)
		if (e.row !== undefined) errors.set(e.row, [...(errors.get(e.row) ?? []), e.message]);
	return {
		rows: parsed.data.map((cells, i) => ({ cells, errors: errors.get(i) ?? [] })),
		delimiter: parsed.meta.delimiter
	};
}

/** Imports a whole text in the layout its header names (or the one forced). */
export function readRowText(text: string, pick: (columns: string[]) => RowFormat): ImportResult {
	const { rows, delimiter } = parseRows(text);
	const reader = new RowReader(pick, delimiter);
	const batch = reader.push(rows);
	const end = reader.finish();
	const format = reader.format ?? pick([]).format;
	if (end.rejected.length && !reader.format) return emptyResult(format, end.rejected);
	if (batch.refused) return emptyResult(format, end.rejected);
	return {
		format,
		events: batch.events,
		relations: [],
		rejected: [...end.rejected, ...batch.rejected],
		notes: [...batch.notes, ...end.notes],
		extra: end.extra
	};
}
