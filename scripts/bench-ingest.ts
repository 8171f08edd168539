/**
 * npm run bench:ingest: times the ingest of a ~2,000-word article, built from the test
 * articles' paragraphs, and fails if the median run takes 2 s or more.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArticle } from '../src/lib/corpus/article';
import { ingestArticle } from '../src/lib/ingest/ingest';
import type { EntityFile } from '../src/lib/model/schema';

const FIXTURES = join(import.meta.dirname, '..', 'tests', 'fixtures');
const LIMIT_MS = 2000;
const RUNS = 7;
const WORDS = 2000;

function benchArticle(): string {
	const paragraphs = ['t01_paris_attacks', 't02_brussels_bombings'].flatMap((name) => {
		const file = join(FIXTURES, 'articles', `${name}.txt`);
		const article = parseArticle(file, readFileSync(file, 'utf8'));
		return article.paragraphs.map((p) => [...article.text].slice(p.start, p.end).join(''));
	});
	const body: string[] = [];
	let words = 0;
	for (let i = 0; words < WORDS; i++) {
		const p = paragraphs[i % paragraphs.length]!;
		body.push(p);
		words += p.split(/\s+/).length;
	}
	const text = ['BENCH ARTICLE', '-', '25.03.2016', 'Bench (24 March 2016)', ...body, 'Kaynak/Source:'].join('\n\n');
	return text + '\n';
}

const text = benchArticle();
const { entities } = JSON.parse(readFileSync(join(FIXTURES, 'entities.json'), 'utf8')) as EntityFile;
const data = { entities, events: [], reviews: [] };
const times: number[] = [];
let proposals = 0;
for (let i = 0; i < RUNS; i++) {
	const t0 = performance.now();
	proposals = ingestArticle('bench.txt', text, data).review.proposals.length;
	times.push(performance.now() - t0);
}
const sorted = [...times].sort((a, b) => a - b);
const median = sorted[Math.floor(RUNS / 2)]!;
const words = text.split(/\s+/).filter(Boolean).length;
console.log(`ingest of a ${words}-word article (${proposals} proposals), ${RUNS} runs`);
console.log(`  first run ${times[0]!.toFixed(0)} ms (loads the libraries), median ${median.toFixed(0)} ms, fastest ${sorted[0]!.toFixed(0)} ms`);
if (median >= LIMIT_MS) {
	console.error(`bench:ingest: the median ${median.toFixed(0)} ms is over the limit of ${LIMIT_MS} ms`);
	process.exit(1);
}
console.log(`bench:ingest: ok (limit ${LIMIT_MS} ms)`);
