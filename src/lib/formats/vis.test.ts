// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ImportedEvent } from '$lib/model/schema';
import { edtfToVis, exportVis, importVis } from './vis';

const read = (name: string) => readFileSync(`tests/fixtures/formats/${name}`, 'utf8');

describe('importVis', () => {
	const r = importVis(read('vis-items.json'));

	it('maps content, title, group and start/end at the precision written', () => {
		expect(r.rejected).toEqual([]);
		expect(r.events.map((e) => [e.id, e.title, e.kind, e.date.edtf])).toEqual([
			['1', 'Nice truck attack', 'attack', '2016-07-14T20:33:00Z/2016-07-14T20:38:00Z'],
			['2', 'Berlin market attack', 'attack', '2016-12-19'],
			['manchester-arena', 'Manchester Arena bombing', 'other', '2017-05-22T21:31:00Z'],
			['state-of-emergency', 'State of emergency in France', 'other', '2015-11/2017-11'],
			['year-2016', 'A year of attacks', 'other', '2016-01-01T00:00:00Z']
		]);
		expect(r.events[0]!.summary).toBe('A truck drove into crowds on the Promenade des Anglais.');
	});

	it('keeps type, className, style, subgroup and the rest in extra', () =>
		expect(r.events.map((e) => e.extra)).toEqual([
			{ className: 'severe' },
			{ type: 'point' },
			{ id: 'Manchester Arena', group: 3, subgroup: 'uk', style: 'color: #b00' },
			{ type: 'background', editable: false },
			undefined
		]));

	it('loads the good items of a partly bad file and names each problem', () => {
		const bad = importVis(read('bad-vis.json'));
		expect(bad.events.map((e) => e.id)).toEqual(['good-item']);
		expect(bad.rejected).toEqual([
			{ record: '[1]', line: 3, field: 'start', message: '"next tuesday" is not an ISO 8601 date' },
			{
				record: '[2]',
				line: 4,
				field: 'content',
				message: 'missing: every item needs content to title its event, got nothing'
			},
			{
				record: '[3]',
				line: 5,
				field: 'end',
				message: 'it ends (2016-01-01) before it starts (2017-01-01)'
			},
			{ record: '[4]', line: 6, field: 'id', message: 'duplicate id "good-item" (first in [0])' },
			{ record: '[5]', line: 7, message: 'expected an item object, got "not an item"' }
		]);
	});

	it('reads items wrapped with their groups, keeping the groups in the file extra', () => {
		const wrapped = importVis(
			JSON.stringify({
				groups: [{ id: 'attack', content: 'Attacks' }],
				items: [{ id: 'a', content: 'A', start: '2016' }]
			})
		);
		expect(wrapped.events.map((e) => e.id)).toEqual(['a']);
		expect(wrapped.extra).toEqual({ groups: [{ id: 'attack', content: 'Attacks' }] });
		expect(exportVis({ events: wrapped.events, extra: wrapped.extra })).toContain('"groups"');
	});

	it('refuses what is not a list of items', () =>
		expect(importVis('{"events": []}').rejected.map((p) => p.message)).toEqual([
			'not a vis-timeline file: expected a list of items or an object with an "items" list'
		]));
});

describe('edtfToVis', () => {
	it.each([
		['2016-12-19', { start: '2016-12-19' }],
		['2017-03-22T14:40:08Z', { start: '2017-03-22T14:40:08.000Z' }],
		['2016-05', { start: '2016-05-01T00:00:00.000Z', end: '2016-05-31T23:59:59.999Z' }],
		['2014/2017-03', { start: '2014-01-01T00:00:00.000Z', end: '2017-03-31T23:59:59.999Z' }]
	])('draws %s as %j', (edtf, dates) => expect(edtfToVis(edtf)).toEqual(dates));
});

describe('exportVis', () => {
	it('writes the documented fields and carries the rest', () => {
		const e: ImportedEvent = {
			id: 'e1',
			title: 'T',
			summary: 'S',
			kind: 'claim',
			date: { edtf: '2016-05', basis: 'explicit' },
			actors: [],
			places: [],
			assessments: [],
			sources: [],
			extra: { className: 'big' }
		};
		expect(JSON.parse(exportVis({ events: [e] }))).toEqual([
			{
				id: 'e1',
				content: 'T',
				start: '2016-05-01T00:00:00.000Z',
				end: '2016-05-31T23:59:59.999Z',
				group: 'claim',
				title: 'S',
				className: 'big',
				event_timeline: { date: { edtf: '2016-05', basis: 'explicit' } }
			}
		]);
	});
});
