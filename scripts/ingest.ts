/**
 * npm run ingest -- <article.txt ...>: proposes the dated events of articles already in
 * data/articles/ and writes them for review to data/review/<article-id>.json. All the
 * articles are read and checked first; if any is bad, nothing is written.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ArticleError } from '../src/lib/corpus/article';
import { ingestArticle, type Ingested } from '../src/lib/ingest/ingest';
import { ReviewFile } from '../src/lib/model/review';
import { fieldName, lineAt, readJson, type Path } from '../src/lib/model/json-source';
import { checkData } from '../src/lib/model/validate';
import { readDataFiles } from '../src/lib/server/data-files';

export interface IngestRun {
	written: string[];
	errors: string[];
	log: string[];
}

export function runIngest(paths: string[], root = process.cwd()): IngestRun {
	const run: IngestRun = { written: [], errors: [], log: [] };
	if (paths.length === 0) {
		run.errors.push('usage: npm run ingest -- data/articles/<article>.txt [...]');
		return run;
	}
	const files = readDataFiles(root);
	const { corpus, issues } = checkData(files);
	if (issues.length)
		run.log.push(`note: the data folder has ${issues.length} problem(s) (npm run check:data lists them); ingest uses what is valid`);
	// A review file that cannot be read would lose its decisions if ingest rewrote it.
	const reviews = (files.reviews ?? []).flatMap((f) => {
		const json = readJson(f.file, f.text);
		if (!json.ok) {
			run.errors.push(`${f.file}${json.line ? `:${json.line}` : ''}: ${json.message}`);
			return [];
		}
		const parsed = ReviewFile.safeParse(json.json.raw);
		if (parsed.success) return [parsed.data];
		const first = parsed.error.issues[0]!;
		run.errors.push(`${f.file}:${lineAt(json.json, first.path as Path)}: field ${fieldName(first.path)}: ${first.message}`);
		return [];
	});
	const results: [string, Ingested][] = [];
	for (const path of paths) {
		const file = relative(root, resolve(root, path));
		if (dirname(file) !== join('data', 'articles')) {
			run.errors.push(`${file}: copy the article into data/articles/ first, so that its events can point at it`);
			continue;
		}
		try {
			const data = { entities: corpus.entities, events: corpus.events, reviews };
			results.push([file, ingestArticle(file, readFileSync(join(root, file), 'utf8'), data)]);
		} catch (e) {
			if (e instanceof ArticleError) run.errors.push(e.message);
			else if ((e as NodeJS.ErrnoException).code === 'ENOENT') run.errors.push(`${file}: no such file`);
			else throw e;
		}
	}
	if (run.errors.length) return run;
	for (const [file, r] of results) {
		const out = join('data', 'review', `${r.review.article}.json`);
		mkdirSync(join(root, 'data', 'review'), { recursive: true });
		// Written whole or not at all: a reader never sees half a review file.
		writeFileSync(join(root, `${out}.tmp`), JSON.stringify(r.review, null, 2) + '\n');
		renameSync(join(root, `${out}.tmp`), join(root, out));
		run.written.push(out);
		const merges = r.review.proposals.filter((p) => p.mergeInto && p.status === 'proposed').length;
		run.log.push(
			`${basename(file)} → ${out}: ${r.added} proposed (${merges} as new sources of existing events), ` +
				`${r.kept} decision(s) kept, ${r.curated.length} already curated, ${r.skipped.length} dated phrase(s) skipped`
		);
		for (const s of r.skipped) run.log.push(`  skipped "${s.written}": ${s.reason}`);
	}
	return run;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
	const run = runIngest(process.argv.slice(2));
	for (const line of run.log) console.log(line);
	for (const e of run.errors) console.error(e);
	if (run.errors.length) {
		console.error(`\ningest: ${run.errors.length} problem(s); nothing written`);
		process.exit(1);
	}
	console.log('\nReview the proposals: set "status" to "accepted" or "rejected", then run npm run check:data.');
}
