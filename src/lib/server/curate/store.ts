/**
 * What the curation API does to the data folder, as plain functions of a request's parts:
 * add an article (ingesting it as the CLI does), read and save an article's review, add an
 * entity. Every save is checked against the whole corpus with check:data's rules, refused
 * if the file changed on disk since it was loaded, and written whole.
 */
import { mkdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { applyEdits, modify } from 'jsonc-parser';
import { formatIssue, formatZodIssues, type DataIssue } from '$lib/model/issues';
import { ReviewFile } from '$lib/model/review';
import { Entity } from '$lib/model/schema';
import { checkData, type DataFiles } from '$lib/model/validate';
import { fileLabel, readDataFiles } from '$lib/server/data-files';
import { proposeFor, writeReviews } from '$lib/server/ingest-files';
import { etagOf, jsonText, readIfExists, writeAtomic } from './files';
import { dataFile, resolveInData } from './paths';

/** Where the data lives: the working folder (for messages) and the data folder. */
export interface Store {
	root: string;
	data: string;
}

export interface Reply {
	status: number;
	body: Record<string, unknown>;
}

const fail = (status: number, error: string, issues?: string[]): Reply => ({ status, body: { error, ...(issues && { issues }) } });

const CONFLICT =
	'changed on disk since you loaded it (another editor, a git pull?): nothing was saved; reload to see the file as it is now';

/** Issues that the save brings in: those after it that were not there before, lines aside (they move). */
export function newIssues(before: DataIssue[], after: DataIssue[]): DataIssue[] {
	const key = (i: DataIssue) => [i.file, i.record, i.field, i.message].join('\u0000');
	const seen = new Map<string, number>();
	for (const i of before) seen.set(key(i), (seen.get(key(i)) ?? 0) + 1);
	return after.filter((i) => {
		const n = seen.get(key(i)) ?? 0;
		if (n > 0) seen.set(key(i), n - 1);
		return n === 0;
	});
}

/** The data files with one file's text replaced (or added), as the save would leave them. */
function withFile(files: DataFiles, list: keyof DataFiles, file: string, text: string): DataFiles {
	const others = (files[list] ?? []).filter((f) => f.file !== file);
	return { ...files, [list]: [...others, { file, text }].sort((a, b) => a.file.localeCompare(b.file)) };
}

/** Refuses a change that would make the corpus invalid, with check:data's messages. */
function refusedChange(store: Store, list: keyof DataFiles, path: string, text: string): Reply | undefined {
	const files = readDataFiles(store.root, store.data);
	const added = newIssues(checkData(files).issues, checkData(withFile(files, list, fileLabel(path, store.root), text)).issues);
	if (added.length)
		return fail(422, `not saved: the corpus would not pass check:data (${added.length} problem(s))`, added.map(formatIssue));
	return undefined;
}

/** The articles of the data folder with how far their review has got. */
export function listArticles(store: Store): Reply {
	const files = readDataFiles(store.root, store.data);
	const { corpus } = checkData(files);
	// The review files were read with the rest: each is parsed from that text, not read again.
	const reviews = new Map((files.reviews ?? []).map((f) => [basename(f.file, '.json'), f.text]));
	const articles = corpus.articles.map((a) => {
		const text = reviews.get(a.id);
		const proposals = (text === undefined ? undefined : parseReview(text))?.proposals ?? [];
		return {
			id: a.id,
			headline: a.headline,
			publisher: a.publisher,
			published: a.published,
			proposals: proposals.length,
			decided: proposals.filter((p) => p.status !== 'proposed').length
		};
	});
	return { status: 200, body: { articles } };
}

/** A review file's content, or undefined when it cannot be read (check:data names why). */
function parseReview(text: string): ReviewFile | undefined {
	try {
		const parsed = ReviewFile.safeParse(JSON.parse(text));
		return parsed.success ? parsed.data : undefined;
	} catch {
		return undefined;
	}
}

/** An article, its review with the tag of its file, and the corpus it is curated against. */
export function readReview(store: Store, id: string): Reply {
	const resolved = dataFile(store.data, 'review', id);
	if (!resolved.ok) return fail(400, resolved.message);
	const { corpus, issues } = checkData(readDataFiles(store.root, store.data));
	const article = corpus.articles.find((a) => a.id === id);
	if (!article) return fail(404, `no article "${id}" in the data folder`);
	const bytes = readIfExists(resolved.path);
	let review: ReviewFile = { article: id, proposals: [] };
	if (bytes) {
		const parsed = parseReview(bytes.toString('utf8'));
		if (!parsed)
			return fail(422, `${fileLabel(resolved.path, store.root)} cannot be read; fix it by hand (npm run check:data names the problem)`);
		review = parsed;
	}
	const entities = readIfExists(join(store.data, 'entities.json'));
	return {
		status: 200,
		body: {
			article,
			review,
			etag: etagOf(bytes),
			entities: corpus.entities,
			entitiesEtag: etagOf(entities),
			events: corpus.events.map((e) => ({ id: e.id, title: e.title, kind: e.kind, date: e.date.edtf, actors: e.actors, places: e.places })),
			problems: issues.length
		}
	};
}

/** Saves an article's review if its file is still as loaded (`ifMatch`) and the corpus stays valid. */
export function saveReview(store: Store, id: string, body: unknown, ifMatch: string | undefined): Reply {
	const resolved = dataFile(store.data, 'review', id);
	if (!resolved.ok) return fail(400, resolved.message);
	const parsed = ReviewFile.safeParse((body as { review?: unknown } | null)?.review);
	if (!parsed.success) return fail(400, 'not saved: the review is not valid', formatZodIssues(parsed.error, 'review'));
	if (parsed.data.article !== id) return fail(400, `not saved: the review is of "${parsed.data.article}", not "${id}"`);
	const label = fileLabel(resolved.path, store.root);
	if (etagOf(readIfExists(resolved.path)) !== ifMatch) return fail(409, `${label} ${CONFLICT}`);
	const text = jsonText(parsed.data);
	const refused = refusedChange(store, 'reviews', resolved.path, text);
	if (refused) return refused;
	mkdirSync(join(store.data, 'review'), { recursive: true });
	writeAtomic(resolved.path, text);
	return { status: 200, body: { etag: etagOf(text), review: parsed.data } };
}

/** Adds a person, group, place or publication to entities.json, as small an edit as JSON allows. */
export function addEntity(store: Store, body: unknown, ifMatch: string | undefined): Reply {
	const parsed = Entity.safeParse((body as { entity?: unknown } | null)?.entity);
	if (!parsed.success) return fail(400, 'not saved: the entity is not valid', formatZodIssues(parsed.error, 'entity'));
	const resolved = resolveInData(store.data, 'entities.json');
	if (!resolved.ok) return fail(400, resolved.message);
	const bytes = readIfExists(resolved.path);
	const label = fileLabel(resolved.path, store.root);
	if (etagOf(bytes) !== ifMatch) return fail(409, `${label} ${CONFLICT}`);
	const before = bytes?.toString('utf8') ?? jsonText({ entities: [] });
	const edits = modify(before, ['entities', -1], parsed.data, { formattingOptions: { insertSpaces: true, tabSize: 2, eol: '\n' } });
	const text = applyEdits(before, edits);
	const refused = refusedChange(store, 'entities', resolved.path, text);
	if (refused) return refused;
	writeAtomic(resolved.path, text);
	return { status: 200, body: { etag: etagOf(text), entity: parsed.data } };
}

/**
 * Adds an article file, stored byte for byte, and ingests it as `npm run ingest` does. A bad
 * article gets the CLI's message and nothing is written; an existing article of that name is
 * re-ingested only if the bytes are the same (its decisions kept), never replaced.
 */
export function addArticle(store: Store, id: string, bytes: Uint8Array): Reply {
	const resolved = dataFile(store.data, 'article', id);
	if (!resolved.ok) return fail(400, resolved.message);
	const label = fileLabel(resolved.path, store.root);
	let text: string;
	try {
		// The BOM stays, as readFileSync keeps it: offsets must count what check:data will read.
		text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
	} catch {
		return fail(422, `${label}: is not UTF-8 text; save the article as UTF-8 and add it again`);
	}
	const existing = readIfExists(resolved.path);
	if (existing && !existing.equals(bytes))
		return fail(409, `${label} already exists with other text; rename the new article or remove the old one with git`);
	const files = withFile(readDataFiles(store.root, store.data), 'articles', label, text);
	const proposed = proposeFor([{ file: label, text }], files);
	if (proposed.errors.length) return fail(422, proposed.errors[0]!, proposed.errors);
	mkdirSync(join(store.data, 'articles'), { recursive: true });
	if (!existing) writeAtomic(resolved.path, bytes);
	const log = [...proposed.log];
	const written = writeReviews(proposed.results, store.data, store.root, log);
	return { status: existing ? 200 : 201, body: { id, written: [...(existing ? [] : [label]), ...written], log } };
}
