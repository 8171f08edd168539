import { describe, expect, it } from 'vitest';
import { event, timed } from '$lib/test/events';
import type { Relation } from '$lib/model/schema';
import { actorLinks, facetCounts, filterEvents, isFiltered, keptThrough, NO_FILTERS, type Filters } from './filters';
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

describe('filters that follow relations', () => {
	const story = timed(
		event('attack', '2017-03-22', { title: 'Westminster attack', actors: ['masood'] }),
		event('claim', '2017-03-23', { kind: 'claim', actors: ['isis'] }),
		event('call', '2016-05', { kind: 'call-to-action', actors: ['adnani', 'isis'] }),
		event('orlando', '2016-06-12'),
		event('nice', '2016-07-14'),
		event('magazine', '2016-11', { kind: 'propaganda-release', actors: ['isis', 'rumiya'] })
	);
	const relations: Relation[] = [
		{ from: 'claim', to: 'attack', kind: 'claims', sources: [] },
		{ from: 'attack', to: 'call', kind: 'responds-to', sources: [] },
		{ from: 'call', to: 'orlando', kind: 'linked-to', sources: [] },
		{ from: 'magazine', to: 'nice', kind: 'cites', sources: [] },
		{ from: 'magazine', to: 'attack', kind: 'instructs', sources: [] }
	];
	const shown = (f: Partial<Filters>) => filterEvents(story, { ...NO_FILTERS, ...f }, undefined, relations).map((e) => e.id);

	it('counts an attack claimed by an actor as theirs, and one they only cite as not', () => {
		expect(shown({ kinds: ['attack'], actors: ['isis'] })).toEqual(['orlando', 'attack']);
		expect(shown({ kinds: ['attack'], actors: ['isis'], linked: false })).toEqual([]);
		expect(shown({ actors: ['masood'] }), 'the call the attack answers is not the attacker’s').toEqual(['attack']);
	});

	it('says through which relation each event is linked, once per actor and wording', () => {
		const links = actorLinks(story, relations);
		expect(links.get('attack')).toEqual([
			{ actor: 'isis', label: 'claimed by', via: 'claim' },
			{ actor: 'adnani', label: 'responding to', via: 'call' },
			{ actor: 'isis', label: 'responding to', via: 'call' },
			{ actor: 'isis', label: 'instructed by', via: 'magazine' },
			{ actor: 'rumiya', label: 'instructed by', via: 'magazine' }
		]);
		expect(links.get('orlando')).toEqual([
			{ actor: 'adnani', label: 'linked to', via: 'call' },
			{ actor: 'isis', label: 'linked to', via: 'call' }
		]);
		expect(links.has('nice')).toBe(false);
		const f = { ...NO_FILTERS, actors: ['rumiya'] };
		expect(keptThrough(story[story.length - 1]!, f, links)).toEqual([]);
		expect(keptThrough(story.find((e) => e.id === 'attack')!, f, links)).toEqual([{ actor: 'rumiya', label: 'instructed by', via: 'magazine' }]);
		expect(keptThrough(story.find((e) => e.id === 'attack')!, { ...f, linked: false }, links)).toEqual([]);
	});

	it('counts each option given the other filters, leaving out those left nothing', () => {
		const f = { ...NO_FILTERS, kinds: ['attack' as const], actors: ['isis'] };
		const c = facetCounts(story, f, undefined, relations);
		// Kinds given Isis: its attacks through links, its claim, call and magazine.
		expect(Object.fromEntries(c.kinds)).toEqual({ 'call-to-action': 1, attack: 2, claim: 1, 'propaganda-release': 1 });
		// Actors given attacks: each actor's attacks, own or linked.
		expect(Object.fromEntries(c.actors)).toEqual({ masood: 1, isis: 2, adnani: 2, rumiya: 1 });
		expect(Object.fromEntries(facetCounts(story, { ...f, linked: false }, undefined, relations).actors)).toEqual({ masood: 1 });
		expect(Object.fromEntries(c.articles)).toEqual({ a1: 2 });
	});

	it('with no filter, counts every event under each of its keys', () => {
		const c = facetCounts(events, NO_FILTERS, search);
		expect(Object.fromEntries(c.kinds)).toEqual({ conviction: 1, 'call-to-action': 1, attack: 1, claim: 1 });
		expect(c.actors.get('isis')).toBe(2);
	});
});
