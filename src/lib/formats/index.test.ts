// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { ImportedEvent, Relation } from '$lib/model/schema';
import { detectFormat, exportEvents, importFile, MAX_IMPORT_BYTES } from './index';

describe('detectFormat', () => {
	it.each([
		['a.csv', 'anything', 'csv'],
		['a.csv', '\uFEFFYear,Month,Day,Time,End Year,Display Date,Headline,Text\r\n', 'timelinejs-sheet'],
		['upload', 'Year,Month,Day,Display Date,Headline\n', 'timelinejs-sheet'],
		['2016.csv', 'event_id_cnty,event_date,event_type\n', 'acled'],
		['data', 'EVENT_ID_CNTY;EVENT_DATE;EVENT_TYPE\n', 'acled'],
		['gtd.txt', 'eventid\tiyear\timonth\tiday\n', 'gtd'],
		['acled.csv', 'title,date\n', 'csv'],
		['a.TSV', 'title\tdate', 'csv'],
		['a.json', '{"events": [{"id": "x", "date": {}}]}', 'json'],
		['a.json', '{"events": []}', 'json'],
		['a.json', '{"events": [{"start_date": {"year": 2016}}]}', 'timelinejs'],
		['a.json', '{"title": {"text": {}}, "events": []}', 'timelinejs'],
		['a.json', '[{"id": 1, "start": "2016"}]', 'vis'],
		['a.json', '{"items": []}', 'vis'],
		['a.json', '{"events": [', 'json'],
		['upload', '\uFEFF  [ ]', 'vis'],
		['upload', 'id,title,date\n', 'csv'],
		['upload', '<html><body>hello</body></html>', undefined],
		['upload', '{"something": "else"}', undefined]
	])('%s holding %j is %s', (name, text, format) => expect(detectFormat(name, text)).toBe(format));
});

describe('importFile', () => {
	it('refuses a file over the size limit before reading it', () => {
		const text = ' '.repeat(MAX_IMPORT_BYTES + 1);
		expect(importFile('big.json', text).rejected).toEqual([
			{ message: 'file too large: 10485761 bytes, over the 10 MB limit' }
		]);
	});

	it('counts UTF-8 bytes, not characters', () => {
		const text = 'é'.repeat(MAX_IMPORT_BYTES / 2 + 1);
		expect(importFile('big.csv', text).rejected[0]!.message).toBe(
			'file too large: 10485762 bytes, over the 10 MB limit'
		);
	});

	it('says when a file is neither JSON nor CSV', () =>
		expect(importFile('notes.txt', 'Dear diary').rejected).toEqual([
			{
				line: 1,
				message:
					'not JSON or CSV: expected an event file, TimelineJS3 or vis-timeline JSON, or a CSV with a header row'
			}
		]));

	it('follows the format it is told over the one it would guess', () =>
		expect(importFile('a.json', 'title,date\nX,2016\n', 'csv').events).toHaveLength(1));
});

describe('exportEvents', () => {
	const event = (id: string): ImportedEvent => ({
		id,
		title: id,
		kind: 'other',
		date: { edtf: '2016', basis: 'explicit' },
		actors: [],
		places: [],
		assessments: [],
		sources: []
	});
	const relations: Relation[] = [
		{ from: 'a', to: 'b', kind: 'responds-to', sources: [] },
		{ from: 'a', to: 'hidden', kind: 'cites', sources: [] }
	];

	it('exports only the relations whose two events are in the view', () =>
		expect(
			JSON.parse(exportEvents('json', { events: [event('a'), event('b')], relations })).relations
		).toEqual([relations[0]]));
});
