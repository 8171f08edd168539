// @vitest-environment node
/** The import CLI against a scratch copy of the data folder: what it writes, and what it never does. */
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { runImport } from './import';

const FIXTURES = join(process.cwd(), 'tests/fixtures/formats');
let root: string;

beforeEach(() => {
	root = mkdtempSync(join(tmpdir(), 'import-'));
	cpSync('data', join(root, 'data'), { recursive: true });
});

describe('npm run import', () => {
	it('only reports without --into', async () => {
		const run = await runImport([join(FIXTURES, 'bad-events.csv')], root);
		expect(run.code).toBe(1);
		expect(run.err).toHaveLength(7);
		expect(run.err[0]).toBe(
			`${join(FIXTURES, 'bad-events.csv')}:3: row 2, field killed: expected a whole number, got "three"`
		);
		expect(run.out.at(-1)).toMatch(/^dry run: nothing written/);
	});

	it('writes the events with sources, names every one it refuses, and leaves check:data passing', async () => {
		const run = await runImport(
			[join(FIXTURES, 'events.csv'), '--into', 'data/events/imported.json'],
			root
		);
		expect(run.err).toEqual([
			'data/events/imported.json: event london-bridge-attack, field sources: not added: no source passage: curated events need a quote from an article',
			'data/events/imported.json: event stockholm-truck-attack, field sources: not added: no source passage: curated events need a quote from an article',
			'data/events/imported.json: event barcelona, field sources: not added: no source passage: curated events need a quote from an article'
		]);
		expect(run.out.slice(-2)).toEqual([
			'data/events/imported.json: added 1 event(s) and 0 relation(s); 3 refused',
			'check:data: ok'
		]);
		const written = JSON.parse(readFileSync(join(root, 'data/events/imported.json'), 'utf8'));
		expect(written.events[0]).toMatchObject({
			id: 'masood-hailed-csv',
			extra: { notes: 'checked against the article' }
		});
	});

	it('refuses ids the data already has, changing nothing', async () => {
		const args = [join(FIXTURES, 'events.csv'), '--into', 'data/events/imported.json'];
		await runImport(args, root);
		const before = readFileSync(join(root, 'data/events/imported.json'), 'utf8');
		const again = await runImport(args, root);
		expect(again.err[0]).toBe(
			'data/events/imported.json: event masood-hailed-csv, field id: not added: "masood-hailed-csv" is already in the curated data; rename it in the file to import it'
		);
		expect(readFileSync(join(root, 'data/events/imported.json'), 'utf8')).toBe(before);
	});

	it.each([
		[
			['a.csv', '--into', 'elsewhere.json'],
			'import: --into must name a file data/events/<name>.json, not "elsewhere.json"'
		],
		[
			['a.csv', '--format', 'xml'],
			'import: unknown format "xml"; use one of json, csv, timelinejs, vis, timelinejs-sheet, acled, gtd'
		],
		[
			[],
			'import: usage: npm run import -- <file> [--into data/events/<name>.json] [--format json|csv|timelinejs|vis|timelinejs-sheet|acled|gtd]'
		]
	])('refuses %j', async (args, message) =>
		expect(await runImport(args, root)).toMatchObject({ code: 2, err: [message] })
	);

	it('refuses a file over the size limit without reading it', async () => {
		writeFileSync(join(root, 'big.json'), Buffer.alloc(10 * 1024 * 1024 + 1, 'a'));
		expect((await runImport(['big.json', '--into', 'data/events/big.json'], root)).err).toEqual([
			'import: big.json: file too large: 10485761 bytes, over the 10 MB limit'
		]);
		expect(existsSync(join(root, 'data/events/big.json'))).toBe(false);
	});

	it('streams a spreadsheet over that limit, telling how far it got, and reports its rows as the explorer does', async () => {
		const row = (i: number) => `EX${i},2016-07-14,1,Battles,Armed clash,${'x'.repeat(1000)}\n`;
		const body = Array.from({ length: 10600 }, (_, i) => row(i)).join('');
		writeFileSync(join(root, 'acled.csv'), `event_id_cnty,event_date,time_precision,event_type,sub_event_type,notes\n${body}EX,1 Smarch 2016,1,Battles,,\n`);
		const seen: number[] = [];
		const run = await runImport(['acled.csv'], root, (p) => seen.push(p.read));
		expect(run.err).toEqual(['acled.csv:10602: row 10601, field event_date: expected a day such as "14 July 2016" or 2016-07-14, got "1 Smarch 2016"']);
		expect(run.out.at(-2)).toBe('acled.csv: read as acled: 10600 event(s), 0 relation(s); 1 problem(s)');
		expect(seen.length).toBeGreaterThan(1);
	});
});
