// @vitest-environment node
/**
 * Dates as a reader resolves them, one statement at a time, including the three ways a
 * general-purpose parser (chrono-node, used alone) gets them wrong.
 */
import { describe, expect, it } from 'vitest';
import * as chrono from 'chrono-node';
import type { Entity, Event } from '$lib/model/schema';
import { proposeEvents } from './propose';
import { testArticle } from './test-articles';

const ENTITIES: Entity[] = [
	{ id: 'masood', type: 'person', name: 'Khalid Masood', aliases: ['Masood'] },
	{ id: 'isis', type: 'organisation', name: 'Isis', aliases: ['Islamic State', 'Adnani'] },
	{ id: 'london', type: 'place', name: 'London', aliases: [] }
];

function propose(published: string, paragraph: string, events: Event[] = []) {
	return proposeEvents(testArticle('a1', published, paragraph), { entities: ENTITIES, events }).proposals;
}

const chronoDay = (text: string, published: string) =>
	chrono.en.GB.parseDate(text, { instant: new Date(`${published}T12:00:00Z`), timezone: 0 })?.toISOString().slice(0, 10);

describe('what chrono alone gets wrong', () => {
	it('a bare month is the latest before publication, where chrono takes the nearest, after it', () => {
		const text = 'Before being killed by an air strike in August, he issued calls.';
		expect(chronoDay(text, '2017-03-23')).toBe('2017-08-01');
		expect(propose('2017-03-23', text).map((p) => [p.date.edtf, p.date.basis])).toEqual([['2016-08', 'resolved']]);
	});

	it('a bare year is a date, where chrono finds none', () => {
		const text = 'Masood had a range of convictions dating back to 1983 for violent crime.';
		expect(chrono.en.GB.parse(text)).toEqual([]);
		expect(propose('2017-03-23', text).map((p) => [p.date.edtf, p.date.basis, p.kind])).toEqual([['1983', 'explicit', 'conviction']]);
	});

	it('"a day after he murdered…" counts from the murder, where chrono counts from the article', () => {
		const text = 'He was hailed as a soldier of the Islamic State a day after he murdered three people and injured 40 more.';
		expect(chronoDay(text, '2017-03-23')).toBe('2017-03-24');
		const attack: Event = {
			id: 'westminster-attack',
			title: 'Westminster attack',
			kind: 'attack',
			date: { edtf: '2017-03-22', basis: 'explicit' },
			actors: ['masood'],
			places: ['london'],
			casualties: { killed: 3, injured: 40 },
			assessments: [],
			sources: [{ article: 'a0', quote: { type: 'TextQuoteSelector', exact: 'x' }, position: { type: 'TextPositionSelector', start: 0, end: 1 } }]
		};
		const [claim] = propose('2017-03-23', `Khalid Masood ${text.slice(3)}`, [attack]);
		expect([claim!.kind, claim!.date]).toEqual([
			'claim',
			{ edtf: '2017-03-23', basis: 'resolved', written: 'a day after', relativeTo: 'westminster-attack' }
		]);
		// Casualties describe the murder the date counts from, not the claim.
		expect(claim!.casualties).toBeUndefined();
	});

	it('leaves "a day after" undecided, and says so, when the event it counts from is not dated', () => {
		const [p] = propose('2017-03-23', 'A statement was released a day after he murdered three people.');
		expect(p!.date.edtf).toBe('2017-03-23?');
		expect(p!.notes).toContain('"a day after" counts from an event this article does not date: set date.edtf and date.relativeTo');
	});
});

describe('proposeEvents dates', () => {
	it.each([
		// published, text, [edtf, basis, written]
		['2017-03-23', 'Members met in Washington on Wednesday.', ['2017-03-22', 'resolved', 'on Wednesday']],
		['2017-03-22', 'Members met in Washington on Wednesday.', ['2017-03-22', 'resolved', 'on Wednesday']],
		['2017-03-22', 'Members met in Washington last Wednesday.', ['2017-03-15', 'resolved', 'last Wednesday']],
		['2017-03-23', 'The magazine was released in March.', ['2017-03', 'resolved', 'March']],
		['2017-03-23', 'The magazine was released in November.', ['2016-11', 'resolved', 'November']],
		['2017-03-23', 'The magazine was released in November 2015.', ['2015-11', 'explicit', 'November 2015']],
		['2017-03-23', 'The lorry attack on 14 July killed 86 people.', ['2016-07-14', 'resolved', 'on 14 July']],
		['2017-03-23', 'The lorry attack on 14 July 2016 killed 86 people.', ['2016-07-14', 'explicit', 'on 14 July 2016']],
		['2016-03-24', 'Belgium observed national mourning from 22 to 24 March.', ['2016-03-22/2016-03-24', 'resolved', '22 to 24 March']],
		['2016-03-24', 'The siege lasted from 13 November to 2 December 2015.', ['2015-11-13/2015-12-02', 'resolved', '13 November to 2 December 2015']],
		['2017-03-23', 'The group raided towns from 2014 to 2016.', ['2014/2016', 'explicit', 'from 2014 to 2016']],
		['2017-03-23', 'Such attacks were rare in the 1990s.', ['199X', 'explicit', 'in the 1990s']],
		['2017-03-23', 'Police arrested him yesterday.', ['2017-03-22', 'resolved', 'yesterday']],
		['2017-03-23', 'Police arrested him last week.', ['2017-03-13/2017-03-19', 'resolved', 'last week']],
		['2017-03-23', 'Police arrested him last month.', ['2017-02', 'resolved', 'last month']],
		['2017-03-23', 'On the morning of 22 March a bomb exploded.', ['2017-03-22', 'resolved', '22 March']],
		['2017-03-23', 'The coalition has hailed success since its formation in 2014.', ['2014/2017-03-23', 'resolved', 'in 2014']]
	])('published %s: "%s"', (published, text, [edtf, basis, written]) => {
		const [p] = propose(published, text);
		expect([p?.date.edtf, p?.date.basis, p?.date.written]).toEqual([edtf, basis, written]);
	});

	it('counts "the next day" and "a fortnight later" from the event told before', () => {
		const proposals = propose('2016-03-24', 'Bombers attacked the airport on 1 March. The next day police arrested a suspect. A fortnight later the airport reopened.');
		expect(proposals.map((p) => [p.date.edtf, p.date.relativeTo ?? ''])).toEqual([
			['2016-03-01', ''],
			['2016-03-02', proposals[0]!.id],
			['2016-03-16', proposals[1]!.id]
		]);
	});

	it('counts months from a month-precise event at month precision, never inventing a day', () => {
		const proposals = propose('2015-11-16', 'The attacks came ten months after the attack on Charlie Hebdo in January.');
		expect(proposals.map((p) => p.date.edtf)).toEqual(['2015-01', '2015-11']);
	});

	it('dates a present progressive at publication, and a present perfect from the "since" before it', () => {
		const proposals = propose('2017-03-23', 'Isis has lost ground since its formation in 2014. Investigators are probing his links. Isis has conducted attacks in London.');
		expect(proposals.map((p) => [p.kind, p.date.edtf])).toEqual([
			['other', '2014/2017-03-23'],
			// The formation itself, in 2014.
			['other', '2014'],
			['investigation', '2017-03-23'],
			['attack', '2014/2017-03-23']
		]);
	});

	it('proposes a plan flagged as planned, and nothing for a statement without a date or a story before it', () => {
		const proposals = propose('2016-03-24', 'The airport will remain closed until Saturday. A gunman killed four people at the museum.');
		expect(proposals.map((p) => [p.date.edtf, p.planned])).toEqual([['2016-03-26', true]]);
	});
});
