// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ImportedEvent } from '$lib/model/schema';
import { exportTimelineJs, importTimelineJs } from './timelinejs';

const read = (name: string) => readFileSync(`tests/fixtures/formats/${name}`, 'utf8');

const event = (edtf: string, over: Partial<ImportedEvent> = {}): ImportedEvent => ({
	id: 'e1',
	title: 'An event',
	kind: 'attack',
	date: { edtf, basis: 'explicit' },
	actors: [],
	places: [],
	assessments: [],
	sources: [],
	...over
});

describe('importTimelineJs', () => {
	const r = importTimelineJs(read('timeline.json'));

	it('maps date parts to EDTF at the precision given, and start + end to an interval', () => {
		expect(r.rejected).toEqual([]);
		expect(r.events.map((e) => [e.id, e.date.edtf, e.kind])).toEqual([
			['paris-attacks', '2015-11-13T21:16:00Z/2015-11-14T00:58:00Z', 'attack'],
			['brussels-bombings', '2016-03-22', 'other'],
			['calls-to-attack-published', '2016-07', 'call-to-action'],
			['caliphate-years', '2014/2017-03', 'other']
		]);
	});

	it('keeps headline, text and display_date, and everything else in extra', () => {
		const [paris, brussels, calls] = r.events;
		expect(paris).toMatchObject({
			title: 'Paris attacks',
			summary: expect.stringContaining('Bataclan')
		});
		expect(paris!.extra).toEqual({
			media: {
				url: 'https://example.org/bataclan.jpg',
				caption: 'The Bataclan',
				credit: 'Example Photo Agency'
			}
		});
		expect(brussels!.extra).toEqual({
			unique_id: 'Brussels bombings',
			'start_date.display_date': 'Tuesday 22 March',
			group: 'Belgium',
			background: { color: '#1f2933' },
			autolink: false
		});
		expect(calls!.date).toEqual({ edtf: '2016-07', basis: 'explicit', written: 'July 2016' });
		expect(Object.keys(r.extra)).toEqual(['title', 'scale', 'eras']);
	});

	it('reports each field moved into extra once, with the line it first stands on', () =>
		expect(r.notes.filter((n) => !n.record)).toEqual([
			{ line: 29, field: 'media', message: 'not in the event model; kept in extra on 1 event(s)' },
			{
				line: 38,
				field: 'start_date.display_date',
				message: 'not in the event model; kept in extra on 1 event(s)'
			},
			{ line: 40, field: 'group', message: 'not in the event model; kept in extra on 1 event(s)' },
			{
				line: 41,
				field: 'background',
				message: 'not in the event model; kept in extra on 1 event(s)'
			},
			{
				line: 42,
				field: 'autolink',
				message: 'not in the event model; kept in extra on 1 event(s)'
			},
			{ line: 2, field: 'title', message: "not events; kept in the file's extra" },
			{ line: 12, field: 'scale', message: "not events; kept in the file's extra" },
			{ line: 13, field: 'eras', message: "1 record(s): not events; kept in the file's extra" }
		]));

	it('loads the good slides of a partly bad file and names each problem', () => {
		const bad = importTimelineJs(read('bad-timeline.json'));
		expect(bad.events.map((e) => e.id)).toEqual(['good-slide']);
		expect(bad.rejected).toEqual([
			{
				record: 'events[1]',
				line: 10,
				field: 'start_date.month',
				message: 'expected a whole number, got "May"'
			},
			{
				record: 'events[2]',
				line: 13,
				field: 'start_date',
				message: 'missing: every event needs a start_date'
			},
			{
				record: 'events[3]',
				line: 20,
				field: 'end_date',
				message: 'it ends (2016) before it starts (2017)'
			},
			{
				record: 'events[4]',
				line: 26,
				field: 'text.headline',
				message: 'missing: every event needs a headline, got nothing'
			},
			{
				record: 'events[5]',
				line: 29,
				field: 'unique_id',
				message: 'duplicate id "good-slide" (first in events[0])'
			},
			{
				record: 'events[6]',
				line: 35,
				field: 'start_date',
				message: 'day 29 does not exist in 2015-02'
			}
		]);
	});

	it.each([
		['[]', 'not a TimelineJS file: expected an object with an "events" list'],
		['{"events": {}}', 'not a TimelineJS file: expected an object with an "events" list'],
		['{"events": [', 'not valid JSON: close bracket expected at column 13']
	])('refuses %s', (text, message) =>
		expect(importTimelineJs(text).rejected.map((p) => p.message)).toEqual([message])
	);

	it.each([null, {}, { year: '', month: '' }])('reads an end_date of %j as no end', (end_date) => {
		const slide = { start_date: { year: 2016 }, end_date, text: { headline: 'x' } };
		const r = importTimelineJs(JSON.stringify({ events: [slide] }));
		expect(r.events.map((e) => e.date.edtf)).toEqual(['2016']);
		expect(r.notes.filter((n) => n.field === 'end_date')).toEqual([]);
	});

	it('refuses deep time per slide, naming the date that reaches too far, and keeps the others', () => {
		const slide = (start: number, end?: number) => ({
			start_date: { year: start },
			...(end === undefined ? {} : { end_date: { year: end } }),
			text: { headline: `From ${start}` }
		});
		const deep = importTimelineJs(
			JSON.stringify({ events: [slide(-13800000000), slide(-538800000, -251902000), slide(-200000, -10000), slide(-200000)] })
		);
		expect(deep.events.map((e) => e.date.edtf)).toEqual(['Y-200000']);
		expect(deep.rejected.map((p) => [p.record, p.field, p.message])).toEqual([
			['events[0]', 'start_date', 'year -13800000000 is deep time: a timeline holds years -271820 to 275759 only'],
			['events[1]', 'start_date', 'year -538800000 is deep time: a timeline holds years -271820 to 275759 only'],
			['events[1]', 'end_date', 'year -251902000 is deep time: a timeline holds years -271820 to 275759 only'],
			['events[2]', 'end_date', 'a range reaching year -200000 cannot be held: a year beyond ±9999 can only be given alone']
		]);
	});

	it('uses the carried EDTF only while the slide still gives the same date', () => {
		const slide = (year: number) =>
			JSON.stringify({
				events: [
					{
						start_date: { year },
						text: { headline: 'x' },
						event_timeline: { date: { edtf: '2016~', basis: 'explicit' } }
					}
				]
			});
		expect(importTimelineJs(slide(2016)).events[0]!.date.edtf).toBe('2016~');
		const edited = importTimelineJs(slide(2017));
		expect(edited.events[0]!.date.edtf).toBe('2017');
		expect(edited.notes).toContainEqual({
			record: 'events[0]',
			line: 1,
			field: 'event_timeline.date.edtf',
			message: '"2016~" disagrees with start_date; the date there (2017) is used'
		});
	});
});

