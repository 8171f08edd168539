/**
 * npm run eval:dates -- <folder> [--verbose]: how well ingest dates news it has not seen.
 * The folder is laid out like ../shared/tempeval (articles/<id>.txt in the corpus layout,
 * gold.json); each article is ingested in process against this project's data/, and the
 * dates of its proposals are scored beside chrono-node alone, with the definitions of the
 * official scorer (score.mjs). --verbose lists every miss and every invented date.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ArticleError } from '../src/lib/corpus/article';
import { ingestArticle } from '../src/lib/ingest/ingest';
import { chronoAlone, scoreProposals, type GoldArticle } from '../src/lib/ingest/score';
import { checkData } from '../src/lib/model/validate';
import { readDataFiles } from '../src/lib/server/data-files';

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const folder = args.find((a) => !a.startsWith('--'));
if (!folder) {
	console.error('usage: npm run eval:dates -- <folder with articles/ and gold.json> [--verbose]');
	process.exit(2);
}
let gold: Record<string, GoldArticle>;
try {
	gold = JSON.parse(readFileSync(join(folder, 'gold.json'), 'utf8'));
} catch (e) {
	console.error(`${join(folder, 'gold.json')}: ${(e as Error).message}`);
	process.exit(2);
}
const { corpus } = checkData(readDataFiles());
const data = { entities: corpus.entities, events: corpus.events, reviews: [] };

let total = 0, base = 0, right = 0, matched = 0, otherTime = 0, invented = 0, proposals = 0, refused = 0;
const t0 = performance.now();
for (const id of Object.keys(gold).sort()) {
	const g = gold[id]!;
	const file = join(folder, 'articles', `${id}.txt`);
	const text = readFileSync(file, 'utf8');
	total += g.dates.length;
	base += chronoAlone(text, g).filter(Boolean).length;
	let review;
	try {
		review = ingestArticle(`data/articles/${id}.txt`, text, data).review;
	} catch (e) {
		if (!(e instanceof ArticleError)) throw e;
		refused++;
		console.error(`refused: ${e.message}`);
		continue;
	}
	const s = scoreProposals(review.proposals, g);
	proposals += review.proposals.length;
	right += s.right.filter(Boolean).length;
	matched += s.matched;
	otherTime += s.otherTime;
	invented += s.invented.length;
	if (!verbose) continue;
	g.dates.forEach((t, i) => {
		if (s.right[i]) return;
		const got = review.proposals.filter((p) => p.date.written && p.date.written.toLowerCase().includes(t.text.toLowerCase()));
		console.log(`${id} (${g.dct}) miss "${t.text}" = ${t.value}; got ${got.map((p) => `"${p.date.written}" ${p.date.edtf}`).join(', ') || 'nothing'}`);
	});
	for (const p of s.invented) console.log(`${id} (${g.dct}) invented "${p.date.written ?? ''}" ${p.date.edtf}: ${p.sources[0]!.quote.exact.slice(0, 100)}`);
}
const pct = (a: number, b: number) => `${b ? ((100 * a) / b).toFixed(1) : '0.0'} %`;
console.log(`${Object.keys(gold).length} articles, ${total} gold date expressions, ${proposals} proposals, ${refused} article(s) refused, ${((performance.now() - t0) / 1000).toFixed(1)} s`);
console.log(`chrono-node alone: ${base}/${total} right (${pct(base, total)})`);
console.log(`ingest:            ${right}/${total} right (${pct(right, total)}), ${pct(right - base, total)} above chrono-node alone`);
console.log(`proposals: ${matched} on a gold date, ${otherTime} on other time words, ${invented} on words no annotator marked as a time (${pct(invented, proposals)} invented)`);
