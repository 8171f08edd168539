/**
 * npm run ingest -- <article.txt ...>: proposes the dated events of articles already in
 * data/articles/ and writes them for review to data/review/<article-id>.json. All the
 * articles are read and checked first; if any is bad, nothing is written. The Curate page
 * of `npm run dev` runs the same code (src/lib/server/ingest-files.ts).
 */
import { pathToFileURL } from 'node:url';
import { runIngest } from '../src/lib/server/ingest-files';

export { runIngest } from '../src/lib/server/ingest-files';

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
	const run = runIngest(process.argv.slice(2));
	for (const line of run.log) console.log(line);
	for (const e of run.errors) console.error(e);
	if (run.errors.length) {
		console.error(`\ningest: ${run.errors.length} problem(s); nothing written`);
		process.exit(1);
	}
	console.log('\nReview the proposals on the Curate page of npm run dev, or set "status" to "accepted" or "rejected" in the file, then run npm run check:data.');
}
