// @vitest-environment node
/**
 * The failures seen when ingest met news it had not been written for (issue 11), each on a
 * short article of our own: a clock time, a relative date counted from the wrong event, the
 * tense ignored, words that are not dates, dates missed, undated events of a narrative, an
 * event the corpus already has, plans, and a publisher line without a date.
 */
import { describe, expect, it } from 'vitest';
import type { Entity, Event } from '$lib/model/schema';
import type { Proposal } from '$lib/model/review';
import { ingestArticle } from './ingest';
import { proposeEvents } from './propose';
import { articleText, testArticle } from './test-articles';

const ENTITIES: Entity[] = [
	{ id: 'adnani', type: 'person', name: 'Abu Mohammad al-Adnani', aliases: ['Adnani'] },
	{ id: 'isis', type: 'organisation', name: 'Isis', aliases: ['ISIL', 'Islamic State'] },
	{ id: 'nice', type: 'place', name: 'Nice', aliases: [] }
];

const propose = (published: string, ...paragraphs: string[]) =>
	proposeEvents(testArticle('a1', published, ...paragraphs), { entities: ENTITIES, events: [] });

/** [edtf, words as written, planned] of each proposal, in the article's order. */
const dates = (proposals: Proposal[]) => proposals.map((p) => [p.date.edtf, p.date.written, p.planned ?? false]);

