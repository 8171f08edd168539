// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { MAX_IMPORT_BYTES } from '$lib/formats';
import type { ImportedEvent } from '$lib/model/schema';
import { importFiles, importText, summarise, type ImportTarget } from './import-files';

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
	test('refuses a file too large before reading it', async () => {
		const huge = { name: 'huge.csv', size: MAX_IMPORT_BYTES + 1, text: () => Promise.reject(new Error('read')) } as unknown as File;
		const [r] = await importFiles(target(), [huge]);
		expect(r!.problems).toEqual([{ message: `file too large: ${MAX_IMPORT_BYTES + 1} bytes, over the 10 MB limit` }]);
	});

	test('reads each file in turn', async () => {
		const files = [new File([fixture('timeline.json')], 'timeline.json'), new File([fixture('vis-items.json')], 'vis-items.json')];
		const reports = await importFiles(target(), files);
		expect(reports.map((r) => r.format)).toEqual(['TimelineJS3 JSON', 'vis-timeline items']);
		expect(reports.every((r) => r.added.length > 0)).toBe(true);
	});
});
