// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exportOwn, importOwn } from './own';

const read = (name: string) => readFileSync(`tests/fixtures/formats/${name}`, 'utf8');
const base = { title: 'T', kind: 'attack', date: { edtf: '2016', basis: 'explicit' }, sources: [] };

describe('importOwn', () => {
	it('loads the good events of a partly bad file and names each problem by line and field', () => {
		const r = importOwn(read('bad-events.json'));
		expect(r.events.map((e) => e.id)).toEqual(['good-event']);
		expect(r.rejected).toEqual([
			{
				record: 'events[1]',
				line: 13,
				field: 'kind',
				message: expect.stringContaining('Invalid option: expected one of')
			},
			{
				record: 'events[2]',
				line: 21,
				field: 'date.edtf',
				message: '"14 July 2016" is not a valid EDTF date (Syntax error at line 1 col 3:)'
			},
			{
				record: 'events[3]',
				line: 25,
				field: 'id',
				message: 'duplicate id "good-event" (first in events[0])'
			},
			{
				record: 'events[4]',
				line: 33,
				field: 'title',
				message: 'Invalid input: expected string, received number'
			},
			{
				record: 'events[4]',
				line: 36,
				field: 'casualties.killed',
				message: 'Invalid input: expected number, received string'
			},
			{
				record: 'relations[0]',
				line: 41,
				field: 'relations[0].kind',
				message: expect.stringContaining('Invalid option')
			}
		]);
	});

	it('reads a whole corpus, keeping its articles and entities aside', () => {
		const r = importOwn(
			JSON.stringify({
				articles: [],
				entities: [{ id: 'isis' }],
				events: [{ id: 'a', ...base }],
				relations: []
			})
		);
		expect(r.events.map((e) => e.id)).toEqual(['a']);
		expect(r.extra).toEqual({ articles: [], entities: [{ id: 'isis' }] });
		expect(r.notes.map((n) => `${n.field}: ${n.message}`)).toEqual([
			"articles: 0 record(s): not events; kept in the file's extra",
			"entities: 1 record(s): not events; kept in the file's extra"
		]);
	});

	it('keeps fields the model does not know in extra, beside the extra the event has', () => {
		const r = importOwn(
			JSON.stringify({ events: [{ id: 'a', ...base, extra: { media: 1 }, colour: 'red' }] })
		);
		expect(r.events[0]!.extra).toEqual({ media: 1, colour: 'red' });
	});

	it('never lets a "__proto__" field reach an object prototype, and says it was not kept', () => {
		const r = importOwn(
			`{"events": [{"id": "a", "title": "T", "kind": "attack", "date": {"edtf": "2016", "basis": "explicit"}, "sources": [], "__proto__": {"polluted": true}}]}`
		);
		expect(r.events).toHaveLength(1);
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
		expect(r.notes).toEqual([
			{
				record: 'events[0]',
				line: 1,
				field: '__proto__',
				message: 'not kept: the name is reserved'
			}
		]);
	});

	it.each([
		[
			'{"events": [{"id": "a", "title": "T", "kind": "attack", "date": {"edtf": "2016", "basis": "explicit"}, "sources": [], "extra": 3}]}',
			'expected an object of named values, got 3'
		],
		[
			'{"events": [{"id": "a", "title": "T", "kind": "attack", "date": {"edtf": "2016", "basis": "external"}, "sources": []}]}',
			'an external date needs a citation of its source'
		],
		['{"events": [7]}', 'expected an event object, got 7'],
		['"events"', 'not an event file: expected an object with an "events" list']
	])('refuses %s: %s', (text, message) =>
		expect(importOwn(text).rejected.map((p) => p.message)).toEqual([message])
	);
});

describe('exportOwn', () => {
	it('writes the layout of data/events files, two-space indented', () => {
		const text = exportOwn({ events: [], relations: [] });
		expect(text).toBe('{\n  "events": [],\n  "relations": []\n}\n');
	});
});
