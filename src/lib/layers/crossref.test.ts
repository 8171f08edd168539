import { describe, expect, test } from 'vitest';
import type { Entity } from '$lib/model/schema';
import { crossReference, type Candidate } from './crossref';
import { entityNames, matchName } from './names';

const DAY = 86_400_000;
const at = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const dayOf = (iso: string, slack = 0) => ({ when: { min: at(iso), max: at(iso) + DAY - 1 }, slack });
const names = (...n: string[]) => new Set(n.map(matchName));
const ENTITIES = new Map<string, Entity>([
	['london', { id: 'london', type: 'place', name: 'London', aliases: [] }],
	['isis', { id: 'isis', type: 'organisation', name: 'Isis', aliases: ['Islamic State', 'Daesh'] }],
	['saint-etienne-du-rouvray', { id: 'saint-etienne-du-rouvray', type: 'place', name: 'Saint-Étienne-du-Rouvray', aliases: [] }]
]);
const curated = (id: string, iso: string, ids: string[]): Candidate => ({ id, ...dayOf(iso), names: entityNames(ids, ENTITIES) });
// The Westminster attack as curated: an interval of 82 seconds in the afternoon.
const westminster: Candidate = { id: 'westminster-attack', when: { min: Date.parse('2017-03-22T14:40:08Z'), max: Date.parse('2017-03-22T14:41:30Z') }, names: entityNames(['london'], ENTITIES) };

describe('crossReference', () => {
	test.each([
		['same day, same place', dayOf('2017-03-22'), names('London'), ['westminster-attack']],
		['a day later', dayOf('2017-03-23'), names('London'), []],
		['same day, another place', dayOf('2017-03-22'), names('Manchester'), []],
		['a day later, within a week’s precision', dayOf('2017-03-24', 3 * DAY), names('London'), ['westminster-attack']],
		['outside a week’s precision', dayOf('2017-03-27', 3 * DAY), names('London'), []],
		['a place within the city, as ACLED writes it', dayOf('2017-03-22'), names('London - Westminster', 'London', 'Westminster'), ['westminster-attack']],
		['no names at all', dayOf('2017-03-22'), names(), []]
	])('%s', (_, when, n, expected) => {
		const refs = crossReference([westminster], [{ id: 'gbr1', ...when, names: n }]);
		expect(refs.map((r) => r.curated)).toEqual(expected);
	});

	test('an actor matches through an alias, whatever its case and accents', () => {
		const c = [curated('nice', '2016-07-14', ['isis']), curated('church', '2016-07-26', ['saint-etienne-du-rouvray'])];
		const rows = [
			{ id: 'r1', ...dayOf('2016-07-14'), names: names('ISLAMIC STATE') },
			{ id: 'r2', ...dayOf('2016-07-26'), names: names('Saint Etienne du Rouvray') }
		];
		expect(crossReference(c, rows)).toEqual([
			{ curated: 'nice', row: 'r1' },
			{ curated: 'church', row: 'r2' }
		]);
	});

	test('many curated events to one dataset row, each once, and one curated event to many rows', () => {
		const c = [curated('attack', '2017-03-22', ['london']), curated('stabbing', '2017-03-22', ['london']), curated('arrests', '2017-03-23', ['london'])];
		const rows = [
			{ id: 'week', ...dayOf('2017-03-22', 3 * DAY), names: names('London') },
			{ id: 'day', ...dayOf('2017-03-22'), names: names('London') }
		];
		expect(crossReference(c, rows)).toEqual([
			{ curated: 'attack', row: 'week' },
			{ curated: 'stabbing', row: 'week' },
			{ curated: 'arrests', row: 'week' },
			{ curated: 'attack', row: 'day' },
			{ curated: 'stabbing', row: 'day' }
		]);
	});

	test('a curated span of months names no day, and a year-long dataset row matches nothing', () => {
		const span = { id: 'campaign', when: { min: at('2017-01-01'), max: at('2017-06-30') }, names: names('London') };
		expect(crossReference([span], [{ id: 'r', ...dayOf('2017-03-22'), names: names('London') }])).toEqual([]);
		const year = { id: 'y', when: { min: at('2017-01-01'), max: at('2017-12-31') }, names: names('London') };
		expect(crossReference([westminster], [year])).toEqual([]);
	});

	test('100,000 dataset rows against the corpus take one pass, not all pairs', () => {
		const c = Array.from({ length: 2000 }, (_, i) => curated(`c${i}`, new Date(at('2010-01-01') + i * DAY).toISOString().slice(0, 10), ['london']));
		const rows = Array.from({ length: 100_000 }, (_, i) => ({ id: `r${i}`, when: { min: at('2010-01-01') + (i % 4000) * DAY, max: at('2010-01-01') + (i % 4000) * DAY }, names: names(i % 2 ? 'London' : 'Paris') }));
		const start = performance.now();
		const refs = crossReference(c, rows);
		// All pairs would be 200 million comparisons: seconds even on a fast machine.
		expect(performance.now() - start).toBeLessThan(2000);
		expect(refs.length).toBe(25_000);
	});
});

describe('matchName', () => {
	test.each([
		['Saint-Étienne-du-Rouvray', 'saint etienne du rouvray'],
		['  ISLAMIC   State ', 'islamic state'],
		['khalid-masood', 'khalid masood'],
		['Al-Qa’ida', 'al qa ida']
	])('%s → %s', (input, folded) => expect(matchName(input)).toBe(folded));
});
