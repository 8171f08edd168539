/**
 * One vocabulary for what is wrong with an input, at every edge: the data folder, imported
 * files, briefings, the URL, postMessage. An issue names where it stands (file, line, record,
 * field) and what was expected, and every zod rejection becomes issues through `zodIssues`,
 * so each edge words its problems alike. Imports nothing from the model, so anything may use it.
 */
import type { z } from 'zod';
import { fieldName, type Path } from './json-source';

/** A file of the data folder or an import, as read: its path as shown to the user, and its text. */
export interface DataFile {
	/** Path as shown to the user, e.g. data/events/westminster.json. */
	file: string;
	text: string;
}

/** One problem with an input. */
export interface Issue {
	/** The file or source it is in: data/events/westminster.json, a URL, "inline". */
	file?: string;
	/** 1-based line in that file. */
	line?: number;
	/** The record the problem is in: "event westminster-attack", "entity isis". */
	record?: string;
	/** The field, named as a path: sources[0].quote.exact. */
	field?: string;
	message: string;
}

/** A problem in a file of the data folder, which always names its file. */
export interface DataIssue extends Issue {
	file: string;
}

/** "data/events/a.json:12: event attack, field date.edtf: …", the one way an issue is written out. */
export function formatIssue(i: Issue): string {
	const where = i.file && (i.line ? `${i.file}:${i.line}` : i.file);
	const what = [i.record, i.field && `field ${i.field}`].filter(Boolean).join(', ');
	return [where, what, i.message].filter(Boolean).join(': ');
}

/** Where an issue at a path stands, beyond its field: a line, a record, or a field named otherwise. */
export type Placer<P extends Omit<Issue, 'message'> = Omit<Issue, 'message'>> = (path: Path) => P;

/**
 * A zod error's issues, each with its field named from its path (sources[0].quote) and zod's
 * message; `place` adds what the edge knows of where the path stands (file, line, record) and
 * may rename the field, e.g. relative to a record or as the column of an imported file.
 */
export function zodIssues<P extends Omit<Issue, 'message'>>(error: z.ZodError, place?: Placer<P>): (Issue & P)[] {
	return error.issues.map((issue) => {
		const path = issue.path.filter((k): k is string | number => typeof k !== 'symbol');
		return { field: fieldName(path) || undefined, ...place?.(path), message: issue.message } as Issue & P;
	});
}

/** A zod error as lines of text, one per issue, written by `formatIssue`; `source` names the input. */
export function formatZodIssues(error: z.ZodError, source?: string, place?: Placer): string[] {
	return zodIssues(error, place).map((i) => formatIssue({ file: source, ...i }));
}

/** The first of a zod error's issues alone, for an edge that reports one problem per input (a URL parameter, a message). */
export function firstZodIssue(error: z.ZodError, source?: string, place?: Placer): string {
	return formatZodIssues(error, source, place)[0] ?? formatIssue({ file: source, message: 'invalid input' });
}
