// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { MAX_IMPORT_BYTES, MAX_STREAM_BYTES } from '$lib/formats';
import type { ImportedEvent } from '$lib/model/schema';
import { importFiles, importText, MAX_LISTED, summarise, type ImportProgress, type ImportTarget } from './import-files';

/** Takes every event except those whose id it already holds. */
function target(...loaded: string[]) {
	const ids = new Set(loaded);
	const got: ImportedEvent[] = [];
	const t: ImportTarget & { got: ImportedEvent[] } = {
		got,
		addImport(_file, { events }) {
			const added = events.filter((e) => !ids.has(e.id));
			got.push(...added);
			return {
				added: added.map((e) => e.id),
				refused: events.filter((e) => ids.has(e.id)).map((e) => ({ record: `event ${e.id}`, field: 'id', message: 'taken' }))
			};
		}
	};
	return t;
}

const fixture = (name: string) => readFileSync(`tests/fixtures/formats/${name}`, 'utf8');

describe('importText', () => {
	test('loads the good rows of a partly bad CSV, and reports each bad one with its line and text', () => {
		const t = target();
		const r = importText(t, 'bad-events.csv', fixture('bad-events.csv'));
		expect(r.format).toBe('CSV spreadsheet');
		expect(r.added).toEqual(['good-row']);
		expect(t.got.map((e) => e.id)).toEqual(['good-row']);
		expect(r.problems.length).toBeGreaterThanOrEqual(7);
		const number = r.problems.find((p) => p.field === 'killed')!;
		expect(number).toMatchObject({ line: 3, record: 'row 2', excerpt: 'bad-number,Killed is not a number,attack,2016-07-14,three,' });
		expect(r.problems.every((p) => p.message.length > 0)).toBe(true);
	});

	test('reports an id the explorer already holds after the file’s own problems', () => {
		const r = importText(target('good-row'), 'bad-events.csv', fixture('bad-events.csv'));
		expect(r.added).toEqual([]);
		expect(r.problems.at(-1)).toEqual({ record: 'event good-row', field: 'id', message: 'taken' });
	});

	test.each([
		['not JSON or CSV', 'notes.txt', 'just some words', /^not JSON or CSV/],
		['broken JSON', 'broken.json', fixture('broken.json'), /./]
	])('refuses %s with a message and adds nothing', (_, name, text, message) => {
		const r = importText(target(), name, text);
		expect(r.added).toEqual([]);
		expect(r.problems[0]!.message).toMatch(message);
		expect(summarise(r)).toMatch(new RegExp(`^${name.replace('.', '\\.')}.*: 0 events added, \\d+ problems?`));
	});

	test('says how a file went in one line', () => {
		expect(summarise({ file: 'a.csv', format: 'CSV spreadsheet', added: ['x'], problems: [], notes: [{ message: 'n' }, { message: 'm' }] })).toBe(
			'a.csv (CSV spreadsheet): 1 event added, 2 notes'
		);
		expect(summarise({ file: 'acled.csv', format: 'CSV spreadsheet', added: ['x', 'y'], layer: { id: 'acled-csv', name: 'acled.csv' }, problems: [], notes: [] })).toBe(
			'acled.csv (CSV spreadsheet): 2 events in the context layer “acled.csv”'
		);
	});
});

describe('importFiles', () => {
	/** A file that may be sniffed (its start read) but must not be read whole. */
	const unread = (name: string, size: number, start: string) =>
		({ name, size, slice: () => new Blob([start]), text: () => Promise.reject(new Error('read')) }) as unknown as File;

	test('refuses a file too large before reading it: 10 MB for JSON, 1 GB for a streamed spreadsheet', async () => {
		const [json, csv] = await importFiles(target(), [
			unread('huge.json', MAX_IMPORT_BYTES + 1, '{"events": ['),
			unread('huge.csv', MAX_STREAM_BYTES + 1, 'event_id_cnty,event_date,event_type\n')
		]);
		expect(json!.problems).toEqual([{ message: `file too large: ${MAX_IMPORT_BYTES + 1} bytes, over the 10 MB limit` }]);
		expect(csv!.problems).toEqual([{ message: `file too large: ${MAX_STREAM_BYTES + 1} bytes, over the 1024 MB limit` }]);
	});

	test('reads each file in turn', async () => {
		const files = [new File([fixture('timeline.json')], 'timeline.json'), new File([fixture('vis-items.json')], 'vis-items.json')];
		const reports = await importFiles(target(), files);
		expect(reports.map((r) => r.format)).toEqual(['TimelineJS3 JSON', 'vis-timeline items']);
		expect(reports.every((r) => r.added.length > 0)).toBe(true);
	});

	test('streams a spreadsheet over the old 10 MB limit, telling its progress, and reports each bad row with its text', async () => {
		const row = (i: number) => `EX${i},2016-07-14,1,Battles,Armed clash,${'x'.repeat(1000)}\n`;
		const body = Array.from({ length: 10600 }, (_, i) => row(i)).join('');
		const file = new File(['event_id_cnty,event_date,time_precision,event_type,sub_event_type,notes\n', body, 'BAD,30 February 2016,1,Battles,,\n'], 'acled.csv');
		expect(file.size).toBeGreaterThan(MAX_IMPORT_BYTES);
		const seen: ImportProgress[] = [];
		const t = target();
		const sources: unknown[] = [];
		const add = t.addImport.bind(t);
		t.addImport = (name, result) => (sources.push({ file: name, format: result.format, extra: result.extra }), add(name, result));
		const [r] = await importFiles(t, [file], { onprogress: (p) => seen.push(p) });
		expect(r!.format).toBe('ACLED export (CSV)');
		expect(r!.added).toHaveLength(10600);
		expect(r!.problems).toEqual([
			{ record: 'row 10601', line: 10602, field: 'event_date', message: 'expected a day such as "14 July 2016" or 2016-07-14, got "30 February 2016"', excerpt: 'BAD,30 February 2016,1,Battles,,' }
		]);
		expect(seen.length).toBeGreaterThan(5);
		expect(seen.at(-1)).toMatchObject({ file: 'acled.csv', rows: 10601, events: 10600, total: file.size });
		expect(seen.map((p) => p.read)).toEqual([...seen.map((p) => p.read)].sort((a, b) => a - b));
		expect(sources).toEqual([{ file: 'acled.csv', format: 'acled', extra: {} }]);
	});

	test('lists the first problems of a file with very many and counts the rest', async () => {
		const file = new File(['title,date\n' + 'x,never\n'.repeat(MAX_LISTED + 20)], 'bad.csv');
		const [r] = await importFiles(target(), [file]);
		expect(r!.problems).toHaveLength(MAX_LISTED + 1);
		expect(r!.problems.at(-1)).toEqual({ message: '20 more problems not listed here; npm run import lists them all' });
	});

	test('adds nothing of a file whose import is cancelled, and reads no file after it', async () => {
		const controller = new AbortController();
		const t = target();
		const big = new File(['id,title,date\n' + Array.from({ length: 3000 }, (_, i) => `e${i},${'x'.repeat(1000)},2016\n`).join('')], 'big.csv');
		const reports = await importFiles(t, [big, new File([fixture('timeline.json')], 'timeline.json')], {
			signal: controller.signal,
			onprogress: () => controller.abort()
		});
		expect(reports).toHaveLength(1);
		expect(reports[0]!.problems[0]!.message).toMatch(/^import cancelled after \d+ rows: nothing from this file was added$/);
		expect(t.got).toEqual([]);
	});
});
