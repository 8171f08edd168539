/**
 * The Curate page on `npm run dev`, against a scratch copy of data/: adding an article and
 * reviewing its proposals writes the files the CLI would, the explorer shows the result, and
 * the write API refuses what could corrupt data or come from another site. The static build,
 * served by the global setup, has neither the page's link nor the API.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { ReviewFile } from '$lib/model/review';
import { checkData } from '$lib/model/validate';
import { readDataFiles } from '$lib/server/data-files';
import { launchChromium } from './chromium';
import { detailPanel, ownSource, textOf } from './explorer-page';
import { useBrowser } from './browser';

const ARTICLE = 'tests/fixtures/articles/t02_brussels_bombings.txt';
const ID = 't02_brussels_bombings';
let data: string;
let dev: ChildProcess;
let url: string;
let browser: Browser;
const errors: string[] = [];

const freePort = () =>
	new Promise<number>((ok) => {
		const s = createServer().listen(0, '127.0.0.1', () => {
			const { port } = s.address() as AddressInfo;
			s.close(() => ok(port));
		});
	});

beforeAll(async () => {
	data = mkdtempSync(join(tmpdir(), 'curate-data-'));
	cpSync('data', data, { recursive: true });
	const port = await freePort();
	url = `http://127.0.0.1:${port}`;
	dev = spawn(process.execPath, ['node_modules/vite/bin/vite.js', 'dev', '--port', String(port), '--strictPort', '--host', '127.0.0.1'], {
		// Vitest's own variables (VITEST, NODE_ENV=test) would make the dev server a test server.
		env: { ...Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(VITEST|NODE_ENV$|TEST$)/.test(k))), DATA_DIR: data },
		stdio: 'ignore'
	});
	// The dev server answers once it has optimised its dependencies.
	for (let t = Date.now(); Date.now() - t < 150_000; await new Promise((r) => setTimeout(r, 500)))
		if ((await fetch(`${url}/api/curate/articles`).catch(() => undefined))?.ok) break;
	browser = await launchChromium();
	// A first visit makes Vite bundle the pages' dependencies and reload them; the tests start after that.
	const warm = await browser.newPage();
	for (const path of ['/curate/', '/']) {
		await warm.goto(url + path, { waitUntil: 'networkidle', timeout: 120_000 });
		await warm.waitForTimeout(2000);
	}
	await warm.close();
}, 240_000);

afterAll(async () => {
	await browser?.close();
	dev?.kill();
	rmSync(data, { recursive: true, force: true });
});

async function openDev(path: string): Promise<Page> {
	const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
	const page = await context.newPage();
	page.on('pageerror', (e) => errors.push(`page error: ${e.message}`));
	// A refused save is an answer the page shows, not an error; Chromium logs its status all the same.
	page.on('console', (m) => {
		if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) errors.push(`console error: ${m.text()}`);
	});
	await page.goto(url + path, { waitUntil: 'networkidle', timeout: 120_000 });
	return page;
}

const reviewPath = () => join(data, 'review', `${ID}.json`);
const onDisk = (): ReviewFile => JSON.parse(readFileSync(reviewPath(), 'utf8'));
const statuses = () => onDisk().proposals.map((p) => p.status);
const title = (page: Page) => page.getByRole('heading', { level: 3 });

describe('curating in the browser', () => {
	let proposals: ReviewFile['proposals'];

	it('adds an article from a file, stored byte for byte, and ingests it', { timeout: 180_000 }, async () => {
		const page = await openDev('/curate/');
		await page.locator('input[type=file]').setInputFiles(ARTICLE);
		await page.waitForURL(new RegExp(`article=${ID}`), { timeout: 60_000 });
		await expect.poll(() => textOf(page.getByRole('heading', { name: /^Proposals/ }))).toMatch(/0 of 11 decided/);
		expect(readFileSync(join(data, 'articles', `${ID}.txt`)).equals(readFileSync(ARTICLE))).toBe(true);
		proposals = onDisk().proposals;
		expect(proposals[0]!.mergeInto).toBe('brussels-attacks');
		await page.context().close();
	});

	it('accepts three, edits a date, rejects one with undo, merges one, adds a name', { timeout: 180_000 }, async () => {
		const page = await openDev(`/curate/?article=${ID}`);
		await expect(title(page).textContent()).resolves.toBe(proposals[0]!.title);
		// The suggested merge is shown with its reason; this statement is kept as an event of its own.
		await expect(page.getByText(/Why: tells the same event as brussels-attacks/).count()).resolves.toBe(1);
		await page.getByRole('button', { name: 'Keep it as an event of its own' }).click();
		await expect.poll(() => onDisk().proposals[0]!.mergeInto).toBeUndefined();
		await page.keyboard.press('a');
		await expect.poll(() => statuses()[0]).toBe('accepted');
		await expect.poll(() => title(page).textContent()).toBe(proposals[1]!.title);
		await page.keyboard.press('a');
		await expect.poll(() => statuses()[1]).toBe('accepted');

		// Edit the date: a date EDTF cannot read is named as it is typed, and cannot be saved.
		await expect.poll(() => title(page).textContent()).toBe(proposals[2]!.title);
		await page.keyboard.press('e');
		const date = page.getByLabel('Date (EDTF)');
		await date.fill('18 March');
		await expect.poll(() => date.getAttribute('aria-invalid')).toBe('true');
		expect(await page.getByRole('button', { name: 'Save the edit' }).isDisabled()).toBe(true);
		await date.fill('2016-03-17');
		await page.getByRole('button', { name: 'Save the edit' }).click();
		await expect.poll(() => onDisk().proposals[2]!.date.edtf).toBe('2016-03-17');
		await page.getByRole('button', { name: /^Accept/ }).click();
		await expect.poll(() => statuses()[2]).toBe('accepted');

		// Reject, undo, reject again.
		await expect.poll(() => title(page).textContent()).toBe(proposals[3]!.title);
		await page.getByRole('button', { name: /^Reject/ }).click();
		await expect.poll(() => statuses()[3]).toBe('rejected');
		await page.getByRole('button', { name: /^Undo/ }).click();
		await expect.poll(() => statuses()[3]).toBe('proposed');
		await page.keyboard.press('k');
		await expect.poll(() => title(page).textContent()).toBe(proposals[3]!.title);
		await page.keyboard.press('r');
		await expect.poll(() => statuses()[3]).toBe('rejected');

		// Merge into an event found by searching the corpus.
		await expect.poll(() => title(page).textContent()).toBe(proposals[4]!.title);
		await page.getByRole('button', { name: 'Keep it as an event of its own' }).click();
		await expect.poll(() => onDisk().proposals[4]!.mergeInto).toBeUndefined();
		await page.getByText('Merge into an existing event').click();
		await page.getByRole('searchbox').fill('paris attacks');
		await page.getByRole('button', { name: 'Merge into “Paris attacks”' }).click();
		await page.getByRole('button', { name: /^Accept as a source of paris-attacks/ }).click();
		await expect.poll(() => onDisk().proposals[4]).toMatchObject({ status: 'accepted', mergeInto: 'paris-attacks' });

		// A name the entities lack joins data/entities.json and the proposal's places.
		await expect.poll(() => title(page).textContent()).toBe(proposals[5]!.title);
		await page.getByRole('combobox', { name: 'Type of Belgium' }).selectOption('place');
		await page.getByRole('button', { name: 'Add “Belgium” to the entities' }).click();
		await expect.poll(() => onDisk().proposals[5]!.places).toEqual(['belgium']);
		const entities = JSON.parse(readFileSync(join(data, 'entities.json'), 'utf8')).entities;
		expect(entities.at(-1)).toEqual({ id: 'belgium', type: 'place', name: 'Belgium', aliases: [] });

		expect(statuses()).toEqual(['accepted', 'accepted', 'accepted', 'rejected', 'accepted', ...Array(6).fill('proposed')]);
		expect(checkData(readDataFiles(process.cwd(), data)).issues).toEqual([]);
		await page.context().close();
	});

	it('shows a file changed on disk as a conflict and overwrites nothing', { timeout: 120_000 }, async () => {
		const page = await openDev(`/curate/?article=${ID}`);
		await expect.poll(() => title(page).textContent()).toBe(proposals[5]!.title);
		const changed = readFileSync(reviewPath(), 'utf8').replace(proposals[9]!.title, 'Retitled in another editor');
		writeFileSync(reviewPath(), changed);
		await page.keyboard.press('r');
		const alert = page.getByRole('alert');
		await expect.poll(() => textOf(alert)).toMatch(/^Conflict: .*changed on disk since you loaded it/);
		expect(readFileSync(reviewPath(), 'utf8')).toBe(changed);
		await page.getByRole('button', { name: 'Reload the file as it is on disk' }).click();
		await expect.poll(() => alert.count()).toBe(0);
		await expect.poll(() => textOf(page.getByRole('list').filter({ hasText: 'Retitled' }))).toMatch(/Retitled in another editor/);
		await page.context().close();
	});

	it('moves a passage to words selected in the article, with selectors recomputed', { timeout: 120_000 }, async () => {
		const page = await openDev(`/curate/?article=${ID}`);
		await expect.poll(() => title(page).textContent()).toBe(proposals[5]!.title);
		// Select "ree days of national mourn" by hand: the selection widens to whole words.
		await page.evaluate(() => {
			const mark = [...document.querySelectorAll('mark')].find((m) => m.textContent!.startsWith('Belgium observed'))!;
			const node = mark.firstChild!;
			const range = document.createRange();
			range.setStart(node, node.textContent!.indexOf('ree days'));
			range.setEnd(node, node.textContent!.indexOf('ing from'));
			getSelection()!.removeAllRanges();
			getSelection()!.addRange(range);
		});
		await page.getByRole('button', { name: /^Use the selected words as the passage: "three days of national mourning"/ }).click();
		const text = readFileSync(join(data, 'articles', `${ID}.txt`), 'utf8');
		const start = text.indexOf('three days of national mourning');
		await expect.poll(() => onDisk().proposals[5]!.sources[0]).toEqual({
			article: ID,
			quote: { type: 'TextQuoteSelector', exact: 'three days of national mourning', prefix: text.slice(start - 32, start), suffix: text.slice(start + 31, start + 63) },
			position: { type: 'TextPositionSelector', start, end: start + 31 }
		});
		await page.context().close();
	});

	it('the explorer shows the new events with their passages, and the merged passage', { timeout: 120_000 }, async () => {
		const page = await openDev(`/?event=${proposals[0]!.id}`);
		await expect.poll(() => textOf(ownSource(page))).toContain('Two suicide bombers');
		await expect(page.getByRole('link', { name: 'Curate' }).count()).resolves.toBe(1);
		for (const [event, p] of [
			[proposals[2]!.id, proposals[2]!],
			['paris-attacks', proposals[4]!]
		] as const) {
			await page.goto(`${url}/?event=${event}`, { waitUntil: 'networkidle' });
			if (event !== 'paris-attacks') await expect.poll(() => textOf(detailPanel(page))).toContain(p.title);
			const quote = p.sources[0]!.quote.exact.replace(/\s+/g, ' ').slice(0, 40);
			await expect.poll(() => textOf(detailPanel(page))).toContain(quote);
		}
		await page.context().close();
	});

	it('writes a pasted article in the corpus layout', { timeout: 120_000 }, async () => {
		const page = await openDev('/curate/');
		await page.getByText('Paste an article').click();
		await page.getByLabel('Headline', { exact: true }).fill('Raid in Molenbeek');
		await page.getByLabel('Publisher', { exact: true }).fill('The Times (London)');
		await page.getByLabel('Published', { exact: true }).fill('2016-03-19');
		await page.getByLabel('Text', { exact: true }).fill('Police arrested a suspect on Friday in Molenbeek.\n\nThe raid followed a tip.');
		expect(await page.getByLabel('File name').inputValue()).toBe('2016-03-19-raid-in-molenbeek');
		await page.getByRole('button', { name: 'Add the article' }).click();
		await page.waitForURL(/article=2016-03-19-raid-in-molenbeek/, { timeout: 60_000 });
		const text = readFileSync(join(data, 'articles', '2016-03-19-raid-in-molenbeek.txt'), 'utf8');
		expect(text).toMatch(/^Raid in Molenbeek\n\n-\n\n\d\d\.\d\d\.\d{4}\n\nThe Times \(London\) \(19 March 2016\)\n\nPolice arrested/);
		await expect.poll(() => textOf(page.getByRole('heading', { name: /^Proposals/ }))).toMatch(/of [1-9]\d* decided/);
		await page.context().close();
	});

	it('leaves the page without errors', () => {
		expect(errors).toEqual([]);
	});
});

describe('the write API refuses', () => {
	const api = (path: string, init: RequestInit = {}) => fetch(`${url}/api/curate${path}`, init);
	const put = (body: string, headers: Record<string, string> = {}) =>
		api(`/reviews/${ID}`, { method: 'PUT', body, headers: { 'content-type': 'application/json', ...headers } });
	const snapshot = () => readFileSync(reviewPath(), 'utf8') + readFileSync(join(data, 'entities.json'), 'utf8');

	async function loaded() {
		const res = await api(`/reviews/${ID}`);
		return { etag: res.headers.get('etag')!, review: ((await res.json()) as { review: ReviewFile }).review };
	}

	async function refused(res: Response, status: number, message: RegExp, before: string) {
		expect(res.status).toBe(status);
		expect(((await res.json()) as { error: string }).error).toMatch(message);
		expect(snapshot()).toBe(before);
	}

	it('a page on another site', async () => {
		const before = snapshot();
		const { etag, review } = await loaded();
		const body = JSON.stringify({ review: { ...review, proposals: [] } });
		await refused(await put(body, { origin: 'https://evil.example', 'if-match': etag }), 403, /from https:\/\/evil\.example/, before);
		await refused(await put(body, { 'sec-fetch-site': 'cross-site', 'if-match': etag }), 403, /cross-site/, before);
	});

	it('an id that leads out of the data folder', async () => {
		const before = snapshot();
		await refused(await api('/reviews/..%2F..%2Fpackage', { method: 'PUT', body: '{}', headers: { 'content-type': 'application/json' } }), 400, /is not an id/, before);
		await refused(await api('/articles/..%2Fevil', { method: 'POST', body: 'x', headers: { 'content-type': 'application/octet-stream' } }), 400, /is not an id/, before);
	});

	it('a body over the size limit', async () => {
		const before = snapshot();
		await refused(await put(`"${'x'.repeat(3 * 1024 * 1024)}"`), 413, /larger than 2 MB/, before);
	});

	it('a body that is not JSON', async () => {
		const before = snapshot();
		await refused(await put('{"review": '), 400, /not JSON/, before);
	});

	it('a save over a file changed on disk since it was loaded', async () => {
		const { etag, review } = await loaded();
		writeFileSync(reviewPath(), `${readFileSync(reviewPath(), 'utf8').trimEnd()}\n\n`);
		const before = snapshot();
		await refused(await put(JSON.stringify({ review }), { 'if-match': etag }), 409, /changed on disk since you loaded it/, before);
	});

	it('a save that would make the corpus invalid, with check:data’s message', async () => {
		const { etag, review } = await loaded();
		review.proposals[6] = { ...review.proposals[6]!, status: 'accepted', actors: ['nobody-known'] };
		const before = snapshot();
		const res = await put(JSON.stringify({ review }), { 'if-match': etag });
		expect(res.status).toBe(422);
		expect(((await res.json()) as { issues: string[] }).issues).toEqual([expect.stringMatching(/field actors\[0\]: unknown entity "nobody-known"/)]);
		expect(snapshot()).toBe(before);
	});
});

describe('a link that leads nowhere', () => {
	it.each([
		['/nowhere/', undefined],
		['/articles/no-such-article/', 'No article "no-such-article" in this corpus.']
	])('%s gets a page that says so, in the site\'s look, with the way back', async (path, detail) => {
		const page = await openDev(path);
		expect(await textOf(page.getByRole('heading', { level: 1 }))).toBe('There is no page here');
		const main = await textOf(page.getByRole('main'));
		expect(main).toContain(`Nothing on this site is at ${path}.`);
		if (detail) expect(main).toContain(detail);
		await page.getByRole('link', { name: '← Timeline' }).click();
		await expect.poll(() => page.getByTestId('timeline').count(), { timeout: 30_000 }).toBe(1);
		await page.context().close();
	});
});

describe('the static build', () => {
	const { open } = useBrowser();

	it('has no Curate link and no write API', async () => {
		const page = await open('/');
		await expect(page.getByRole('link', { name: 'Articles' }).count()).resolves.toBe(1);
		await expect(page.getByRole('link', { name: 'Curate' }).count()).resolves.toBe(0);
		expect((await fetch(`${inject('baseURL')}/api/curate/articles`)).status).toBe(404);
	});
});
