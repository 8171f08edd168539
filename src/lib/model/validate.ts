/**
 * Checks the whole data folder at once and builds the corpus the app serves. Every problem
 * is reported with its file, line, event id and field; nothing is thrown away silently.
 */
import type { z } from 'zod';
import { ArticleError, parseArticle } from '$lib/corpus/article';
import { anchorQuote } from '$lib/corpus/anchor';
import { codePointText, type CodePointText } from '$lib/corpus/codepoints';
import { parseEdtf } from '$lib/time/interval';
import {
	EntityFile,
	EventFile,
	type Article,
	type Corpus,
	type Source,
	type Entity,
	type Event,
	type Relation
} from './schema';

export interface DataFile {
	/** Path as shown to the user, e.g. data/events/westminster.json. */
	file: string;
	text: string;
}

export interface DataFiles {
	articles: DataFile[];
	entities: DataFile[];
	events: DataFile[];
}

export interface DataIssue {
	file: string;
	line?: number;
	/** The record the problem is in: "event westminster-attack", "entity isis". */
	record?: string;
	field?: string;
	message: string;
}

export function formatIssue(i: DataIssue): string {
	const where = i.line ? `${i.file}:${i.line}` : i.file;
	const what = [i.record, i.field && `field ${i.field}`].filter(Boolean).join(', ');
	return `${where}: ${what ? what + ': ' : ''}${i.message}`;
}

/** 1-based line of the first occurrence of `needle` in a file, for pointing at a record. */
function lineOf(text: string, needle: string): number | undefined {
	const at = text.indexOf(needle);
	return at < 0 ? undefined : text.slice(0, at).split('\n').length;
}

const idLine = (text: string, id: string) => lineOf(text, `"id": "${id}"`);

function parseJson(f: DataFile, issues: DataIssue[]): unknown {
	try {
		return JSON.parse(f.text);
	} catch (e) {
		const message = (e as Error).message;
		const pos = /position (\d+)/.exec(message);
		const line = pos ? f.text.slice(0, Number(pos[1])).split('\n').length : undefined;
		issues.push({ file: f.file, line, message: `not valid JSON: ${message}` });
		return undefined;
	}
}

/** Schema errors with the id of the record they are in and the field path inside it. */
function schemaIssues(f: DataFile, raw: unknown, error: z.ZodError): DataIssue[] {
	return error.issues.map((issue) => {
		const [list, index, ...rest] = issue.path;
		const record =
			typeof index === 'number'
				? (raw as Record<string, { id?: unknown }[]>)[String(list)]?.[index]
				: undefined;
		const id = typeof record?.id === 'string' ? record.id : undefined;
		const kind = String(list).replace(/s$/, '');
		const field = (typeof index === 'number' ? rest : issue.path).join('.') || undefined;
		const where = id ? undefined : typeof index === 'number' ? `${String(list)}[${index}]` : undefined;
		return {
			file: f.file,
			line: id ? idLine(f.text, id) : undefined,
			record: id && `${kind} ${id}`,
			field: where && field ? `${where}.${field}` : (field ?? where),
			message: issue.message
		};
	});
}

interface Parsed<T> {
	file: DataFile;
	data: T;
}

function parseFiles<S extends z.ZodType>(
	files: DataFile[],
	schema: S,
	issues: DataIssue[]
): Parsed<z.infer<S>>[] {
	return files.flatMap((f) => {
		const raw = parseJson(f, issues);
		if (raw === undefined) return [];
		const result = schema.safeParse(raw);
		if (!result.success) {
			issues.push(...schemaIssues(f, raw, result.error));
			return [];
		}
		return [{ file: f, data: result.data }];
	});
}

/** Sources of an event, each with the field path that names it in messages. */
function sourcesOf(e: Event): [string, Source][] {
	return [
		...e.sources.map((s, i): [string, Source] => [`sources[${i}]`, s]),
		...e.assessments.flatMap((a, j) =>
			a.sources.map((s, i): [string, Source] => [`assessments[${j}].sources[${i}]`, s])
		)
	];
}

function checkSource(
	source: Source,
	texts: Map<string, CodePointText>,
	report: (field: string, message: string) => void,
	field: string
) {
	const text = texts.get(source.article);
	if (!text) return report(`${field}.article`, `unknown article "${source.article}"`);
	const found = anchorQuote(text, source.quote);
	if (!found.ok) return report(`${field}.quote.exact`, found.error);
	const { start, end } = source.position;
	if (found.span.start !== start || found.span.end !== end)
		report(
			`${field}.position`,
			`offsets ${start}–${end} disagree with the quote, which stands at ` +
				`${found.span.start}–${found.span.end} (npm run check:data -- --fix rewrites them)`
		);
}

export interface Checked {
	corpus: Corpus;
	issues: DataIssue[];
}

