/**
 * Checks the whole data folder at once and builds the corpus the app serves. Every problem
 * is reported with its file, line, event id and field; nothing is thrown away silently.
 */
import type { z } from 'zod';
import { ArticleError, parseArticle } from '$lib/corpus/article';
import { reanchorQuote } from '$lib/corpus/reanchor';
import { codePointText, type CodePointText } from '$lib/corpus/codepoints';
import { parseEdtf } from '$lib/time/interval';
import { fieldName, lineAt, placeOf, readJson, type JsonSource, type Path } from './json-source';
import {
	EntityFile,
	EventFile,
	SiteInfo,
	type Article,
	type Corpus,
	type Source,
	type Entity,
	type Event,
	type Relation
} from './schema';
import { acceptedOf, ReviewFile } from './review';
import { checkBriefings, type NamedBriefing } from './briefing';
import { zodIssues, type DataFile, type DataIssue } from './issues';

export interface DataFiles {
	articles: DataFile[];
	entities: DataFile[];
	events: DataFile[];
	/** data/review/*.json: proposals of ingest; the accepted ones count as events. */
	reviews?: DataFile[];
	/** data/briefings/*.json: event sequences for the /present route. */
	briefings?: DataFile[];
	/** data/site.json, if there is one: the corpus's title and standfirst. */
	site?: DataFile[];
}

const at = (json: JsonSource, path: Path) => ({ file: json.file, line: lineAt(json, path) });

const RECORD_KINDS: Record<string, string> = { events: 'event', entities: 'entity', proposals: 'proposal' };

/** Schema errors with the id of the record they are in and the field path inside it. */
function schemaIssues(json: JsonSource, error: z.ZodError): DataIssue[] {
	return zodIssues(error, (path) => {
		const [list, index, ...rest] = path;
		const record =
			typeof index === 'number'
				? (json.raw as Record<string, { id?: unknown }[] | undefined>)[String(list)]?.[index]
				: undefined;
		const kind = RECORD_KINDS[String(list)];
		const named = kind && typeof record?.id === 'string' ? `${kind} ${record.id}` : undefined;
		return { ...at(json, path), ...(named && { record: named, field: fieldName(rest) || undefined }) };
	});
}

interface Parsed<T> {
	json: JsonSource;
	data: T;
}

function parseFiles<S extends z.ZodType>(
	files: DataFile[],
	schema: S,
	issues: DataIssue[]
): Parsed<z.infer<S>>[] {
	return files.flatMap((f) => {
		const read = readJson(f.file, f.text);
		if (!read.ok) {
			issues.push({ file: f.file, line: read.line, message: read.message });
			return [];
		}
		const { json } = read;
		const result = schema.safeParse(json.raw);
		if (!result.success) {
			issues.push(...schemaIssues(json, result.error));
			return [];
		}
		return [{ json, data: result.data }];
	});
}

/** Sources of an event, each with the path that names it in messages. */
function sourcesOf(e: Event): [Path, Source][] {
	return [
		...e.sources.map((s, i): [Path, Source] => [['sources', i], s]),
		...e.assessments.flatMap((a, j) =>
			a.sources.map((s, i): [Path, Source] => [['assessments', j, 'sources', i], s])
		)
	];
}

function checkSource(
	source: Source,
	texts: Map<string, CodePointText>,
	report: (path: Path, message: string) => void,
	path: Path
) {
	const text = texts.get(source.article);
	if (!text) return report([...path, 'article'], `unknown article "${source.article}"`);
	const found = reanchorQuote(text, source.quote);
	if (!found.ok) return report([...path, 'quote', 'exact'], found.error);
	if (found.moved) return report([...path, 'quote', 'exact'], found.moved.message);
	const { start, end } = source.position;
	if (found.span.start !== start || found.span.end !== end)
		report(
			[...path, 'position'],
			`offsets ${start}–${end} disagree with the quote, which stands at ` +
				`${found.span.start}–${found.span.end} (npm run check:data -- --fix rewrites them)`
		);
}

