import { describe, expect, it } from 'vitest';
import type { Relation } from '$lib/model/schema';
import { event, timed } from '$lib/test/events';
import { actorLinks, facetCounts, filterEvents, NO_FILTERS } from './filters';
import { filterOptions, keptEvents, optionIds } from './filter-options';

const events = timed(
	event('attack', '2017-03-22', { title: 'Westminster attack', actors: ['masood'] }),
	event('claim', '2017-03-23', { kind: 'claim', actors: ['isis'] }),
	event('call', '2016-05', { kind: 'call-to-action', actors: ['isis', 'adnani'] })
);
const relations: Relation[] = [{ from: 'claim', to: 'attack', kind: 'claims', sources: [] }];
const names = { actor: (id: string) => ({ isis: 'Isis', adnani: 'Abu Muhammad al-Adnani', masood: 'Khalid Masood' })[id] ?? id, article: (id: string) => `Article ${id}` };

describe('filterOptions', () => {
	it('keeps every option in a fixed order, with counts given the other filters', () => {
		const f = { ...NO_FILTERS, kinds: ['claim' as const] };
		const o = filterOptions(optionIds(events, names.actor), facetCounts(events, f, undefined, relations), names);
		expect(o.kinds).toEqual([
			{ id: 'attack', label: 'Attack', count: 1 },
			{ id: 'claim', label: 'Claim', count: 1 },
			{ id: 'call-to-action', label: 'Call to action', count: 1 }
		]);
		expect(o.actors).toEqual([
			{ id: 'isis', label: 'Isis', count: 1 },
			{ id: 'adnani', label: 'Abu Muhammad al-Adnani', count: 0 },
			{ id: 'masood', label: 'Khalid Masood', count: 0 }
		]);
		expect(o.articles).toEqual([{ id: 'a1', label: 'Article a1', count: 1 }]);
	});
});

describe('keptEvents', () => {
	it('says why an event that names none of the actors is shown', () => {
		const f = { ...NO_FILTERS, actors: ['isis'] };
		const shown = filterEvents(events, f, undefined, relations);
		expect(keptEvents(shown, f, actorLinks(events, relations), names.actor)).toEqual([{ id: 'attack', title: 'Westminster attack', why: 'claimed by Isis' }]);
		const more: Relation[] = [...relations, { from: 'attack', to: 'call', kind: 'responds-to', sources: [] }];
		const both = { ...f, actors: ['isis', 'adnani'] };
		expect(keptEvents(filterEvents(events, both, undefined, more), both, actorLinks(events, more), names.actor)).toEqual([
			{ id: 'attack', title: 'Westminster attack', why: 'claimed by and responding to Isis; responding to Abu Muhammad al-Adnani' }
		]);
	});
});
