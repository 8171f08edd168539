import { describe, expect, test } from 'vitest';
import { event, timed } from '$lib/test/events';
import { sortEvents, toggleSort } from './table-sort';

const events = timed(
	event('b', '2016-02', { title: 'beta', kind: 'claim' }),
	event('a', '2016-01', { title: 'Alpha', kind: 'death' }),
	event('c', '2016-03', { title: 'alpha', kind: 'attack' }),
	event('d', '2016-04', { title: 'Event 10', kind: 'claim' }),
	event('e', '2016-05', { title: 'Event 9', kind: 'attack' })
);

describe('sortEvents', () => {
	test.each([
		['date', true, ['a', 'b', 'c', 'd', 'e']],
		['date', false, ['e', 'd', 'c', 'b', 'a']],
		['title', true, ['a', 'c', 'b', 'e', 'd']],
		['title', false, ['d', 'e', 'b', 'a', 'c']],
		['kind', true, ['c', 'e', 'b', 'd', 'a']],
		['kind', false, ['a', 'b', 'd', 'c', 'e']]
	] as const)('by %s, ascending %s', (key, ascending, ids) => {
		expect(sortEvents(events, { key, ascending }).map((e) => e.id)).toEqual(ids);
	});

	test('leaves the list it is given as it was', () => {
		sortEvents(events, { key: 'title', ascending: false });
		expect(events.map((e) => e.id)).toEqual(['a', 'b', 'c', 'd', 'e']);
	});
});

describe('toggleSort', () => {
	test.each([
		[{ key: 'date', ascending: true }, 'date', { key: 'date', ascending: false }],
		[{ key: 'date', ascending: false }, 'date', { key: 'date', ascending: true }],
		[{ key: 'date', ascending: false }, 'title', { key: 'title', ascending: true }]
	] as const)('%j, then %s: %j', (from, key, to) => expect(toggleSort(from, key)).toEqual(to));
});
