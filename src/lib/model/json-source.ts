/**
 * JSON data files read together with their syntax tree, so that a message can name the line
 * of any value in them, and a fix can change one value without touching the file's layout.
 */
import {
	applyEdits,
	findNodeAtLocation,
	modify,
	parseTree,
	printParseErrorCode,
	type Node,
	type ParseError
} from 'jsonc-parser';

export type Path = (string | number)[];

/** A path as messages name a field: sources[0].quote.exact. */
export function fieldName(path: readonly PropertyKey[]): string {
	return path
		.map((k, i) => (typeof k === 'number' ? `[${k}]` : i ? `.${String(k)}` : String(k)))
		.join('');
}

export interface JsonSource {
	/** Path as shown to the user. */
	file: string;
	text: string;
	raw: unknown;
	tree: Node;
}

export type JsonRead =
	| { ok: true; json: JsonSource }
	| { ok: false; line?: number; message: string };

const lineAtOffset = (text: string, offset: number) => text.slice(0, offset).split('\n').length;

export function readJson(file: string, text: string): JsonRead {
	const errors: ParseError[] = [];
	const tree = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false });
	try {
		// JSON.parse has the last word on validity (and it accepted a non-empty text, so there
		// is a tree); the tolerant parser only locates values.
		return { ok: true, json: { file, text, raw: JSON.parse(text), tree: tree! } };
	} catch (e) {
		// Node 20's JSON.parse names no position for an unexpected token; the tree's parser does.
		const first = errors[0];
		if (!first) return { ok: false, message: `not valid JSON: ${(e as Error).message}` };
		const what = printParseErrorCode(first.error)
			.replace(/(?<=[a-z])(?=[A-Z])/g, ' ')
			.toLowerCase();
		const column = first.offset - text.lastIndexOf('\n', first.offset - 1);
		return {
			ok: false,
			line: lineAtOffset(text, first.offset),
			message: `not valid JSON: ${what} at column ${column}`
		};
	}
}

/** The line of the deepest value on `path` that the file has: a missing field is shown at its record. */
export function lineAt(json: JsonSource, path: Path): number {
	for (let n = path.length; n > 0; n--) {
		const node = findNodeAtLocation(json.tree, path.slice(0, n));
		if (node) return lineAtOffset(json.text, node.offset);
	}
	return lineAtOffset(json.text, json.tree.offset);
}

/** "data/events/x.json:12": where a value stands, for pointing from one message to another. */
export const placeOf = (json: JsonSource, path: Path) => `${json.file}:${lineAt(json, path)}`;

/** Sets values in a JSON text, changing nothing else in it; new objects follow its indentation. */
export function editJson(text: string, edits: { path: Path; value: unknown }[]): string {
	const formattingOptions = { insertSpaces: !/^\t/m.test(text), tabSize: 2, eol: '\n' };
	return edits.reduce(
		(t, { path, value }) => applyEdits(t, modify(t, path, value, { formattingOptions })),
		text
	);
}
