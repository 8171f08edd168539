import { describe, expect, it } from 'vitest';
import { event, timed } from '$lib/test/events';
import { filterEvents, isFiltered, NO_FILTERS, type Filters } from './filters';
import { buildSearch } from './search';

const events = timed(
	event('orlando', '2016-06-12', { title: 'Orlando nightclub shooting', actors: ['mateen'] }),
	event('speech', '2016-05', { kind: 'call-to-action', title: 'Adnani speech', actors: ['adnani', 'isis'] }),
	event('convictions', '1983-11/2003-12', { kind: 'conviction', title: 'Masood convictions', actors: ['masood'] }),
	event('claim', '2017-03-23', { kind: 'claim', title: 'Isis claims the Westminster attack', actors: ['isis'] })
);
const entities = [
	{ id: 'isis', type: 'organisation' as const, name: 'Isis', aliases: ['Islamic State', 'Daesh'] },
	{ id: 'adnani', type: 'person' as const, name: 'Abu Muhammad al-Adnani', aliases: [] }
];
const search = buildSearch(events, entities);
const ids = (f: Partial<Filters>) => filterEvents(events, { ...NO_FILTERS, ...f }, search).map((e) => e.id);

describe('filterEvents', () => {
	it.each<[string, Partial<Filters>, string[]]>([
		['nothing', {}, ['convictions', 'speech', 'orlando', 'claim']],
		['a kind', { kinds: ['claim'] }, ['claim']],
		['two kinds', { kinds: ['claim', 'attack'] }, ['orlando', 'claim']],
		['an actor', { actors: ['isis'] }, ['speech', 'claim']],
		['kind and actor together', { kinds: ['claim'], actors: ['adnani'] }, []],
		['a range overlapping a long interval', { from: '2000-01-01', to: '2001-01-01' }, ['convictions']],
		['a range bounded on one side', { from: '2016-06-12' }, ['orlando', 'claim']],
		['the last day of a range, inclusive', { to: '2016-06-12' }, ['convictions', 'speech', 'orlando']],
		['a search by alias', { q: 'daesh' }, ['speech', 'claim']],
		['a search by prefix', { q: 'nightcl' }, ['orlando']],
		['a search with a typo', { q: 'Westminstr' }, ['claim']],
		['a search and a kind', { q: 'isis', kinds: ['call-to-action'] }, ['speech']],
		['a search with no hit', { q: 'zzzzqqq' }, []],
		['an article', { articles: ['a1'] }, ['convictions', 'speech', 'orlando', 'claim']],
		['another article', { articles: ['a2'] }, []]
	])('by %s', (_, f, expected) => expect(ids(f)).toEqual(expected));

	it('tells a filtered view from an unfiltered one', () => {
		expect(isFiltered(NO_FILTERS)).toBe(false);
		expect(isFiltered({ ...NO_FILTERS, q: '  ' })).toBe(false);
		expect(isFiltered({ ...NO_FILTERS, kinds: ['claim'] })).toBe(true);
	});
});
