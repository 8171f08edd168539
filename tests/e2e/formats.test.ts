/** The field's own files in a real browser: ACLED and TimelineJS sheets, and a 100 MB CSV streamed. */
import { createWriteStream } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { useBrowser } from './browser';
import { textOf } from './explorer-page';
import { importDialog, pickFile } from './import-page';

const { open } = useBrowser();
const fixture = (name: string) => readFile(`tests/fixtures/formats/${name}`, 'utf8');

let dir: string | undefined;
afterAll(async () => dir && rm(dir, { recursive: true, force: true }));

/** An ACLED export of about `mb` megabytes: few rows, each with a long tags cell (kept in extra, never indexed). */
async function bigAcled(mb: number): Promise<{ path: string; rows: number }> {
	dir = await mkdtemp(join(tmpdir(), 'formats-e2e-'));
	const path = join(dir, 'acled-big.csv');
	const out = createWriteStream(path);
	out.write('event_id_cnty,event_date,time_precision,event_type,sub_event_type,actor1,location,fatalities,notes,tags\n');
	const tags = 'crowd size=no report; '.repeat(900);
	const row = (i: number) => `BIG${i},${1 + (i % 28)} March 2016,1,Battles,Armed clash,Group ${i % 7},Place ${i % 11},${i % 3},Row ${i},${tags}\n`;
	const rows = Math.ceil((mb * 1024 * 1024) / row(0).length);
	for (let i = 0; i < rows; i++) if (!out.write(row(i))) await new Promise<void>((r) => out.once('drain', () => r()));
	await new Promise<void>((r) => out.end(() => r()));
	return { path, rows };
}

describe('formats in the explorer', () => {
	test('an ACLED export is recognised by its header and each bad row is reported with its text', async () => {
		const page = await open('/');
		await pickFile(page, 'export.csv', await fixture('acled.csv'));
		const dialog = importDialog(page);
		await expect.poll(() => dialog.isVisible()).toBe(true);
		expect(await textOf(dialog.getByRole('heading', { level: 3 }))).toMatch(/^export\.csv \(ACLED export \(CSV\)\): 3 events in the context layer “export\.csv”, 3 problems, \d+ notes$/);
		const item = dialog.getByRole('listitem').filter({ hasText: 'Juillet' });
		expect(await textOf(item)).toMatch(/^Line 5, row 4, field event_date: expected a day .* FRA1300,20 Juillet 2016,/);
	});

	test("a TimelineJS sheet with a BOM and CRLF gives its title, its events and a report of the rows it refused", async () => {
		const page = await open('/');
		await pickFile(page, 'timeline.csv', await fixture('timelinejs-sheet.csv'));
		const dialog = importDialog(page);
		await expect.poll(() => dialog.isVisible()).toBe(true);
		// Three good rows and two refused; a dataset is a layer named by its title row, so its ids never clash with the corpus's.
		expect(await textOf(dialog.getByRole('heading', { level: 3 }))).toMatch(
			/^timeline\.csv \(TimelineJS Google Sheet \(CSV\)\): “Attacks in Europe 2015–2017”, 3 events in the context layer “Attacks in Europe 2015–2017”, 2 problems, \d+ notes$/
		);
		expect(await textOf(dialog.getByRole('listitem').first())).toMatch(/^Line 9, row 7, field day: day 30 does not exist in 2016-02/);
	});

	test('a 100 MB CSV streams with visible progress while the page keeps answering', async () => {
		const { path, rows } = await bigAcled(100);
		const page = await open('/');
		// Frames while the file is read (its progress bar short of full): the gaps between them.
		await page.evaluate(() => {
			const w = window as unknown as { gaps: number[] };
			w.gaps = [];
			let last = performance.now();
			const frame = (now: number) => {
				const bar = document.querySelector<HTMLProgressElement>('[data-testid=import-progress] progress');
				if (bar && bar.value < bar.max) w.gaps.push(now - last);
				last = now;
				requestAnimationFrame(frame);
			};
			requestAnimationFrame(frame);
		});
		const started = Date.now();
		await page.getByTestId('import-file').setInputFiles(path);
		const progress = page.getByTestId('import-progress');
		await expect.poll(() => progress.isVisible(), { timeout: 10_000 }).toBe(true);
		await expect.poll(async () => Number(await progress.locator('progress').getAttribute('value')), { timeout: 20_000 }).toBeGreaterThan(20 * 1024 * 1024);
		expect(await textOf(progress)).toMatch(/^Importing acled-big\.csv [\d.]+ of 100 MB · [\d,]+ rows · [\d,]+ events Cancel$/);

		// A click during the import opens the export menu at the next frame.
		const answer = await page.evaluate(async () => {
			const t0 = performance.now();
			document.querySelector<HTMLElement>('.menu summary')!.click();
			await new Promise(requestAnimationFrame);
			return performance.now() - t0;
		});
		expect(answer).toBeLessThan(100);

		const dialog = importDialog(page);
		await expect.poll(() => dialog.isVisible(), { timeout: 50_000 }).toBe(true);
		expect(await textOf(dialog.getByRole('heading', { level: 3 }))).toMatch(new RegExp(`^acled-big\\.csv \\(ACLED export \\(CSV\\)\\): ${rows} events in the context layer “acled-big\\.csv”, \\d+ notes$`));
		expect(await page.getByTestId('layer-band').count()).toBe(1);
		const gaps = await page.evaluate(() => (window as unknown as { gaps: number[] }).gaps.sort((a, b) => a - b));
		expect(gaps.length).toBeGreaterThan(10);
		expect(gaps[Math.floor(gaps.length * 0.95)]).toBeLessThan(100);
		console.log(`100 MB, ${rows} rows: ${((Date.now() - started) / 1000).toFixed(1)} s; frame gaps while reading: median ${gaps[gaps.length >> 1]!.toFixed(0)} ms, p95 ${gaps[Math.floor(gaps.length * 0.95)]!.toFixed(0)} ms, max ${gaps.at(-1)!.toFixed(0)} ms`);
	}, 90_000);
});