describe('ingest of news it was not written for', () => {
	it('takes a clock time for the time of the day it names, not for a second event', () => {
		const { proposals } = propose('2016-07-15', 'Yesterday at about 10:30 pm, a truck ploughed into the crowd on the promenade.');
		expect(dates(proposals)).toEqual([['2016-07-14', 'Yesterday', false]]);
	});

	it('counts "a few hours before the incident" from the incident, not from publication', () => {
		const { proposals } = propose('2016-07-20', 'A lorry ploughed into a crowd in Nice on 14 July. A few hours before the incident, the driver was seen near the promenade.');
		const [attack, before] = proposals;
		expect(before!.date).toMatchObject({ edtf: '2016-07-13/2016-07-14', written: 'A few hours before', relativeTo: attack!.id });
	});

	it('counts "four days after Abdeslams arrest" from the arrest told before, though the name is unknown', () => {
		const { proposals } = propose('2016-03-23', 'On Friday 18 March police arrested Salah Abdeslam in Molenbeek. The bombings came four days after Abdeslams arrest.');
		const [arrest, bombings] = proposals;
		expect(arrest!.date.edtf).toBe('2016-03-18');
		expect(bombings!.date).toMatchObject({ edtf: '2016-03-22', written: 'four days after', relativeTo: arrest!.id });
	});

	it.each([
		['2016-07-20', 'The government said the state of emergency would be lifted on July 26.', '2016-07-26'],
		['2016-07-21', 'Parliament approved extending the state of emergency into October.', '2016-10'],
		['2016-07-21', 'Regional elections will be held in December.', '2016-12'],
		['2016-07-21', 'Ministers will meet next week.', '2016-07-25/2016-07-31']
	])('lets the tense decide: a plan (%s) "%s" is proposed at %s, flagged planned', (published, text, edtf) => {
		const [p, ...rest] = propose(published, text).proposals;
		expect([p!.date.edtf, p!.planned, rest]).toEqual([edtf, true, []]);
		expect(p!.notes.join(' ')).toMatch(/planned or expected, not told as having happened/);
	});

	it('keeps the past for past narration of the same words', () => {
		const { proposals } = propose('2016-07-21', 'The state of emergency was lifted on July 16. Elections were held in December.');
		expect(dates(proposals)).toEqual([
			['2016-07-16', 'July 16', false],
			['2015-12', 'December', false]
		]);
	});

	it.each([
		'Officials may raise the alert level.',
		'Protesters march on the capital every year.',
		'The index closed at 2.46 billion.',
		'Fares rose from 4 pence.',
		'Now the alliance faces a harder task.'
	])('finds no date in "%s"', (text) => {
		expect(propose('2016-07-21', text).proposals).toEqual([]);
	});

	it.each([
		['1998-11-20', 'He was seen near the scene of the Oct. 23 slaying.', '1998-10-23', 'Oct. 23'],
		['1999-01-22', 'The council voted on Feb. 20 to close the office.', '1998-02-20', 'Feb. 20'],
		['2016-07-21', 'The group was founded in 1996 by two brothers.', '1996', 'in 1996'],
		['2016-07-21', 'Its leader has been in exile since 1978.', '1978/2016-07-21', 'since 1978'],
		['2017-03-23', 'The group lost its last stronghold in mid-2016.', '2016', 'mid-2016'],
		['2016-07-21', 'He was arrested last May in Nice.', '2016-05', 'last May'],
		['2016-03-21', 'He was arrested last May in Nice.', '2015-05', 'last May'],
		['2016-07-21', 'Police raided his flat last week.', '2016-07-11/2016-07-17', 'last week'],
		['2016-07-21', 'The treaty was signed in April last year.', '2015-04', 'April last year']
	])('dates (%s) "%s" at %s', (published, text, edtf, written) => {
		expect(dates(propose(published, text).proposals)).toEqual([[edtf, written, false]]);
	});

	it('counts "the following week" from the week told before', () => {
		const { proposals } = propose('2016-07-21', 'Police raided his flat in the week of 4 July. The following week he was charged.');
		expect(proposals.map((p) => p.date.edtf).at(-1)).toBe('2016-07-11/2016-07-17');
	});

	it('carries the narrative time to an event told without a date, and says so', () => {
		const { proposals } = propose(
			'2016-07-16',
			'A lorry ploughed into a crowd in Nice on Thursday night, killing 84 people. The attacker was later shot dead by the police.'
		);
		const [attack, death] = proposals;
		expect([death!.kind, death!.date.edtf, death!.date.written, death!.date.relativeTo]).toEqual(['death', '2016-07-14', 'on Thursday', attack!.id]);
		expect(death!.notes.join(' ')).toMatch(/^narrative time: no date of its own/);
	});

	it('carries the narrative time on through "then"', () => {
		const { proposals } = propose('2016-07-16', 'A lorry drove onto the promenade in Nice on Thursday night. He then crashed the lorry into a barrier.');
		expect(proposals.map((p) => [p.kind, p.date.edtf, p.date.written])).toEqual([
			['other', '2016-07-14', 'on Thursday'],
			['attack', '2016-07-14', 'on Thursday']
		]);
	});

	it('carries no narrative time into another paragraph far off, or into a present statement', () => {
		const { proposals } = propose(
			'2016-07-16',
			'A lorry ploughed into a crowd in Nice on Thursday night.',
			'The attacker is thought to have been behind a foiled attack in 2015.',
			'Officials met to discuss the alert.',
			'Police later arrested two men.'
		);
		expect(proposals.map((p) => p.sources[0]!.quote.exact.slice(0, 20))).toEqual(['A lorry ploughed int', 'The attacker is thou']);
	});

	it('dates a mention of an event the corpus has by that event, and proposes it as a new source of it', () => {
		const adnani: Event = {
			id: 'adnani-killed',
			title: 'Abu Mohammad al-Adnani killed in an air strike',
			kind: 'death',
			date: { edtf: '2016-08-30', basis: 'explicit' },
			actors: ['adnani'],
			places: [],
			assessments: [],
			sources: [{ article: 'a0', quote: { type: 'TextQuoteSelector', exact: 'x' }, position: { type: 'TextPositionSelector', start: 0, end: 1 } }]
		} as Event;
		const text = articleText('2016-09-20', "Attacks fell after the death of ISIL's spokesman, Abu Mohammad al-Adnani.");
		const { review } = ingestArticle('data/articles/a2.txt', text, { entities: ENTITIES, events: [adnani], reviews: [] });
		const [p, ...rest] = review.proposals;
		expect([p!.kind, p!.date.edtf, p!.date.relativeTo, p!.mergeInto, rest]).toEqual(['death', '2016-08-30', 'adnani-killed', 'adnani-killed', []]);
	});

	it('takes the filed date when the publisher line has none, and notes it on every proposal', () => {
		const text = ['A HEADLINE', '-', '15.07.2016', 'Test Times', 'Police arrested two men yesterday.', 'Kaynak/Source:'].join('\n\n');
		const { review } = ingestArticle('data/articles/a3.txt', text, { entities: ENTITIES, events: [], reviews: [] });
		expect(review.proposals.map((p) => p.date.edtf)).toEqual(['2016-07-14']);
		expect(review.proposals[0]!.notes[0]).toMatch(/gives no publication date, so the filed date 2016-07-15 stands for it/);
	});

	it('dates a holiday by its day in the year meant, and reads no holiday into a name (more in holidays.test.ts)', () => {
		const { proposals } = propose('2017-01-03', 'A lorry drove into the crowd in Nice on Bastille Day. Another drove into the Berlin Christmas market on 19 December.');
		expect(dates(proposals)).toEqual([
			['2016-07-14', 'Bastille Day', false],
			['2016-12-19', 'on 19 December', false]
		]);
	});
});
