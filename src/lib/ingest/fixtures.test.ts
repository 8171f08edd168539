// @vitest-environment node
/**
 * Ingest on the test articles of tests/fixtures/ (the same layout as the corpus, other
 * real events): recall and date accuracy against the expected events, the merge of one
 * event told by both, re-anchoring in a corrected copy, and every kind of bad input.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { EventKind } from '$lib/model/schema';
import type { ReviewFile } from '$lib/model/review';
import { checkData } from '$lib/model/validate';
import { formatIssue, type DataFile } from '$lib/model/issues';
import { fixAnchors } from '$lib/model/fix-anchors';
import { codePointText } from '$lib/corpus/codepoints';
import { ingestArticle, type IngestData } from './ingest';

const FIXTURES = fileURLToPath(new URL('../../../tests/fixtures/', import.meta.url));
const read = (path: string) => readFileSync(FIXTURES + path, 'utf8');
const ENTITIES: DataFile = { file: 'data/entities.json', text: read('entities.json') };
const { entities } = JSON.parse(ENTITIES.text);

interface Expected {
	events: { quote: string; edtf: string; basis: string; kind: EventKind; casualties?: object }[];
	undated: string[];
	/** Statements of what is planned or expected: proposed, flagged as planned. */
	planned: string[];
}

const article = (name: string, text = read(`articles/${name}.txt`)): DataFile => ({ file: `data/articles/${name}.txt`, text });
const reviewFile = (r: ReviewFile): DataFile => ({ file: `data/review/${r.article}.json`, text: JSON.stringify(r, null, 2) });
const ingest = (a: DataFile, data: Partial<IngestData> = {}) =>
	ingestArticle(a.file, a.text, { entities, events: [], reviews: [], ...data }).review;

function accept(review: ReviewFile, sentence: string): string {
	const p = review.proposals.find((p) => p.sources[0]!.quote.exact.includes(sentence));
	if (!p) throw new Error(`no proposal quotes "${sentence}"`);
	p.status = 'accepted';
	return p.id;
}

describe.each(['t01_paris_attacks', 't02_brussels_bombings'])('ingest of %s', (name) => {
	const expected = JSON.parse(read(`expected/${name}.json`)) as Expected;
	const { proposals } = ingest(article(name));
	const inSentence = (quote: string) => proposals.filter((p) => p.sources[0]!.quote.exact.includes(quote));

	it.each(expected.events)('proposes "$quote" at $edtf ($basis), as $kind', (e) => {
		const found = inSentence(e.quote).find((p) => p.date.edtf === e.edtf);
		expect(found && [found.date.basis, found.kind]).toEqual([e.basis, e.kind]);
		if (e.casualties) expect(found!.casualties).toEqual(e.casualties);
	});

	it('proposes nothing for an undated mention', () => {
		expect(expected.undated.flatMap((q) => inSentence(q))).toEqual([]);
	});

	it('proposes a plan flagged as planned, never as having happened', () => {
		expect(expected.planned.map((q) => inSentence(q).map((p) => p.planned))).toEqual(expected.planned.map(() => [true]));
	});

	it('dates nothing after publication but plans', () => {
		const published = /\((\d+ \w+ \d{4})\)/.exec(read(`articles/${name}.txt`))![1]!;
		const end = Date.parse(`${published} 23:59:59 UTC`);
		expect(proposals.filter((p) => !p.planned && Date.parse(p.date.edtf.split('/')[0]!.replace('?', '')) > end)).toEqual([]);
	});
});

describe('one event told by two articles', () => {
	it('is proposed as a new source of the event, and check:data shows it once with both sources', () => {
		const first = ingest(article('t01_paris_attacks'));
		const paris = accept(first, 'killed 130 people in Paris on Friday');
		const files = {
			articles: [article('t01_paris_attacks'), article('t02_brussels_bombings')],
			entities: [ENTITIES],
			events: [],
			reviews: [reviewFile(first)]
		};
		const before = checkData(files);
		expect(before.issues.map(formatIssue)).toEqual([]);

		const second = ingest(article('t02_brussels_bombings'), { events: before.corpus.events, reviews: [first] });
		const told = second.proposals.find((p) => p.mergeInto);
		expect([told?.sources[0]!.quote.exact, told?.mergeInto]).toEqual([
			'The Paris attacks of 13 November 2015, in which 130 people were killed, were planned by the same network, investigators said.',
			paris
		]);
		told!.status = 'accepted';

		const after = checkData({ ...files, reviews: [reviewFile(first), reviewFile(second)] });
		expect(after.issues.map(formatIssue)).toEqual([]);
		const events = after.corpus.events.filter((e) => e.id === paris);
		expect(events.map((e) => e.sources.map((s) => s.article))).toEqual([['t01_paris_attacks', 't02_brussels_bombings']]);
	});
});