describe('exportTimelineJs', () => {
	it.each([
		['2016', { year: 2016 }, undefined],
		['2016-05', { year: 2016, month: 5 }, undefined],
		['2014/2017-03', { year: 2014 }, { year: 2017, month: 3 }],
		[
			'2017-03-22T14:40:08Z',
			{ year: 2017, month: 3, day: 22, hour: 14, minute: 40, second: 8 },
			undefined
		]
	])('writes %s as start_date %j and end_date %j', (edtf, start, end) => {
		const [slide] = JSON.parse(exportTimelineJs({ events: [event(edtf)] })).events;
		expect(slide.start_date).toEqual(start);
		expect(slide.end_date).toEqual(end);
	});

	it('writes the documented fields and carries the rest under event_timeline', () => {
		const e = event('2016-05', {
			summary: 'S',
			date: { edtf: '2016-05', basis: 'resolved', written: 'in May' },
			actors: ['isis']
		});
		const [slide] = JSON.parse(exportTimelineJs({ events: [e] })).events;
		expect(slide).toEqual({
			unique_id: 'e1',
			start_date: { year: 2016, month: 5 },
			text: { headline: 'An event', text: 'S' },
			group: 'attack',
			display_date: 'in May',
			event_timeline: {
				date: { edtf: '2016-05', basis: 'resolved', written: 'in May' },
				actors: ['isis']
			}
		});
	});

	it('puts extra fields back where they came from, and what would clash into the carried block', () => {
		const e = event('2016', {
			extra: { media: { url: 'u' }, 'start_date.format': 'yyyy', group: 'Belgium' }
		});
		const [slide] = JSON.parse(exportTimelineJs({ events: [e] })).events;
		expect(slide.media).toEqual({ url: 'u' });
		expect(slide.start_date).toEqual({ year: 2016, format: 'yyyy' });
		expect(slide.group).toBe('attack');
		expect(slide.event_timeline.extra).toEqual({ group: 'Belgium' });
	});
});
