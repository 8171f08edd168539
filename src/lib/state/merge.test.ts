import { describe, expect, test } from 'vitest';
import type { ImportedEvent, Relation } from '$lib/model/schema';
import { event, timed } from '$lib/test/events';
import { mergeEvents } from './merge';

const loaded = { events: timed(event('a', '2016-01'), event('c', '2016-03')), relations: [] as Relation[] };
const bare = (id: string, edtf: string, title = id): ImportedEvent => ({ ...event(id, edtf), title, sources: [] });
const rel = (from: string, to: string): Relation => ({ from, to, kind: 'responds-to', sources: [] });

describe('mergeEvents', () => {
	test('adds new events in time order, sources or none', () => {
		const m = mergeEvents(loaded, { events: [bare('d', '2016-04'), bare('b', '2016-02')] });
		expect(m.events.map((e) => e.id)).toEqual(['a', 'b', 'c', 'd']);
		expect(m.added).toEqual(['d', 'b']);
		expect(m.refused).toEqual([]);
		expect(m.events.find((e) => e.id === 'b')!.when.precision).toBe('month');
	});

	test.each([
		[
			'an id already loaded',
			[bare('a', '2020', 'Other A')],
			{ record: 'event a', field: 'id', message: 'id "a" is already loaded (“a”); the loaded event is kept' }
		],
		[
			'an id given twice',
			[bare('x', '2020'), bare('x', '2021')],
			{ record: 'event x', field: 'id', message: 'id "x" is given twice; the loaded event is kept' }
		],
		['a date that does not parse', [bare('y', 'May 2016')], { record: 'event y', field: 'date.edtf', message: expect.stringContaining('May 2016') }]
	])('refuses %s, keeping what is loaded', (_, events, problem) => {
		const m = mergeEvents(loaded, { events });
		expect(m.refused).toEqual([problem]);
		expect(m.events.find((e) => e.id === 'a')!.title).toBe('a');
		expect(m.events.length).toBe(loaded.events.length + m.added.length);
	});

	test('adds relations between loaded or added events; refuses the rest with a message', () => {
		const m = mergeEvents(
			{ ...loaded, relations: [rel('c', 'a')] },
			{ events: [bare('b', '2016-02')], relations: [rel('b', 'a'), rel('c', 'a'), rel('b', 'zz'), rel('q', 'a')] }
		);
		expect(m.relations).toEqual([rel('c', 'a'), rel('b', 'a')]);
		expect(m.refused).toEqual([
			{ record: 'relation c → a', message: 'already loaded (responds-to)' },
			{ record: 'relation b → zz', field: 'to', message: 'no event "zz" is loaded' },
			{ record: 'relation q → a', field: 'from', message: 'no event "q" is loaded' }
		]);
	});

	test('leaves the loaded list itself as it was', () => {
		const before = loaded.events.map((e) => e.id);
		mergeEvents(loaded, { events: [bare('b', '2016-02')] });
		expect(loaded.events.map((e) => e.id)).toEqual(before);
	});
});
