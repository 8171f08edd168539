import { describe, expect, it } from 'vitest';
import { timeEvents } from '$lib/model/timed';
import { event } from '$lib/test/events';
import type { Event } from '$lib/model/schema';
import { itemsFromEvents } from './items';
import { assignLanes, laneKeysOf, type LaneKey } from './lanes';

const ev = (id: string, edtf: string, kind: Event['kind'], actors: string[] = []) =>
	event(id, edtf, { kind, actors });

const events = timeEvents([
	ev('a', '2016-05', 'attack', ['isis']),
	ev('b', '2016-05-20', 'attack'),
	ev('c', '2016-06', 'attack', ['isis', 'masood']),
	ev('d', '2016', 'claim', ['isis'])
]);

const time = (e: { when: { min: number; max: number } }): [number, number] => [e.when.min, e.when.max];
const by = (key: LaneKey) => itemsFromEvents(events, key);

describe('assignLanes', () => {
	it('puts overlapping spans of a lane in separate rows and reuses free rows', () => {
		const { lanes, marks } = assignLanes(by('kind'), time);
		const row = (id: string) => marks.find((m) => m.event.id === id)!.row;
		expect(lanes).toEqual([{ key: 'attack', rows: 2 }, { key: 'claim', rows: 1 }]);
		expect([row('a'), row('b'), row('c'), row('d')]).toEqual([0, 1, 0, 0]);
	});

	it('repeats an event in each actor lane and gathers events with none', () => {
		const { lanes, marks } = assignLanes(by('actor'), time);
		expect(lanes.map((l) => l.key)).toEqual(['isis', 'masood', 'none']);
		expect(marks.filter((m) => m.event.id === 'c').map((m) => m.lane)).toEqual(['isis', 'masood']);
	});

	it('follows a given lane order and packs in the caller unit', () => {
		const wide = assignLanes(by('kind'), (e) => [e.when.min, e.when.min + 1e12], ['claim', 'attack']);
		expect(wide.lanes).toEqual([{ key: 'claim', rows: 1 }, { key: 'attack', rows: 3 }]);
	});

	it('names the lanes of an event by article', () => {
		expect(laneKeysOf(events[0]!, 'article')).toEqual(['a1']);
	});
});
