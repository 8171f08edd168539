/**
 * Reads an imported JSON file for the importers: its value, and the line of any field in it
 * so that a rejection points at the field rather than at the file.
 */
import { lineAt, readJson, type Path } from '$lib/model/json-source';
import { emptyResult, tooLarge, type FormatName, type ImportResult, type Problem } from './types';

export interface JsonText {
	value: unknown;
	/** Line of the value at `path`, or of its nearest ancestor that exists. */
	lineOf(path: Path): number | undefined;
}

/** "events[2].start_date.month" → ['events', 2, 'start_date', 'month']. */
export function toPath(field: string): Path {
	return [...field.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((m) =>
		m[2] === undefined ? m[1]! : Number(m[2])
	);
}

function parseJsonText(
	text: string
): { ok: true; json: JsonText } | { ok: false; problem: Problem } {
	let read;
	try {
		read = readJson('', text);
	} catch (e) {
		// The locating parser recurses; a hostile file nested thousands deep overflows it.
		if (e instanceof RangeError)
			return { ok: false, problem: { line: 1, message: 'not readable: nested too deeply' } };
		throw e;
	}
	if (!read.ok) return { ok: false, problem: { line: read.line, message: read.message } };
	const json = read.json;
	return { ok: true, json: { value: json.raw, lineOf: (path) => lineAt(json, path) } };
}

/** The JSON of an imported file, or the result that refuses it whole: too large, or not JSON. */
export function readJsonFile(
	text: string,
	format: FormatName
): { ok: true; json: JsonText } | { ok: false; result: ImportResult } {
	const big = tooLarge(text);
	if (big) return { ok: false, result: emptyResult(format, [big]) };
	const parsed = parseJsonText(text);
	if (!parsed.ok) return { ok: false, result: emptyResult(format, [parsed.problem]) };
	return parsed;
}
