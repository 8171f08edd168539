// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { codePointText } from '$lib/corpus/codepoints';
import { checkData, type DataFiles } from './validate';
import { formatIssue } from './issues';
import { fixAnchors } from './fix-anchors';

const ARTICLE = [
	'LONDON ATTACK',
	'-',
	'24.03.2017',
	'Independent (23 March 2017)',
	'Masood attacked Westminster on Wednesday. Isis claimed the attack a day later.',
	'Isis claimed the attack, experts said, but he acted alone.',
	'Kaynak/Source:'
].join('\n\n');

/** A source whose position is where the quote stands (the article is ASCII: units are code points). */
function source(exact: string, prefix?: string, suffix?: string) {
	const start = ARTICLE.indexOf(`${prefix ?? ''}${exact}${suffix ?? ''}`) + (prefix?.length ?? 0);
	return {
		article: 'a1',
		quote: { type: 'TextQuoteSelector', exact, ...(prefix && { prefix }), ...(suffix && { suffix }) },
		position: { type: 'TextPositionSelector', start, end: start + exact.length }
	};
}

const ATTACK = source('Masood attacked Westminster').position;
const ALONE = source('he acted alone').position;
const LATER = source('claimed the attack a day later').position;

const ENTITIES = {
	entities: [
		{ id: 'masood', type: 'person', name: 'Khalid Masood' },
		{ id: 'isis', type: 'organisation', name: 'Isis', aliases: ['Islamic State'] },
		{ id: 'london', type: 'place', name: 'London' }
	]
};

const EVENTS = {
	events: [
		{
			id: 'attack',
			title: 'Westminster attack',
			kind: 'attack',
			date: { edtf: '2017-03-22', basis: 'resolved', written: 'on Wednesday' },
			actors: ['masood'],
			places: ['london'],
			sources: [source('Masood attacked Westminster')]
		},
		{
			id: 'claim',
			title: 'Isis claims the attack',
			kind: 'claim',
			date: { edtf: '2017-03-23', basis: 'resolved', relativeTo: 'attack' },
			actors: ['isis'],
			assessments: [{ group: 'isis', attacker: 'masood', grade: 'inspired', sources: [source('he acted alone')] }],
			sources: [source('Isis claimed the attack', undefined, ' a day')]
		}
	],
	relations: [{ from: 'claim', to: 'attack', kind: 'claims', sources: [source('claimed the attack a day later')] }]
};

/** JSON as loosely typed as a hand-edited file, so that a test can break it in any way. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Loose = Record<string, any>;
type Data = { events: Loose[]; relations: Loose[] };

const json = (data: unknown) => JSON.stringify(data, null, 2) + '\n';
const EVENT_FILE = 'data/events/e.json';

function files(events: string = json(EVENTS), entities: string = json(ENTITIES)): DataFiles {
	return {
		articles: [{ file: 'data/articles/a1.txt', text: ARTICLE }],
		entities: [{ file: 'data/entities.json', text: entities }],
		events: [{ file: EVENT_FILE, text: events }]
	};
}

/** The events fixture changed by `change`, as a file's text. */
function changed(change: (d: Data) => void): string {
	const data: Data = structuredClone(EVENTS);
	change(data);
	return json(data);
}

/** 1-based line of the `nth` occurrence of `needle`: where a message should point. */
function lineOf(text: string, needle: string, nth = 1): number {
	let at = -1;
	for (let n = 0; n < nth; n++) at = text.indexOf(needle, at + 1);
	if (at < 0) throw new Error(`${needle} is not in the fixture`);
	return text.slice(0, at).split('\n').length;
}

const ev = (d: Data, i: number) => d.events[i]!;

