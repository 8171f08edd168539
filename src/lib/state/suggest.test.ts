import { describe, expect, it } from 'vitest';
import type { Relation } from '$lib/model/schema';
import { event, timed } from '$lib/test/events';
import { NO_FILTERS, type Filters } from './filters';
import { buildSearch } from './search';
import { describeEmpty, suggestFilters, suggestionLabel } from './suggest';

const events = timed(
	event('attack', '2017-03-22', { title: 'Westminster attack', actors: ['masood'] }),
	event('claim', '2017-03-23', { kind: 'claim', title: 'Isis claims the attack', actors: ['isis'] }),
	event('nice', '2016-07-14', { title: 'Nice lorry attack' }),
	event('call', '2016-05', { kind: 'call-to-action', title: 'Adnani calls for attacks', actors: ['isis'] })
);
const relations: Relation[] = [
	{ from: 'claim', to: 'attack', kind: 'claims', sources: [] },
	{ from: 'call', to: 'nice', kind: 'linked-to', sources: [] }
];
const search = buildSearch(events, []);
const NAMES: Record<string, string> = { isis: 'Isis', masood: 'Khalid Masood' };
const nameOf = (id: string) => NAMES[id] ?? id;
const offers = (f: Partial<Filters>) => {
	const filters = { ...NO_FILTERS, ...f };
	return suggestFilters(events, filters, search, relations).map((s) => `${suggestionLabel(s, filters, nameOf)} (${s.count})`);
};

describe('suggestFilters', () => {
	it('offers to follow relations first: the attacks claimed by or linked to an actor', () => {
		expect(offers({ kinds: ['attack'], actors: ['isis'], linked: false })).toEqual([
			'Show attack events claimed by or linked to Isis (2)',
			'Show every kind (2)',
			'Show every actor (2)'
		]);
	});

	it('offers to drop the date filter or the search, when that alone shows events', () => {
		expect(offers({ kinds: ['attack'], from: '2017-03-23', q: 'nice' })).toEqual(['Remove the date filter (1)']);
		expect(offers({ kinds: ['claim'], q: 'lorry' })).toEqual(['Clear the search “lorry” (1)', 'Show every kind (1)']);
	});

	it('names the strongest relation and sums up the rest', () => {
		const more: Relation[] = [...relations, { from: 'call', to: 'attack', kind: 'instructs', sources: [] }, { from: 'attack', to: 'call', kind: 'responds-to', sources: [] }];
		const f = { ...NO_FILTERS, kinds: ['attack' as const], actors: ['isis'], linked: false };
		const [s] = suggestFilters(events, f, search, more);
		expect(s!.via).toEqual(['claimed by', 'instructed by', 'responding to', 'linked to']);
		expect(suggestionLabel(s!, f, nameOf)).toBe('Show attack events claimed by or otherwise linked to Isis');
	});

	it('gives the filters to apply with each offer', () => {
		const [first] = suggestFilters(events, { ...NO_FILTERS, kinds: ['attack'], from: '2018-01-01' }, search, relations);
		expect(first).toMatchObject({ change: 'dates', count: 2, filters: { ...NO_FILTERS, kinds: ['attack'] } });
	});

	it('offers to clear everything only when no single change shows an event', () => {
		expect(offers({ kinds: ['claim'], q: 'lorry', from: '2018-01-01' })).toEqual(['Clear all filters (4)']);
		expect(suggestFilters([], { ...NO_FILTERS, kinds: ['claim'] })).toEqual([]);
	});
});

describe('describeEmpty', () => {
	it.each<[Partial<Filters>, string]>([
		[{ kinds: ['attack'], actors: ['isis'], linked: false }, 'No attack events by Isis.'],
		[{ kinds: ['attack', 'call-to-action'], actors: ['isis', 'masood'] }, 'No attack or call to action events by or linked to Isis or Khalid Masood.'],
		[{ q: 'lorry', from: '2017-01-01', to: '2017-02-01' }, 'No events matching “lorry” from 1 January 2017 to 1 February 2017.'],
		[{ to: '2010-12-31', articles: ['a1'] }, 'No events in the chosen article until 31 December 2010.']
	])('%j → %s', (f, text) => expect(describeEmpty({ ...NO_FILTERS, ...f }, nameOf)).toBe(text));
});
