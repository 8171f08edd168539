/** Importing and exporting in a real browser: files dropped or picked join the explorer or become layers; hostile text stays text. */
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { importFile } from '$lib/formats';
import type { TimedEvent } from '$lib/model/timed';
import { useBrowser } from './browser';
import { detailPanel, fetchPublishedCorpus, markIds, markShape, textOf } from './explorer-page';
import { dropFile, importDialog, pickFile } from './import-page';

const { open } = useBrowser();
/** A dataset event's dot in its context layer, by the row's id. */
const layerDot = (page: Page, row: string) => page.locator(`[data-testid=layer-band] circle[data-row="${row}"]`);
let events: TimedEvent[];
beforeAll(async () => ({ events } = await fetchPublishedCorpus()));

const CSV = [
	'id,title,kind,date,killed,summary',
	'nice-truck-attack,Nice truck attack,attack,2016-07-14,86,A truck drove into the crowd on the Promenade des Anglais.',
	'berlin-market-attack,Berlin Christmas market attack,attack,2016-12-19,12,',
	'bad-date,Date in another format,attack,19/12/2016,,'
].join('\r\n');

describe('import', () => {
	test('a CSV dataset dropped on the explorer becomes a context layer, and the dialog names the bad row', async () => {
		const page = await open('/');
		const before = await markIds(page);
		await dropFile(page, 'attacks.csv', CSV);

		const dialog = importDialog(page);
		await expect.poll(() => dialog.isVisible()).toBe(true);
		expect(await textOf(dialog.getByRole('heading', { level: 3 }))).toBe('attacks.csv (CSV spreadsheet): 2 events in the context layer “attacks.csv”, 1 problem');
		const item = dialog.getByRole('listitem').filter({ hasText: 'bad-date' });
		expect(await textOf(item)).toMatch(/^Line 4, row 3, field date: .*"19\/12\/2016".* bad-date,Date in another format,attack,19\/12\/2016,,$/);
		await page.keyboard.press('Escape');
		await expect.poll(() => dialog.isVisible()).toBe(false);

		// Events without a source passage are context: in their layer, not among the curated events.
		expect(await markIds(page)).toEqual(before);
		expect(await textOf(page.getByRole('banner').getByRole('paragraph').first())).toContain(`${events.length} events`);

		await layerDot(page, 'nice-truck-attack').click();
		expect(await textOf(detailPanel(page).getByRole('heading', { level: 2 }))).toBe('Nice truck attack');
		expect(await textOf(detailPanel(page).getByTestId('no-source'))).toMatch(/^No source passage/);
	});

	test('the file picker imports TimelineJS3 as a layer, and an id already loaded is reported, not overwritten', async () => {
		const page = await open('/');
		const taken = events[0]!;
		const timeline = JSON.stringify({
			events: [
				{ unique_id: taken.id, start_date: { year: 1999 }, text: { headline: 'Impostor' } },
				{ unique_id: 'imported-paris-attacks', start_date: { year: 2015, month: 11, day: 13 }, text: { headline: 'Paris attacks' }, media: { url: 'https://example.org/paris.jpg' } }
			]
		});
		await pickFile(page, 'story.json', timeline, 'application/json');
		const dialog = importDialog(page);
		await expect.poll(() => dialog.isVisible()).toBe(true);
		expect(await textOf(dialog.getByRole('heading', { level: 3 }))).toBe('story.json (TimelineJS3 JSON): 2 events in the context layer “story.json”, 1 note');
		await dialog.getByRole('button', { name: 'Close' }).click();

		// Curated events in the project's own format join the corpus, where an id is spoken for.
		const own = JSON.stringify({ events: [{ id: taken.id, title: 'Impostor', kind: 'other', date: { edtf: '1999', basis: 'explicit' }, sources: [] }] });
		await pickFile(page, 'more.json', own, 'application/json');
		await expect.poll(() => dialog.isVisible()).toBe(true);
		expect(await textOf(dialog.getByRole('heading', { level: 3 }))).toBe('more.json (Event Timeline JSON): 0 events added, 1 problem');
		expect(await textOf(dialog.getByRole('listitem').filter({ hasText: `event ${taken.id}` }))).toContain('the loaded event is kept');
		await dialog.getByRole('button', { name: 'Close' }).click();

		// Every event in view, the long span from 1983 too.
		await page.getByTestId('fit-all').click();
		await markShape(page, taken.id).click();
		expect(await textOf(detailPanel(page).getByRole('heading', { level: 2 }))).toBe(taken.title);
	});

	test('a hostile title, summary and link are shown as text: no element is made of them, no script runs', async () => {
		const page = await open('/');
		const dialogs: string[] = [];
		page.on('dialog', (d) => (dialogs.push(d.message()), d.dismiss()));
		const hostile = '<img src=x onerror=alert(1)>';
		const csv = [
			'id,title,date,summary,extra',
			`hostile,${hostile},2016-07-14,"<script>alert(2)</script><b>bold</b>","{""link"": ""javascript:alert(3)"", ""site"": ""https://example.org/""}"`
		].join('\n');
		await dropFile(page, 'hostile.csv', csv);
		await importDialog(page).getByRole('button', { name: 'Close' }).click();

		await layerDot(page, 'hostile').click();
		const panel = detailPanel(page);
		expect(await textOf(panel.getByRole('heading', { level: 2 }))).toBe(hostile);
		expect(await panel.textContent()).toContain('<script>alert(2)</script><b>bold</b>');
		expect(await page.locator('main img, main script, main b').count()).toBe(0);
		expect(await panel.getByRole('link', { name: 'javascript:alert(3)' }).count()).toBe(0);
		expect(await panel.getByText('javascript:alert(3)').count()).toBe(1);
		expect(await panel.getByRole('link', { name: 'https://example.org/' }).getAttribute('href')).toBe('https://example.org/');

		expect(await layerDot(page, 'hostile').locator('title').textContent()).toBe(`${hostile} (hostile)`);
		await page.waitForTimeout(200);
		expect(dialogs).toEqual([]);
	});
});

describe('export', () => {
	test('downloads the filtered view in each format, which imports again as the same events', async () => {
		const query = events[0]!.title.split(' ')[0]!;
		const page = await open(`/?q=${encodeURIComponent(query)}`);
		const shown = await page.locator('[data-testid=timeline] g.mark').evaluateAll((gs) => [...new Set(gs.map((g) => (g as SVGGElement).dataset.event!))]);
		expect(shown.length).toBeGreaterThan(0);
		expect(shown.length).toBeLessThan(events.length);
		for (const label of ['Event Timeline JSON', 'CSV spreadsheet', 'TimelineJS3 JSON', 'vis-timeline items']) {
			await page.getByText('Export view').click();
			const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: new RegExp(`^${label}`) }).click()]);
			const text = await readFile((await file.path())!, 'utf8');
			const back = importFile(file.suggestedFilename(), text);
			expect(back.rejected, label).toEqual([]);
			expect(back.events.map((e) => e.id).sort(), label).toEqual([...shown].sort());
		}
	});
});