/** Validates every data file together; the corpus holds what passed, the issues what did not. */
export function checkData(files: DataFiles): Checked {
	const issues: DataIssue[] = [];

	const articles: Article[] = [];
	for (const f of files.articles) {
		try {
			articles.push(parseArticle(f.file, f.text));
		} catch (e) {
			if (!(e instanceof ArticleError)) throw e;
			issues.push({ file: e.file, line: e.line, message: e.message.replace(/^[^:]*(:\d+)?: /, '') });
		}
	}
	const texts = new Map(articles.map((a) => [a.id, codePointText(a.text)]));
	const published = new Map(articles.map((a) => [a.id, a.published]));

	const entityFiles = parseFiles(files.entities, EntityFile, issues);
	const entities: Entity[] = entityFiles.flatMap((p) => p.data.entities);
	const entityIds = new Set<string>();
	for (const { file, data } of entityFiles)
		for (const e of data.entities) {
			if (entityIds.has(e.id))
				issues.push({ file: file.file, line: idLine(file.text, e.id), record: `entity ${e.id}`, field: 'id', message: `duplicate entity id "${e.id}"` });
			entityIds.add(e.id);
		}

	const eventFiles = parseFiles(files.events, EventFile, issues);
	const events: Event[] = [];
	const relations: Relation[] = [];
	const eventIds = new Set<string>();
	for (const { file, data } of eventFiles)
		for (const e of data.events) {
			if (eventIds.has(e.id))
				issues.push({ file: file.file, line: idLine(file.text, e.id), record: `event ${e.id}`, field: 'id', message: `duplicate event id "${e.id}"` });
			eventIds.add(e.id);
		}

	for (const { file, data } of eventFiles) {
		for (const e of data.events) {
			const report = (field: string, message: string) =>
				issues.push({ file: file.file, line: idLine(file.text, e.id), record: `event ${e.id}`, field, message });
			const before = issues.length;
			const entityRefs: [string, string | undefined][] = [
				...e.actors.map((a, i): [string, string] => [`actors[${i}]`, a]),
				...e.places.map((p, i): [string, string] => [`places[${i}]`, p]),
				...e.assessments.flatMap((a, i): [string, string | undefined][] => [
					[`assessments[${i}].group`, a.group],
					[`assessments[${i}].attacker`, a.attacker]
				])
			];
			for (const [field, ref] of entityRefs)
				if (ref !== undefined && !entityIds.has(ref)) report(field, `unknown entity "${ref}"`);
			if (e.date.relativeTo && !eventIds.has(e.date.relativeTo))
				report('date.relativeTo', `unknown event "${e.date.relativeTo}"`);
			for (const [field, s] of sourcesOf(e)) checkSource(s, texts, report, field);

			const date = parseEdtf(e.date.edtf);
			if (!date.ok) report('date.edtf', date.error);
			const first = published.get(e.sources[0]!.article);
			if (date.ok && first && e.date.basis !== 'external' && date.value.min > Date.parse(`${first}T23:59:59.999Z`))
				report(
					'date.edtf',
					`a ${e.date.basis} date (${e.date.edtf}) cannot lie after its article's publication (${first})`
				);
			if (issues.length === before) events.push(e);
		}
		data.relations.forEach((r, i) => {
			const report = (field: string, message: string) =>
				issues.push({ file: file.file, line: lineOf(file.text, `"from": "${r.from}"`), record: `relation ${r.from} → ${r.to}`, field: `relations[${i}].${field}`, message });
			const before = issues.length;
			if (!eventIds.has(r.from)) report('from', `unknown event "${r.from}"`);
			if (!eventIds.has(r.to)) report('to', `unknown event "${r.to}"`);
			r.sources.forEach((s, j) => checkSource(s, texts, report, `sources[${j}]`));
			if (issues.length === before) relations.push(r);
		});
	}
	return { corpus: { articles, entities, events, relations }, issues };
}

/**
 * Re-finds every quote in one event file and rewrites the positions that moved or are
 * missing. Works on the raw JSON so that nothing else in the file changes.
 */
export function fixAnchors(
	f: DataFile,
	texts: Map<string, CodePointText>
): { text: string; changes: string[] } | undefined {
	let raw: unknown;
	try {
		raw = JSON.parse(f.text);
	} catch {
		return undefined;
	}
	const changes: string[] = [];
	const visit = (node: unknown, path: string) => {
		if (Array.isArray(node)) return node.forEach((n, i) => visit(n, `${path}[${i}]`));
		if (!node || typeof node !== 'object') return;
		const o = node as Record<string, unknown>;
		const quote = o.quote as { exact?: unknown; prefix?: unknown; suffix?: unknown } | undefined;
		const text = typeof o.article === 'string' ? texts.get(o.article) : undefined;
		if (text && quote && typeof quote.exact === 'string') {
			const found = anchorQuote(text, quote as Source['quote']);
			const old = o.position as { start?: unknown; end?: unknown } | undefined;
			if (found.ok && (old?.start !== found.span.start || old?.end !== found.span.end)) {
				o.position = { type: 'TextPositionSelector', ...found.span };
				changes.push(`${path}: ${old ? `${old.start}–${old.end}` : 'none'} → ${found.span.start}–${found.span.end}`);
			}
			return;
		}
		for (const [k, v] of Object.entries(o)) visit(v, path ? `${path}.${k}` : k);
	};
	visit(raw, '');
	return changes.length ? { text: JSON.stringify(raw, null, 2) + '\n', changes } : undefined;
}
