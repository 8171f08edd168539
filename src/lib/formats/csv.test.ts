// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, exportCsv, importCsv } from './csv';
import type { ImportedEvent } from '$lib/model/schema';

const read = (name: string) => readFileSync(`tests/fixtures/formats/${name}`, 'utf8');

const event = (over: Partial<ImportedEvent> = {}): ImportedEvent => ({
	id: 'e1',
	title: 'An event',
	kind: 'attack',
	date: { edtf: '2016-07-14', basis: 'explicit' },
	actors: [],
	places: [],
	assessments: [],
	sources: [],
	...over
});

describe('importCsv', () => {
	it('reads the documented layout, lists, JSON cells, quoted newlines and unknown columns', () => {
		const r = importCsv(read('events.csv'));
		expect(r.rejected).toEqual([]);
		expect(r.events.map((e) => [e.id, e.date.edtf])).toEqual([
			['masood-hailed-csv', '2017-03-23'],
			['london-bridge-attack', '2017-06-03T21:58:00Z'],
			['stockholm-truck-attack', '2017-04-07'],
			['barcelona', '2017-08']
		]);
		const [claim, london] = r.events;
		expect(claim).toMatchObject({
			kind: 'claim',
			date: { edtf: '2017-03-23', basis: 'resolved', written: 'a day after' },
			actors: ['khalid-masood'],
			claim: { channel: 'propaganda statement' },
			extra: { notes: 'checked against the article' }
		});
		expect(claim!.sources[0]!.position).toEqual({
			type: 'TextPositionSelector',
			start: 362,
			end: 402
		});
		expect(london).toMatchObject({ casualties: { killed: 8, injured: 48 } });
		expect(london!.summary).toBe(
			'Van attack on London Bridge, then stabbings in Borough Market.\nEight people were killed.'
		);
		expect(r.notes).toEqual([
			{
				record: 'row 3',
				line: 5,
				field: 'id',
				message: 'no id; made "stockholm-truck-attack" from the title'
			},
			{ line: 2, field: 'notes', message: 'not in the event model; kept in extra on 2 event(s)' }
		]);
	});

	it('loads the good rows of a partly bad file and names each problem by row, line and column', () => {
		const r = importCsv(read('bad-events.csv'));
		expect(r.events.map((e) => e.id)).toEqual(['good-row']);
		expect(r.rejected).toEqual([
			{
				record: 'row 2',
				line: 3,
				field: 'killed',
				message: 'expected a whole number, got "three"'
			},
			{
				record: 'row 3',
				line: 4,
				field: 'date',
				message: '"22/03/2017" is not a valid EDTF date (Syntax error at line 1 col 3:)'
			},
			{
				record: 'row 4',
				line: 5,
				field: 'id',
				message: 'duplicate id "good-row" (first in row 1)'
			},
			{
				record: 'row 5',
				line: 6,
				field: 'kind',
				message: expect.stringContaining('Invalid option: expected one of "attack"|"claim"')
			},
			{ record: 'row 6', line: 7, field: 'title', message: 'empty: every event needs a title' },
			{ record: 'row 7', line: 8, message: '7 cells, but the header names 6 columns' },
			{
				record: 'row 8',
				line: 9,
				field: 'sources',
				message: expect.stringMatching(/^not valid JSON: /)
			}
		]);
	});

	it.each([
		[
			'missing-column.csv',
			'missing column "date": the header row must name it (found: id, title, kind)'
		],
		['', 'empty file: expected a header row naming the columns']
	])('refuses %j whole: %s', (name, message) => {
		const r = importCsv(name ? read(name) : '');
		expect(r.events).toEqual([]);
		expect(r.rejected.map((p) => p.message)).toEqual([message]);
	});

	it('refuses a header that names a column twice', () =>
		expect(importCsv('title,date,title\na,2016,b\n').rejected).toEqual([
			{ line: 1, field: 'title', message: 'column "title" appears twice (columns 1 and 3)' }
		]));

	it('refuses binary data', () =>
		expect(importCsv('\0\0,title,date\n').rejected[0]!.message).toBe(
			'not a CSV file: it holds binary data'
		));

	it('counts lines past blank lines and quoted line breaks', () => {
		const r = importCsv('title,date\n\n\n  \n"two\nlines",2016\n\nbad,soon\n');
		expect(r.rejected).toEqual([
			{
				record: 'row 2',
				line: 8,
				field: 'date',
				message: '"soon" is not a valid EDTF date (Syntax error at line 1 col 1:)'
			}
		]);
	});

	it('reads semicolon-separated files with a byte-order mark and spelled-out headers', () => {
		const r = importCsv('\uFEFFTitle;Date;Kind\r\nNice attack;2016-07-14;attack\r\n');
		expect(r.events.map((e) => [e.id, e.title, e.kind])).toEqual([
			['nice-attack', 'Nice attack', 'attack']
		]);
	});

	it.each([
		['yes', '', {}],
		['', 'on Telegram', { channel: 'on Telegram' }]
	])('claimed=%j with channel %j makes the claim %j', (claimed, channel, claim) =>
		expect(
			importCsv(`title,date,claimed,claim_channel\nA claim,2016,${claimed},${channel}\n`).events[0]!
				.claim
		).toEqual(claim)
	);

	it.each([
		['no', 'on Telegram', '"no", yet the claim\'s channel or wording is given'],
		['maybe', '', 'expected yes or no, got "maybe"']
	])('refuses claimed=%j with channel %j', (claimed, channel, message) =>
		expect(
			importCsv(`title,date,claimed,claim_channel\nA claim,2016,${claimed},${channel}\n`).rejected
		).toEqual([{ record: 'row 1', line: 2, field: 'claimed', message }])
	);

	it.each([
		['yes', true],
		['TRUE', true],
		['no', undefined],
		['', undefined]
	])('planned=%j makes planned %j', (cell, planned) =>
		expect(importCsv(`title,date,planned\nA summit,2017-05,${cell}\n`).events[0]!.planned).toBe(planned)
	);

	it('refuses a planned cell that is neither yes nor no', () =>
		expect(importCsv('title,date,planned\nA summit,2017-05,soon\n').rejected).toEqual([
			{ record: 'row 1', line: 2, field: 'planned', message: 'expected yes or no, got "soon"' }
		]));
});

describe('exportCsv', () => {
	it('writes every column in order and one row per event', () => {
		const text = exportCsv({ events: [event(), event({ id: 'e2' })] });
		const lines = text.trimEnd().split('\r\n');
		expect(lines[0]).toBe(CSV_COLUMNS.join(','));
		expect(lines).toHaveLength(3);
	});

	it('defuses cells a spreadsheet would run as formulas, and reads them back unchanged', () => {
		const titles = ['=HYPERLINK("http://x")', '+1', '-2', '@SUM(A1)', "'=already quoted", 'plain'];
		const events = titles.map((title, i) => event({ id: `e${i}`, title }));
		const text = exportCsv({ events });
		expect(text).toContain(`"'=HYPERLINK(""http://x"")"`);
		expect(text).not.toMatch(/^=|,=/m);
		expect(importCsv(text).events.map((e) => e.title)).toEqual(titles);
	});
});