export interface Checked {
	corpus: Corpus;
	issues: DataIssue[];
	briefings: NamedBriefing[];
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
			issues.push({ file: e.file, line: e.line, message: e.reason });
		}
	}
	const texts = new Map(articles.map((a) => [a.id, codePointText(a.text)]));
	const published = new Map(articles.map((a) => [a.id, a.published]));

	// Ids map to where they are first defined; a later record with the same id is refused.
	const entityIds = new Map<string, string>();
	const entities: Entity[] = [];
	for (const { json, data } of parseFiles(files.entities, EntityFile, issues))
		data.entities.forEach((e, i) => {
			const path = ['entities', i, 'id'];
			const first = entityIds.get(e.id);
			if (!first) {
				entityIds.set(e.id, placeOf(json, path));
				entities.push(e);
			} else
				issues.push({
					...at(json, path),
					record: `entity ${e.id}`,
					field: 'id',
					message: `duplicate entity id "${e.id}", first defined at ${first}`
				});
		});

	// Accepted proposals join the events, each still located by its place in its review file.
	const reviews = parseFiles(files.reviews ?? [], ReviewFile, issues);
	const eventFiles = [
		...parseFiles(files.events, EventFile, issues).map((p) => ({ ...p, list: 'events', at: p.data.events.map((_, i) => i) })),
		...reviews.map(({ json, data }) => {
			const accepted = acceptedOf(data).events;
			return { json, data: { events: accepted.map(([, e]) => e), relations: [] }, list: 'proposals', at: accepted.map(([i]) => i) };
		})
	];
	const events: Event[] = [];
	const relations: Relation[] = [];
	const eventIds = new Map<string, string>();
	const duplicates = new Map<Event, string>();
	for (const { json, data, list, at: index } of eventFiles)
		data.events.forEach((e, i) => {
			const first = eventIds.get(e.id);
			if (first) duplicates.set(e, first);
			else eventIds.set(e.id, placeOf(json, [list, index[i]!, 'id']));
		});

	for (const { json, data, list, at: index } of eventFiles) {
		data.events.forEach((e, i) => {
			const report = (path: Path, message: string) =>
				issues.push({
					...at(json, [list, index[i]!, ...path]),
					record: `event ${e.id}`,
					field: fieldName(path),
					message
				});
			const before = issues.length;
			const first = duplicates.get(e);
			if (first) report(['id'], `duplicate event id "${e.id}", first defined at ${first}`);
			const entityRefs: [Path, string | undefined][] = [
				...e.actors.map((a, i): [Path, string] => [['actors', i], a]),
				...e.places.map((p, i): [Path, string] => [['places', i], p]),
				...e.assessments.flatMap((a, i): [Path, string | undefined][] => [
					[['assessments', i, 'group'], a.group],
					[['assessments', i, 'attacker'], a.attacker]
				])
			];
			for (const [path, ref] of entityRefs)
				if (ref !== undefined && !entityIds.has(ref)) report(path, `unknown entity "${ref}"`);
			if (e.date.relativeTo && !eventIds.has(e.date.relativeTo))
				report(['date', 'relativeTo'], `unknown event "${e.date.relativeTo}"`);
			for (const [path, s] of sourcesOf(e)) checkSource(s, texts, report, path);

			const date = parseEdtf(e.date.edtf);
			if (!date.ok) report(['date', 'edtf'], date.error);
			const day = published.get(e.sources[0]!.article);
			const afterDay = day && date.ok && date.value.min > Date.parse(`${day}T23:59:59.999Z`);
			if (afterDay && e.date.basis !== 'external')
				report(
					['date', 'edtf'],
					`a ${e.date.basis} date (${e.date.edtf}) cannot lie after its article's publication (${day})`
				);
			if (issues.length === before) events.push(e);
		});
		data.relations.forEach((r, i) => {
			const report = (path: Path, message: string) =>
				issues.push({
					...at(json, ['relations', i, ...path]),
					record: `relation ${r.from} → ${r.to}`,
					field: fieldName(['relations', i, ...path]),
					message
				});
			const before = issues.length;
			if (!eventIds.has(r.from)) report(['from'], `unknown event "${r.from}"`);
			if (!eventIds.has(r.to)) report(['to'], `unknown event "${r.to}"`);
			r.sources.forEach((s, j) => checkSource(s, texts, report, ['sources', j]));
			if (issues.length === before) relations.push(r);
		});
	}
	// An accepted proposal with mergeInto adds its passages to that event: one event, all its sources.
	for (const { json, data } of reviews)
		for (const [i, p] of acceptedOf(data).merges) {
			const report = (path: Path, message: string) =>
				issues.push({ ...at(json, ['proposals', i, ...path]), record: `proposal ${p.id}`, field: fieldName(path), message });
			const target = events.findIndex((e) => e.id === p.mergeInto);
			if (!eventIds.has(p.mergeInto!)) report(['mergeInto'], `unknown event "${p.mergeInto}"`);
			const before = issues.length;
			p.sources.forEach((s, j) => checkSource(s, texts, report, ['sources', j]));
			if (issues.length === before && target >= 0)
				events[target] = { ...events[target]!, sources: [...events[target]!.sources, ...p.sources] };
		}
	const checked = checkBriefings(files.briefings ?? [], eventIds);
	issues.push(...checked.issues);
	const site = parseFiles(files.site ?? [], SiteInfo, issues)[0]?.data;
	return { corpus: { articles, entities, events, relations, ...(site && { site }) }, issues, briefings: checked.briefings };
}
