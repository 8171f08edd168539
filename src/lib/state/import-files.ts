/**
 * Files dropped or picked in the browser, read there and nowhere else: each is imported into
 * the explorer, and what happened is told in a report, one line per problem with the line of
 * the file it is on and the text of that line. Spreadsheets (our CSV, TimelineJS sheets, ACLED,
 * GTD) are streamed in a worker with progress, so that files of hundreds of megabytes load.
 */
import {
	detectFormat,
	excerptOf,
	FORMATS,
	importFile,
	MAX_STREAM_BYTES,
	ROW_FORMATS,
	sizeProblem,
	type FormatName,
	type ImportResult,
	type Problem,
	type ReportProblem
} from '$lib/formats';
import { gatherBatches } from '$lib/formats/stream';
import { datasetTitle } from '$lib/layers/layer';
import { streamFile } from '$lib/formats/stream-file';

export type { ReportProblem };

export interface FileReport {
	file: string;
	/** The format's name, once the file was read as one. */
	format?: string;
	/** The file's own title (a TimelineJS title slide or title row), if it has one. */
	title?: string;
	/** Ids of the events added to the explorer. */
	added: string[];
	/** The context layer the file became, if it was a dataset rather than curated events. */
	layer?: { id: string; name: string };
	/** What was refused: by the format (bad rows) or by the explorer (ids already loaded). */
	problems: ReportProblem[];
	/** What was kept but changed: fields moved to extra, ids rewritten. */
	notes: ReportProblem[];
}

/** What a report needs of the explorer; `Explorer` has it. */
export interface ImportTarget {
	/** Takes a file's events: into the curated ones, or as a context layer (named in the answer). */
	addImport(file: string, result: ImportResult): { added: string[]; refused: Problem[]; layer?: { id: string; name: string } };
}

/** How far the import of a streamed file got. */
export interface ImportProgress {
	file: string;
	/** Characters read so far, of `total` bytes. */
	read: number;
	total: number;
	rows: number;
	/** Good events read so far; they are added once the whole file is read. */
	events: number;
}

export interface ImportOptions {
	/** Called after each chunk of a streamed file. */
	onprogress?: (p: ImportProgress) => void;
	/** Cancels: nothing of the file being read is added, and the files after it are not read. */
	signal?: AbortSignal;
}

/**
 * A report lists this many problems and as many notes, and counts the rest in one line: a
 * dataset of a million rows can have more than a page can show (`npm run import` prints all).
 */
export const MAX_LISTED = 500;

function withExcerpts(text: string, problems: Problem[]): ReportProblem[] {
	const lines = text.split(/\r\n|\r|\n/);
	return problems.map((p) => {
		const line = p.line === undefined ? undefined : lines[p.line - 1]?.trim();
		return line ? { ...p, excerpt: excerptOf(line) } : p;
	});
}

/** The first `MAX_LISTED` problems, and one line counting the others. */
function listed(problems: ReportProblem[], what: string): ReportProblem[] {
	if (problems.length <= MAX_LISTED) return problems;
	const more = problems.length - MAX_LISTED;
	return [...problems.slice(0, MAX_LISTED), { message: `${more} more ${what} not listed here; npm run import lists them all` }];
}

/** What became of a file: its format and title, what the target took, and its problems and notes, listed. */
function reportOf(file: string, result: ImportResult, read: boolean, taken: ReturnType<ImportTarget['addImport']>, problems: ReportProblem[], notes: ReportProblem[]): FileReport {
	return {
		file,
		format: read ? FORMATS[result.format].label : undefined,
		title: datasetTitle(result.extra),
		added: taken.added,
		layer: taken.layer && { id: taken.layer.id, name: taken.layer.name },
		problems: listed(problems, 'problems'),
		notes: listed(notes, 'notes')
	};
}

/** A file refused whole (not JSON or CSV, too large, a bad header) was never read as any format. */
const wasRead = (events: number, rejected: Problem[]) => events > 0 || rejected.every((p) => p.record !== undefined);

/** Imports the text of one file into the target and reports on it. */
export function importText(target: ImportTarget, name: string, text: string, format?: FormatName): FileReport {
	const result = importFile(name, text, format);
	const taken = target.addImport(name, result);
	return reportOf(name, result, wasRead(result.events.length, result.rejected), taken, withExcerpts(text, [...result.rejected, ...taken.refused]), withExcerpts(text, result.notes));
}

/** Streams a spreadsheet, then adds its good events at once: a cancelled file adds nothing. */
async function importStream(target: ImportTarget, file: File, options: ImportOptions): Promise<FileReport> {
	const gathered = gatherBatches();
	const { events, rejected } = gathered.result;
	let rows = 0;
	let end;
	try {
		end = await streamFile(
			file,
			(batch) => {
				gathered.add(batch);
				rows = batch.progress.rows;
				options.onprogress?.({ file: file.name, ...batch.progress, events: events.length });
			},
			{ signal: options.signal }
		);
	} catch (err) {
		if ((err as Error).name === 'AbortError')
			return { file: file.name, added: [], problems: [{ message: `import cancelled after ${rows} rows: nothing from this file was added` }], notes: [] };
		return { file: file.name, added: [], problems: [...rejected, { message: `could not be read: ${(err as Error).message}` }].slice(-MAX_LISTED), notes: [] };
	}
	const result = gathered.end(end);
	const taken = target.addImport(file.name, result);
	return reportOf(file.name, result, wasRead(events.length, end.rejected), taken, [...result.rejected, ...taken.refused], result.notes);
}

/**
 * Reads and imports files one after another. Spreadsheets are streamed (up to
 * MAX_STREAM_BYTES); other files are read whole, and refused before reading when too large.
 */
export async function importFiles(target: ImportTarget, files: Iterable<File>, options: ImportOptions = {}): Promise<FileReport[]> {
	const reports: FileReport[] = [];
	for (const file of files) {
		if (options.signal?.aborted) break;
		const format = detectFormat(file.name, await file.slice(0, 65536).text());
		const rows = format !== undefined && ROW_FORMATS.includes(format);
		const big = sizeProblem(file.size, rows ? MAX_STREAM_BYTES : undefined);
		if (big) reports.push({ file: file.name, added: [], problems: [{ message: big }], notes: [] });
		else if (rows) reports.push(await importStream(target, file, options));
		else reports.push(importText(target, file.name, await file.text()));
	}
	return reports;
}

/** One line saying what became of a file. */
export function summarise(r: FileReport): string {
	const n = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;
	const parts = [r.layer ? `${n(r.added.length, 'event')} in the context layer “${r.layer.name}”` : `${n(r.added.length, 'event')} added`];
	if (r.title) parts.unshift(`“${r.title}”`);
	if (r.problems.length) parts.push(n(r.problems.length, 'problem'));
	if (r.notes.length) parts.push(n(r.notes.length, 'note'));
	return `${r.file}${r.format ? ` (${r.format})` : ''}: ${parts.join(', ')}`;
}
