/**
 * Ingest against the data folder, shared by `npm run ingest` and the curation API: read the
 * review files already there (refusing to touch one it cannot read), propose the events of
 * the articles, and write their review files whole. Nothing is written if any article is bad.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { ArticleError } from '$lib/corpus/article';
import { ingestArticle, type Ingested } from '$lib/ingest/ingest';
import { ReviewFile } from '$lib/model/review';
import { firstZodIssue } from '$lib/model/issues';
import { lineAt, readJson } from '$lib/model/json-source';
import { checkData, type DataFiles } from '$lib/model/validate';
import { dataDir, fileLabel, readDataFiles } from '$lib/server/data-files';
import { jsonText, writeAtomic } from '$lib/server/curate/files';

export interface IngestRun {
	written: string[];
	errors: string[];
	log: string[];
}

/** An article to ingest: its file as messages name it (data/articles/<id>.txt) and its text. */
export interface ArticleText {
	file: string;
	text: string;
}

export interface Proposed {
	results: [string, Ingested][];
	errors: string[];
	log: string[];
}

/** Proposes the events of the articles against the data files; reads and writes nothing. */
export function proposeFor(articles: ArticleText[], files: DataFiles): Proposed {
	const out: Proposed = { results: [], errors: [], log: [] };
	const { corpus, issues } = checkData(files);
	if (issues.length)
		out.log.push(`note: the data folder has ${issues.length} problem(s) (npm run check:data lists them); ingest uses what is valid`);
	// A review file that cannot be read would lose its decisions if ingest rewrote it.
	const reviews = (files.reviews ?? []).flatMap((f) => {
		const json = readJson(f.file, f.text);
		if (!json.ok) {
			out.errors.push(`${f.file}${json.line ? `:${json.line}` : ''}: ${json.message}`);
			return [];
		}
		const parsed = ReviewFile.safeParse(json.json.raw);
		if (parsed.success) return [parsed.data];
		out.errors.push(firstZodIssue(parsed.error, f.file, (path) => ({ line: lineAt(json.json, path) })));
		return [];
	});
	const data = { entities: corpus.entities, events: corpus.events, reviews };
	for (const { file, text } of articles) {
		try {
			out.results.push([file, ingestArticle(file, text, data)]);
		} catch (e) {
			if (!(e instanceof ArticleError)) throw e;
			out.errors.push(e.message);
		}
	}
	return out;
}

/** Writes each review file atomically; returns the files written, as messages name them. */
export function writeReviews(results: [string, Ingested][], data: string, root: string, log: string[]): string[] {
	mkdirSync(join(data, 'review'), { recursive: true });
	return results.map(([file, r]) => {
		const out = join(data, 'review', `${r.review.article}.json`);
		writeAtomic(out, jsonText(r.review));
		const merges = r.review.proposals.filter((p) => p.mergeInto && p.status === 'proposed').length;
		log.push(
			`${file.split('/').pop()} → ${fileLabel(out, root)}: ${r.added} proposed (${merges} as new sources of existing events), ` +
				`${r.kept} decision(s) kept, ${r.curated.length} already curated, ${r.skipped.length} dated phrase(s) skipped`
		);
		for (const s of r.skipped) log.push(`  skipped "${s.written}": ${s.reason}`);
		return fileLabel(out, root);
	});
}

/** The CLI's run: articles already in the data folder's articles/, by path. */
export function runIngest(paths: string[], root = process.cwd()): IngestRun {
	const run: IngestRun = { written: [], errors: [], log: [] };
	if (paths.length === 0) {
		run.errors.push('usage: npm run ingest -- data/articles/<article>.txt [...]');
		return run;
	}
	const data = dataDir(root);
	const articles: ArticleText[] = [];
	for (const path of paths) {
		const full = resolve(root, path);
		const file = fileLabel(full, root);
		if (dirname(full) !== join(data, 'articles')) {
			run.errors.push(`${file}: copy the article into data/articles/ first, so that its events can point at it`);
			continue;
		}
		try {
			articles.push({ file, text: readFileSync(full, 'utf8') });
		} catch (e) {
			if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
			run.errors.push(`${file}: no such file`);
		}
	}
	const proposed = proposeFor(articles, readDataFiles(root, data));
	run.log.push(...proposed.log);
	run.errors.push(...proposed.errors);
	if (run.errors.length) return run;
	run.written = writeReviews(proposed.results, data, root, run.log);
	return run;
}
