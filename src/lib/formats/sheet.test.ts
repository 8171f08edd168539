// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ImportedEvent } from '$lib/model/schema';
import { exportEvents, importFile } from './index';
import { SHEET_HEADERS } from './sheet';

const text = readFileSync('tests/fixtures/formats/timelinejs-sheet.csv', 'utf8');
const r = importFile('timeline.csv', text);

describe('TimelineJS sheet import', () => {
	it('is recognised by its header, through a BOM and CRLF line ends', () => {
		expect(text.startsWith('\uFEFF') && text.includes('\r\n')).toBe(true);
		expect(r.format).toBe('timelinejs-sheet');
	});

	it('reads dates, times (24-hour and AM/PM), ranges, display dates, headline and text', () =>
		expect(r.events.map((e) => [e.id, e.date.edtf, e.date.written, e.title, e.kind])).toEqual([
			['paris-attacks', '2015-11-13T21:16:00Z', '13 November', 'Paris attacks', 'attack'],
			['brussels-bombings', '2016-03-22T07:58:00Z', undefined, 'Brussels bombings', 'other'],
			['summer-of-attacks', '2016-07/2016-08', 'summer 2016', 'Summer of attacks', 'other']
		]));

	it('keeps a quoted text over two lines, media and background in extra, a group that is no kind as the lane', () => {
		expect(r.events[0]!.summary).toBe('Shootings and bombings across Paris.\r\nThe Bataclan was the worst hit.');
		expect(r.events[0]!.extra).toEqual({ media: 'https://example.org/paris.jpg', media_credit: 'AP', background: '#222222' });
		expect(r.events[1]!.extra).toEqual({ group: 'Belgium' });
	});

	it("makes the title row the file's title and era rows its eras, as TimelineJS3 JSON holds them", () => {
		expect(r.extra.title).toEqual({
			text: { headline: 'Attacks in Europe 2015–2017', text: 'A timeline kept in a Google Sheet, with "quotes".' },
			media: { url: 'https://example.org/cover.jpg', credit: 'Example Photo', caption: 'The cover' }
		});
		expect(r.extra.eras).toEqual([
			{ start_date: { year: 2015, month: 1, day: 1 }, end_date: { year: 2015, month: 12, day: 31 }, text: { headline: 'The year of Paris' } },
			{ start_date: { year: 2016, month: 1, day: 1 }, end_date: { year: 2016, month: 12, day: 31 }, text: { headline: 'The year of Nice' } }
		]);
		expect(r.notes.filter((n) => n.field === 'type').map((n) => n.message)).toEqual([
			"the title row: kept as the file's title (extra.title)",
			"era rows: not events; kept in the file's eras (extra.eras)"
		]);
	});

	it('refuses bad rows one by one, with the line they start on (a quoted cell spans two)', () =>
		expect(r.rejected).toEqual([
			{ record: 'row 7', line: 9, field: 'day', message: 'day 30 does not exist in 2016-02' },
			{ record: 'row 8', line: 10, field: 'headline', message: 'empty: every event needs a headline' }
		]));

	it.each([
		['Year,Month,Day,Time,Headline,Display Date\n2016,7,14,25:00,A,\n', 'time', 'hour must lie between 0 and 23, not 25'],
		['Year,Month,Day,Time,Headline,Display Date\n2016,7,14,noon,A,\n', 'time', 'expected a time such as 14:30 or 2:30 PM, got "noon"'],
		['Year,Month,Day,Time,Headline,Display Date\n2016,7,14,13:00 PM,A,\n', 'time', '13:00 PM: a 12-hour time needs an hour from 1 to 12'],
		['Year,Headline,Display Date,Month\n,A,,5\n', 'year', 'missing: a date needs at least its year'],
		['Year,Headline,Display Date,End Year\n2016,A,,2015\n', 'end_year', 'it ends (2015) before it starts (2016)'],
		['Year,Headline,Display Date\n-13800000000,Big Bang,\n', 'year', 'year -13800000000 is deep time: a timeline holds years -271820 to 275759 only'],
		['Year,Headline,Display Date,Type\n2016,Era,,era\n', 'end_year', 'an era needs a start and an end'],
		['Year,Headline,Display Date,Type\n,T,,title\n,U,,title\n', 'type', 'a second title row: the first one is the title']
	])('refuses %j: %s', (csv, field, message) => {
		const bad = importFile('x.csv', csv);
		expect(bad.rejected.map((p) => [p.field, p.message])).toEqual([[field, message]]);
	});

	it('refuses a sheet without its Headline column, naming it', () =>
		expect(importFile('x.csv', 'Year,Display Date,Text\n2016,,x\n', 'timelinejs-sheet').rejected[0]!.message).toMatch(
			/^missing column "headline"/
		));
});

describe('TimelineJS sheet export', () => {
	const event: ImportedEvent = {
		id: 'nice',
		title: '=Nice truck attack',
		kind: 'attack',
		date: { edtf: '2016-07-14T20:33:00Z', basis: 'explicit', written: 'Bastille Day' },
		summary: 'A truck, "a 19-tonne lorry",\ndrove into a crowd.',
		actors: ['lahouaiej-bouhlel'],
		places: ['nice'],
		casualties: { killed: 86 },
		assessments: [],
		sources: [],
		extra: { media: 'https://example.org/nice.jpg', start: 'kept' }
	};

	it("writes the template's columns in its order, the title and era rows, then one row per event", () => {
		const csv = exportEvents('timelinejs-sheet', { events: [event], extra: r.extra });
		const lines = csv.split('\r\n');
		expect(lines[0]).toBe([...SHEET_HEADERS, 'event_timeline'].join(','));
		expect(lines[1]).toMatch(/^,,,,,,,,,Attacks in Europe 2015–2017,.*,title,,,$/);
		expect(lines[2]).toMatch(/^2015,1,1,,2015,12,31,,,The year of Paris,,,,,,era,,,$/);
		expect(lines[4]).toMatch(/^2016,7,14,20:33:00,,,,,Bastille Day,"'=Nice truck attack","A truck/);
	});

	it('comes back the same: events, title and eras', () => {
		const back = importFile('x.csv', exportEvents('timelinejs-sheet', { events: [event, ...r.events], extra: r.extra }));
		expect(back.rejected).toEqual([]);
		expect(back.events).toEqual([event, ...r.events]);
		expect(back.extra).toEqual(r.extra);
	});
});
