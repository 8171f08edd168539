/**
 * npm run check:data [-- --fix]: validates every file under data/ and exits non-zero on
 * any problem. With --fix it first re-anchors quotes and rewrites their offsets.
 */
import { writeFileSync } from 'node:fs';
import { codePointText } from '../src/lib/corpus/codepoints';
import { checkData } from '../src/lib/model/validate';
import { formatIssue } from '../src/lib/model/issues';
import { fixAnchors } from '../src/lib/model/fix-anchors';
import { readDataFiles } from '../src/lib/server/data-files';

const fix = process.argv.includes('--fix');
let files = readDataFiles();

if (fix) {
	const { corpus } = checkData({ ...files, events: [] });
	const texts = new Map(corpus.articles.map((a) => [a.id, codePointText(a.text)]));
	for (const f of [...files.events, ...(files.reviews ?? [])]) {
		const fixed = fixAnchors(f, texts);
		if (!fixed) continue;
		writeFileSync(f.file, fixed.text);
		console.log(`${f.file}: rewrote ${fixed.changes.length} position(s)`);
		for (const c of fixed.changes) console.log(`  ${c}`);
	}
	files = readDataFiles();
}

const { corpus, issues } = checkData(files);
for (const issue of issues) console.error(formatIssue(issue));
const summary = `${corpus.articles.length} articles, ${corpus.entities.length} entities, ${corpus.events.length} events, ${corpus.relations.length} relations`;
if (issues.length) {
	console.error(`\ncheck:data: ${issues.length} problem(s); valid so far: ${summary}`);
	process.exit(1);
}
console.log(`check:data: ok — ${summary}`);