describe('checkData', () => {
	it('accepts consistent data and builds the corpus from it', () => {
		const { corpus, issues } = checkData(files());
		expect(issues).toEqual([]);
		expect(corpus.articles.map((a) => a.id)).toEqual(['a1']);
		expect(corpus.entities.map((e) => e.id)).toEqual(['masood', 'isis', 'london']);
		expect(corpus.events.map((e) => e.id)).toEqual(['attack', 'claim']);
		expect(corpus.relations).toHaveLength(1);
		// Schema defaults are filled in.
		expect(corpus.events[0]!.assessments).toEqual([]);
		expect(corpus.entities[0]!.aliases).toEqual([]);
	});

	it.each<[string, (d: Data) => void, string | [string, number], string]>([
		['a missing title', (d) => delete ev(d, 0).title, ['"id": "attack"', -1], 'event attack, field title: Invalid input: expected string, received undefined'],
		['an unknown kind', (d) => (ev(d, 0).kind = 'bombing'), '"bombing"', 'event attack, field kind: Invalid option: expected one of "attack"|"claim"|"propaganda-release"|"call-to-action"|"death"|"military-operation"|"meeting"|"investigation"|"conviction"|"statement"|"other"'],
		['an external date without citation', (d) => (ev(d, 0).date.basis = 'external'), '"date"', 'event attack, field date.citation: an external date needs a citation of its source'],
		['an event without id', (d) => delete ev(d, 1).id, ['"title": "Isis claims', -1], 'field events[1].id: Invalid input: expected string, received undefined'],
		['a bad relation kind', (d) => (d.relations[0]!.kind = 'causes'), '"causes"', 'field relations[0].kind: Invalid option: expected one of "responds-to"|"claims"|"cites"|"instructs"|"part-of"|"linked-to"'],
		['a quote not in the article', (d) => (ev(d, 0).sources[0].quote.exact = 'Masood fled'), '"Masood fled"', 'event attack, field sources[0].quote.exact: quote "Masood fled" is not in the article, nor any passage close to it'],
		['offsets that disagree with the quote', (d) => (ev(d, 0).sources[0].position.start = 1), '"position"', `event attack, field sources[0].position: offsets 1–${ATTACK.end} disagree with the quote, which stands at ${ATTACK.start}–${ATTACK.end} (npm run check:data -- --fix rewrites them)`],
		['an ambiguous quote', (d) => delete ev(d, 1).sources[0].quote.suffix, '"exact": "Isis claimed the attack"', 'event claim, field sources[0].quote.exact: quote "Isis claimed the attack" occurs 2 times; a prefix or suffix must tell them apart'],
		['a quote in an assessment', (d) => (ev(d, 1).assessments[0].sources[0].quote.exact = 'directed from Raqqa'), '"directed from Raqqa"', 'event claim, field assessments[0].sources[0].quote.exact: quote "directed from Raqqa" is not in the article, nor any passage close to it'],
		['an unknown actor', (d) => ev(d, 0).actors.push('abu-izzadeen'), '"abu-izzadeen"', 'event attack, field actors[1]: unknown entity "abu-izzadeen"'],
		['an unknown assessed group', (d) => (ev(d, 1).assessments[0].group = 'aqap'), '"aqap"', 'event claim, field assessments[0].group: unknown entity "aqap"'],
		['an unknown article', (d) => (ev(d, 0).sources[0].article = 'a2'), '"a2"', 'event attack, field sources[0].article: unknown article "a2"'],
		['an unknown relation end', (d) => (d.relations[0]!.to = 'attack-2'), '"to": "attack-2"', 'relation claim → attack-2, field relations[0].to: unknown event "attack-2"'],
		['a bad quote in a relation', (d) => (d.relations[0]!.sources[0].quote.exact = 'in Brussels'), '"in Brussels"', 'relation claim → attack, field relations[0].sources[0].quote.exact: quote "in Brussels" is not in the article, nor any passage close to it'],
		['an unknown relativeTo', (d) => (ev(d, 1).date.relativeTo = 'atack'), '"atack"', 'event claim, field date.relativeTo: unknown event "atack"'],
		['an invalid EDTF date', (d) => (ev(d, 0).date.edtf = '2017-13'), '"2017-13"', 'event attack, field date.edtf: "2017-13" is not a valid EDTF date (Syntax error at line 1 col 7:)'],
		['an open interval', (d) => (ev(d, 0).date.edtf = '2017-03-22/'), '"2017-03-22/"', 'event attack, field date.edtf: "2017-03-22/" has an open or unknown bound; give both ends'],
		['a resolved date after publication', (d) => (ev(d, 1).date.edtf = '2017-03-24'), '"2017-03-24"', "event claim, field date.edtf: a resolved date (2017-03-24) cannot lie after its article's publication (2017-03-23)"],
		['an explicit date after publication', (d) => Object.assign(ev(d, 0).date, { edtf: '2017-04', basis: 'explicit' }), '"2017-04"', "event attack, field date.edtf: a explicit date (2017-04) cannot lie after its article's publication (2017-03-23)"],
		['a duplicate event id', (d) => d.events.push({ ...ev(d, 0), title: 'Again' }), ['"id": "attack"', 2], `event attack, field id: duplicate event id "attack", first defined at ${EVENT_FILE}:4`]
	])('reports %s with file, line, record and field', (_, change, at, message) => {
		const text = changed(change);
		const [needle, n] = typeof at === 'string' ? [at, 0] : at;
		const line = n > 0 ? lineOf(text, needle, n) : lineOf(text, needle) + n;
		const { issues } = checkData(files(text));
		expect(issues.map(formatIssue)).toEqual([`${EVENT_FILE}:${line}: ${message}`]);
	});

	it('keeps the events and relations that pass and leaves out those that do not', () => {
		const text = changed((d) => ev(d, 0).places.push('westminster'));
		const { corpus } = checkData(files(text));
		expect(corpus.events.map((e) => e.id)).toEqual(['claim']);
		expect(corpus.relations).toHaveLength(1);
	});

	it('keeps only the first of two events with one id, and names both places', () => {
		const other = json({ events: [EVENTS.events[0]] });
		const both = { ...files(), events: [...files().events, { file: 'data/events/f.json', text: other }] };
		const { corpus, issues } = checkData(both);
		expect(issues.map(formatIssue)).toEqual([
			`data/events/f.json:4: event attack, field id: duplicate event id "attack", first defined at ${EVENT_FILE}:4`
		]);
		expect(corpus.events.map((e) => e.id)).toEqual(['attack', 'claim']);
	});

	it('reports a duplicate entity id at the second one and keeps the first', () => {
		const text = json({ entities: [...ENTITIES.entities, { id: 'isis', type: 'organisation', name: 'Daesh' }] });
		const { corpus, issues } = checkData(files(undefined, text));
		expect(issues.map(formatIssue)).toEqual([
			`data/entities.json:${lineOf(text, '"id": "isis"', 2)}: entity isis, field id: duplicate entity id "isis", first defined at data/entities.json:${lineOf(text, '"id": "isis"')}`
		]);
		expect(corpus.entities.filter((e) => e.id === 'isis').map((e) => e.name)).toEqual(['Isis']);
	});

	it('names an entity in a schema error', () => {
		const text = json({ entities: [{ id: 'uk', type: 'country', name: 'United Kingdom' }] });
		expect(checkData(files(json({ events: [] }), text)).issues.map(formatIssue)).toEqual([
			'data/entities.json:5: entity uk, field type: Invalid option: expected one of "person"|"organisation"|"place"|"publication"'
		]);
	});

	it.each([
		['a missing comma', '{\n  "events": [\n    { "id": "x" "title": "y" }\n  ]\n}\n', '3: not valid JSON: comma expected at column 17'],
		['a value left out', '{\n  "events": [],\n  "relations": \n}\n', '4: not valid JSON: value expected at column 1'],
		['a trailing comma', '{\n  "events": [],\n}\n', '3: not valid JSON: property name expected at column 1'],
		['a file cut short', '{\n  "events": [\n', '3: not valid JSON: close bracket expected at column 1'],
		['an empty file', '', '1: not valid JSON: value expected at column 1']
	])('reports %s with its line', (_, text, message) => {
		expect(checkData(files(text)).issues.map(formatIssue)).toEqual([`${EVENT_FILE}:${message}`]);
	});

	it('reports a bad article with its line, and each source that cites it', () => {
		const data = files();
		data.articles[0]!.text = ARTICLE.replace('24.03.2017', '2017-03-24');
		const text = json(EVENTS);
		const cites = (nth: number, what: string) =>
			`${EVENT_FILE}:${lineOf(text, '"article": "a1"', nth)}: ${what}.article: unknown article "a1"`;
		expect(checkData(data).issues.map(formatIssue)).toEqual([
			'data/articles/a1.txt:5: expected the filed date as dd.mm.yyyy, found "2017-03-24"',
			cites(1, 'event attack, field sources[0]'),
			cites(3, 'event claim, field sources[0]'),
			cites(2, 'event claim, field assessments[0].sources[0]'),
			cites(4, 'relation claim → attack, field relations[0].sources[0]')
		]);
	});

	it('takes data/site.json into the corpus, and names its file and line when it is wrong', () => {
		const site = (text: string) => checkData({ ...files(), site: [{ file: 'data/site.json', text }] });
		expect(site(json({ title: 'Westminster', standfirst: 'What happened.' })).corpus.site).toEqual({ title: 'Westminster', standfirst: 'What happened.' });
		expect(checkData(files()).corpus.site).toBeUndefined();
		expect(site('{\n  "title": "",\n  "subtitle": "x"\n}\n').issues.map(formatIssue)).toEqual([
			'data/site.json:2: field title: a title needs words',
			'data/site.json:1: Unrecognized key: "subtitle"'
		]);
	});
});

