/**
 * Files dropped or picked in the browser, read there and nowhere else: each is imported into
 * the explorer, and what happened is told in a report, one line per problem with the line of
 * the file it is on and the text of that line.
 */
import { FORMATS, importFile, sizeProblem, type FormatName, type ImportResult, type Problem } from '$lib/formats';

export interface ReportProblem extends Problem {
	/** The text of the file at `line`, cut short: the rejected row itself, in a CSV. */
	excerpt?: string;
}

export interface FileReport {
	file: string;
	/** The format's name, once the file was read as one. */
	format?: string;
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

const MAX_EXCERPT = 160;

function withExcerpts(text: string, problems: Problem[]): ReportProblem[] {
	const lines = text.split(/\r\n|\r|\n/);
	return problems.map((p) => {
		const line = p.line === undefined ? undefined : lines[p.line - 1]?.trim();
		if (!line) return p;
		return { ...p, excerpt: line.length > MAX_EXCERPT ? `${line.slice(0, MAX_EXCERPT - 1)}…` : line };
	});
}

/** Imports the text of one file into the target and reports on it. */
export function importText(target: ImportTarget, name: string, text: string, format?: FormatName): FileReport {
	const result = importFile(name, text, format);
	// A file refused whole (not JSON or CSV, too large) was never read as any format.
	const read = result.events.length > 0 || result.rejected.every((p) => p.record !== undefined);
	const { added, refused, layer } = target.addImport(name, result);
	return {
		file: name,
		format: read ? FORMATS[result.format].label : undefined,
		added,
		layer: layer && { id: layer.id, name: layer.name },
		problems: withExcerpts(text, [...result.rejected, ...refused]),
		notes: withExcerpts(text, result.notes)
	};
}

/** Reads and imports files one after another; a file too large is refused before it is read. */
export async function importFiles(target: ImportTarget, files: Iterable<File>): Promise<FileReport[]> {
	const reports: FileReport[] = [];
	for (const file of files) {
		const big = sizeProblem(file.size);
		if (big) reports.push({ file: file.name, added: [], problems: [{ message: big }], notes: [] });
		else reports.push(importText(target, file.name, await file.text()));
	}
	return reports;
}

/** One line saying what became of a file. */
export function summarise(r: FileReport): string {
	const n = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;
	const parts = [r.layer ? `${n(r.added.length, 'event')} in the context layer “${r.layer.name}”` : `${n(r.added.length, 'event')} added`];
	if (r.problems.length) parts.push(n(r.problems.length, 'problem'));
	if (r.notes.length) parts.push(n(r.notes.length, 'note'));
	return `${r.file}${r.format ? ` (${r.format})` : ''}: ${parts.join(', ')}`;
}