describe('an accepted proposal that merges into an unknown event', () => {
	it('is reported at its field, and adds no source anywhere', () => {
		const review = ingest(article('t01_paris_attacks'));
		const p = review.proposals[0]!;
		Object.assign(p, { status: 'accepted', mergeInto: 'paris-attaks' });
		const { issues, corpus } = checkData({ articles: [article('t01_paris_attacks')], entities: [ENTITIES], events: [], reviews: [reviewFile(review)] });
		expect(issues.map((i) => `${i.record}, ${i.field}: ${i.message}`)).toEqual([`proposal ${p.id}, mergeInto: unknown event "paris-attaks"`]);
		expect(corpus.events).toEqual([]);
	});
});

describe('a corrected copy of an article', () => {
	const name = 't02_brussels_bombings';
	const review = ingest(article(name));
	// The accepted event counts from the arrest, which is accepted too.
	accept(review, 'On Friday 18 March police arrested');
	const id = accept(review, 'four days after Abdeslams arrest');
	const index = review.proposals.findIndex((p) => p.id === id);
	const { start, end } = review.proposals[index]!.sources[0]!.position;
	const checkWith = (text: string, r = review) =>
		checkData({ articles: [article(name, text)], entities: [ENTITIES], events: [], reviews: [reviewFile(r)] });

	it('re-anchors a quote whose punctuation was mended, reports it, and --fix stores the new anchor and its score', () => {
		// An apostrophe put back, and a blank line added before the first paragraph: one code point later.
		const mended = read(`articles/${name}.txt`)
			.replace('Abdeslams arrest', 'Abdeslam’s arrest')
			.replace('\nTwo suicide', '\n\nTwo suicide');
		const [moved] = [`${start + 1}–${end + 2}`];
		const arrest = review.proposals.find((p) => p.status === 'accepted' && p.id !== id)!.sources[0]!.position;
		expect(checkWith(mended).issues.map((i) => i.message)).toEqual([
			`offsets ${arrest.start}–${arrest.end} disagree with the quote, which stands at ${arrest.start + 1}–${arrest.end + 1} (npm run check:data -- --fix rewrites them)`,
			'quote "The bombings came four days after Abdeslams arrest." is no longer verbatim in the article; the closest passage, ' +
				`"The bombings came four days after Abdeslam’s arrest." at ${moved}, scores 0.989 (npm run check:data -- --fix re-anchors it there)`
		]);
		const fixed = fixAnchors(reviewFile(review), new Map([[name, codePointText(mended)]]))!;
		// Every anchor of the file moves, the undecided ones too; only the mended one by a fuzzy match.
		expect(fixed.changes).toHaveLength(review.proposals.length);
		expect(fixed.changes).toContain(`proposals[${index}].sources[0]: ${start}–${end} → ${moved} (re-anchored with score 0.989)`);
		const rewritten = JSON.parse(fixed.text) as ReviewFile;
		expect(checkWith(mended, rewritten).issues).toEqual([]);
		expect(rewritten.proposals[index]!.sources[0]).toMatchObject({
			quote: { exact: 'The bombings came four days after Abdeslam’s arrest.' },
			score: 0.989
		});
	});

	it('is an error, never a jump elsewhere, when the quoted passage was lost', () => {
		const lost = read(`articles/${name}.txt`).replace('The bombings came four days after Abdeslams arrest.\n', '');
		const arrest = review.proposals.find((p) => p.status === 'accepted' && p.id !== id)!;
		const { start, end } = arrest.sources[0]!.position;
		expect(checkWith(lost).issues.map((i) => `${i.record}, ${i.field}: ${i.message}`)).toEqual([
			// The sentence before it lost its suffix, but still stands word for word: it is found.
			`event ${arrest.id}, sources[0].quote.exact: quote "On Friday 18 March police arrested Salah Abdeslam in Mole…" ` +
				`stands at ${start}–${end}, but its prefix/suffix changed (score 0.868; npm run check:data -- --fix re-anchors it)`,
			`event ${id}, sources[0].quote.exact: ` +
				'quote "The bombings came four days after Abdeslams arrest." is not in the article, nor any passage close to it'
		]);
	});
});

describe('bad input', () => {
	const good = read('articles/t01_paris_attacks.txt');
	it.each([
		['an empty file', '', 'data/articles/bad.txt:1: is empty'],
		['a file of blank lines', '\n \n\n', 'data/articles/bad.txt:1: is empty'],
		['a binary file', 'PK\u0003\u0004\u0000\u0000\u0008', 'data/articles/bad.txt:1: is a binary file, not a plain-text article'],
		['a missing date line', good.replace('17.11.2015\n', ''), 'data/articles/bad.txt:6: expected the filed date as dd.mm.yyyy, found "Guardian (16 November 2015)"'],
		['an unparseable filed date', good.replace('17.11.2015', '31.02.2015'), 'data/articles/bad.txt:5: expected the filed date as dd.mm.yyyy, found "31.02.2015"'],
		['an unparseable publication date', good.replace('16 November 2015', '16 Novembre 2015'), 'data/articles/bad.txt:7: cannot read the publication date "16 Novembre 2015" (e.g. 23 March 2017)']
	])('%s is refused with a message naming file and line', (_, text, message) => {
		expect(() => ingest({ file: 'data/articles/bad.txt', text })).toThrow(message);
	});
});