describe('fixAnchors', () => {
	const texts = new Map([['a1', codePointText(ARTICLE)]]);
	const file = (text: string) => ({ file: EVENT_FILE, text });

	it('returns undefined when every position is right, or the file is not JSON', () => {
		expect(fixAnchors(file(json(EVENTS)), texts)).toBeUndefined();
		expect(fixAnchors(file('{ "events": ['), texts)).toBeUndefined();
	});

	it('rewrites only the positions that moved, in events, assessments and relations', () => {
		const text = changed((d) => {
			ev(d, 0).sources[0].position = { type: 'TextPositionSelector', start: 3, end: 9 };
			ev(d, 1).assessments[0].sources[0].position.start = 0;
			d.relations[0]!.sources[0].position.end = 99;
		});
		const fixed = fixAnchors(file(text), texts);
		expect(fixed?.changes).toEqual([
			`events[0].sources[0]: 3–9 → ${ATTACK.start}–${ATTACK.end}`,
			`events[1].assessments[0].sources[0]: 0–${ALONE.end} → ${ALONE.start}–${ALONE.end}`,
			`relations[0].sources[0]: ${LATER.start}–99 → ${LATER.start}–${LATER.end}`
		]);
		// Everything else, layout included, is as it was.
		expect(fixed?.text).toBe(json(EVENTS));
	});

	it('fills a missing position', () => {
		const text = changed((d) => delete ev(d, 0).sources[0].position);
		const fixed = fixAnchors(file(text), texts);
		expect(fixed?.changes).toEqual([`events[0].sources[0]: none → ${ATTACK.start}–${ATTACK.end}`]);
		expect(JSON.parse(fixed!.text)).toEqual(EVENTS);
		expect(checkData(files(fixed!.text)).issues).toEqual([]);
	});

	it('keeps a hand-made layout and every other field', () => {
		const text = [
			'{',
			'\t"events": [{',
			'\t\t"id": "attack", "title": "Westminster attack", "kind": "attack",',
			'\t\t"date": { "edtf": "2017-03-22", "basis": "resolved" },',
			'\t\t"actors": ["masood"], "places": ["london"],',
			'\t\t"sources": [{ "article": "a1", "quote": { "type": "TextQuoteSelector", "exact": "attacked Westminster" },',
			'\t\t\t"position": { "type": "TextPositionSelector", "start": 0, "end": 20 }, "score": 0.9 }]',
			'\t}]',
			'}',
			''
		].join('\n');
		const fixed = fixAnchors(file(text), texts);
		const { start, end } = source('attacked Westminster').position;
		expect(fixed?.text).toBe(text.replace('"start": 0, "end": 20', `"start": ${start}, "end": ${end}`));
	});

	it('leaves a quote it cannot place for checkData to report', () => {
		const text = changed((d) => {
			delete ev(d, 1).sources[0].quote.suffix;
			ev(d, 0).sources[0].quote.exact = 'Masood fled';
		});
		expect(fixAnchors(file(text), texts)).toBeUndefined();
	});
});
