/**
 * Nothing a reader makes is lost, and a visited site opens with no network: stored drafts that
 * no longer fit the corpus or no longer parse, imports kept across reloads, a full or refused
 * storage, the network cut after a visit or in the middle of the first one, and a new build.
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { DRAFT_KEY } from '$lib/storage/draft-store.svelte';
import type { Corpus } from '$lib/model/schema';
import type { TimedEvent } from '$lib/model/timed';
import { useBrowser, visit } from './browser';
import { launchChromium } from './chromium';
import { fetchPublishedCorpus, markIds, markShape, textOf } from './explorer-page';
import { buildUnder, framePage, hostSite } from './hosts';
import { importDialog, pickFile } from './import-page';
import { sitePages } from './pages';
import { serveStatic } from './serve';

const { open } = useBrowser();
let corpus: Corpus;
let events: TimedEvent[];
beforeAll(async () => ({ corpus, events } = await fetchPublishedCorpus()));

const builder = (page: Page) => page.getByRole('region', { name: 'Briefing' });
const openBuilder = (page: Page) => page.getByRole('button', { name: 'Briefing', exact: true }).click();
const stored = (page: Page, key = DRAFT_KEY) => page.evaluate((key) => localStorage.getItem(key), key);
const asideKeys = (page: Page) => page.evaluate((prefix) => Object.keys(localStorage).filter((k) => k.startsWith(prefix)), `${DRAFT_KEY}:unreadable:`);

/** Stores a draft as an earlier visit would have, then reloads. */
async function withStoredDraft(page: Page, text: string) {
	await page.evaluate(([key, text]) => localStorage.setItem(key!, text!), [DRAFT_KEY, text]);
	await visit(page);
	await openBuilder(page);
}

const CSV = ['id,title,kind,date', 'kept-one,A kept event,attack,2016-07-14', 'kept-two,Another kept event,attack,2016-12-19'].join('\n');

async function importCsv(page: Page, name = 'kept.csv') {
	await pickFile(page, name, CSV);
	await expect.poll(() => importDialog(page).isVisible()).toBe(true);
	await page.keyboard.press('Escape');
}

/** Waits until the service worker controls the page: its install, which fills the cache, is over. */
const controlled = (page: Page) => page.waitForFunction(() => !!navigator.serviceWorker.controller, undefined, { timeout: 30_000 });

/** The context layer a kept CSV becomes: its events are a dataset's, beside the curated ones. */
const keptLayer = (page: Page) => page.getByTestId('layer-band').filter({ hasText: 'kept.csv' });

const eventCount = async (page: Page) => Number((await textOf(page.getByRole('banner').getByRole('paragraph').first())).match(/(\d+) events/)![1]);

describe('drafts survive change', () => {
	test('a stored draft that does not parse is kept aside, offered for download, and the builder starts empty beside it', async () => {
		const page = await open('/');
		const broken = '{"title":"Summer 2016","steps":[{"event":"nice-tr';
		await withStoredDraft(page, broken);
		const b = builder(page);
		expect(await textOf(b.getByRole('alert'))).toMatch(/^The stored draft could not be read \(not valid JSON: .*\)\. It is kept aside, below, to download; a new draft starts here\.$/);
		expect(await b.getByRole('textbox', { name: 'Title' }).inputValue()).toBe('');

		const [file] = await Promise.all([page.waitForEvent('download'), b.getByRole('button', { name: 'Download it' }).click()]);
		expect(file.suggestedFilename()).toMatch(/^unreadable-briefing-draft-\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d\.txt$/);
		expect(await readFile((await file.path())!, 'utf8')).toBe(broken);

		await b.getByRole('textbox', { name: 'Title' }).fill('A new start');
		await expect.poll(() => stored(page)).toContain('A new start');
		const [key] = await asideKeys(page);
		expect(await stored(page, key)).toBe(broken);

		// Still there on the next visit, until the reader deletes it.
		await visit(page);
		await openBuilder(page);
		expect(await b.getByRole('textbox', { name: 'Title' }).inputValue()).toBe('A new start');
		await b.getByRole('button', { name: 'Delete it' }).click();
		expect(await asideKeys(page)).toEqual([]);
	});

	test('steps whose event is gone are kept with their notes, can be re-pointed or removed, and the draft saves once they are', async () => {
		const page = await open('/');
		const [a, b] = [events[0]!, events.at(-1)!];
		const draft = {
			title: 'Kept through a merge',
			steps: [
				{ event: a.id, note: 'Open here.' },
				{ event: 'merged-away', note: 'Say this about it.' },
				{ event: 'renamed-since', note: 'And this.' }
			]
		};
		await withStoredDraft(page, JSON.stringify(draft));
		const panel = builder(page);
		expect(await textOf(panel.getByRole('status'))).toMatch(/^2 steps name events this corpus no longer holds\./);
		expect(await textOf(panel.getByRole('listitem').nth(1))).toContain('Unknown event merged-away');
		expect(await panel.getByRole('textbox', { name: 'Note for step 2' }).inputValue()).toBe('Say this about it.');
		expect(JSON.parse((await stored(page))!).steps, 'nothing is dropped from storage').toEqual(draft.steps);

		await panel.getByRole('button', { name: 'Save as JSON' }).click();
		expect(await textOf(panel.getByRole('alert'))).toContain('step 2: no event "merged-away" in this corpus: point the step at another event or remove it');

		await markShape(page, b.id).first().click();
		await panel.getByRole('button', { name: 'Point step 2 at the selected event' }).click();
		await panel.getByRole('button', { name: 'Remove step 3' }).click();
		const [file] = await Promise.all([page.waitForEvent('download'), panel.getByRole('button', { name: 'Save as JSON' }).click()]);
		expect(JSON.parse(await readFile((await file.path())!, 'utf8'))).toEqual({
			title: 'Kept through a merge',
			steps: [
				{ event: a.id, note: 'Open here.' },
				{ event: b.id, note: 'Say this about it.' }
			]
		});

		await panel.getByRole('button', { name: 'Clear' }).click();
		expect(await stored(page), 'Clear alone empties the store').not.toContain('Kept through a merge');
	});
});

describe('imports persist', () => {
	test('an imported file comes back after a reload, listed with its size and date, until it is removed', async () => {
		const page = await open('/');
		const before = await eventCount(page);
		await importCsv(page);
		await visit(page);
		await expect.poll(() => keptLayer(page).count()).toBe(1);
		expect(await textOf(keptLayer(page).locator('.name'))).toMatch(/ of 2 events in view$/);
		expect(await eventCount(page), 'a dataset is never counted with the curated events').toBe(before);
		expect(await textOf(page.getByRole('status').filter({ hasText: 'Restored' }))).toMatch(/^Restored from this browser: kept\.csv \(.+\): 2 events in the context layer “kept\.csv”/);

		await page.getByText('Kept files (1)').click();
		const list = page.getByRole('list', { name: 'Files kept in this browser' });
		expect(await textOf(list)).toMatch(new RegExp(`^kept\\.csv · ${Buffer.byteLength(CSV)} bytes · \\d{1,2} \\w{3} \\d{4}, \\d\\d:\\d\\d Remove$`));
		await list.getByRole('button', { name: 'Remove kept.csv from this browser' }).click();
		await expect.poll(() => page.getByText(/Kept files/).count()).toBe(0);
		expect(await textOf(page.getByRole('status').filter({ hasText: 'no longer kept' }))).toBe('kept.csv is no longer kept in this browser, and its context layer is removed.');
		expect(await keptLayer(page).count(), 'the layer leaves at once').toBe(0);

		await visit(page);
		expect(await page.getByRole('status').filter({ hasText: 'Restored' }).count()).toBe(0);
		expect(await keptLayer(page).count()).toBe(0);
	});

	test('a full storage says so, and the import and the draft still work for the session', async () => {
		const page = await open('/');
		await page.context().addInitScript(() => {
			const full = () => {
				throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
			};
			IDBObjectStore.prototype.put = full;
			Storage.prototype.setItem = full;
		});
		await visit(page);
		await importCsv(page);
		await expect.poll(() => keptLayer(page).count()).toBe(1);
		expect(await textOf(page.getByRole('alert').filter({ hasText: 'storage' }))).toBe(
			"The browser's storage for this site is full, so imported files are kept only until this page is closed. Free some space (remove a stored file) or save your work as a file."
		);

		await openBuilder(page);
		await builder(page).getByRole('textbox', { name: 'Title' }).fill('Not kept');
		expect(await textOf(builder(page).getByRole('alert'))).toMatch(/^The browser's storage for this site is full, so the draft is kept only until this page is closed/);
		await markShape(page, 'westminster-attack').first().click();
		await builder(page).getByRole('button', { name: 'Add the selected event' }).click();
		expect(await builder(page).getByRole('listitem').count()).toBe(1);
	});

	test('storage turned off (a private window, a blocked site) says so, and the session still works in memory', async () => {
		const page = await open('/');
		await page.context().addInitScript(() => {
			const refuse = () => {
				throw new DOMException('Access is denied for this document.', 'SecurityError');
			};
			Object.defineProperty(window, 'indexedDB', { get: refuse });
			Object.defineProperty(window, 'localStorage', { get: refuse });
		});
		await visit(page);
		await importCsv(page);
		await expect.poll(() => keptLayer(page).count()).toBe(1);
		expect(await textOf(page.getByRole('alert').filter({ hasText: 'storage' }))).toMatch(/^This browser does not let the site store anything \(storage is off, as in a private window\), so imported files are kept only/);
		await openBuilder(page);
		expect(await textOf(builder(page).getByRole('alert'))).toMatch(/so the draft is kept only until this page is closed/);
		await builder(page).getByRole('textbox', { name: 'Title' }).fill('In memory');
		expect(await builder(page).getByRole('textbox', { name: 'Title' }).inputValue()).toBe('In memory');
	});
});

describe('offline after one visit', () => {
	test('with the network cut, the explorer, the reader, the embed and a briefing still open and work', async () => {
		const page = await open('/');
		await controlled(page);
		await page.context().setOffline(true);
		for (const { name, path } of sitePages(corpus)) {
			await page.goto(inject('baseURL') + path);
			await expect.poll(() => page.getByRole('alert').filter({ hasText: 'has not finished loading' }).count(), { message: `${name} has started` }).toBe(0);
			expect(await page.getByRole('heading').first().isVisible(), `${name} shows its heading`).toBe(true);
		}
		await page.goto(`${inject('baseURL')}/?event=${events[0]!.id}`);
		await expect.poll(() => markIds(page)).toContain(events[0]!.id);
		await page.goto(`${inject('baseURL')}/embed/?event=${events[0]!.id}`);
		await expect.poll(() => page.getByRole('heading', { level: 2, name: events[0]!.title }).count()).toBeGreaterThan(0);

		// Following a link within the site, as a presenter would from the explorer.
		await page.goto(`${inject('baseURL')}/`);
		await page.getByRole('link', { name: /^Present the briefing/ }).first().click();
		await expect.poll(() => new URL(page.url()).pathname).toMatch(/^\/present\/[^/]+\/$/);
		await expect.poll(() => page.getByRole('button', { name: 'Presenter view' }).count()).toBe(1);
	});
});

describe('offline under a base path', () => {
	let root: string;
	afterAll(() => root && rm(root, { recursive: true, force: true }));

	test('the worker keeps the site in its own folder, and it opens there with the network cut', async () => {
		root = await mkdtemp(join(tmpdir(), 'offline-base-'));
		await buildUnder('/sub/folder', join(root, 'sub/folder'));
		const server = await serveStatic(root);
		try {
			const page = await open('/articles/');
			await visit(page, `${server.url}/sub/folder/`);
			await controlled(page);
			expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toBe(`${server.url}/sub/folder/service-worker.js`);
			expect(await page.evaluate(async () => (await navigator.serviceWorker.ready).scope)).toBe(`${server.url}/sub/folder/`);
			await page.context().setOffline(true);
			for (const path of ['', 'articles/', `present/${sitePages(corpus).at(-1)!.path.split('/')[2]}/`]) {
				await page.goto(`${server.url}/sub/folder/${path}`);
				await expect.poll(() => page.getByRole('alert').filter({ hasText: 'has not finished loading' }).count(), { message: path }).toBe(0);
				expect(await page.getByRole('heading').first().isVisible(), path).toBe(true);
			}
		} finally {
			await server.close();
		}
	}, 240_000);
});

describe('in another site\'s frame, on a broken first load, and on a new build', () => {
	let browser: Browser;
	beforeAll(async () => (browser = await launchChromium()));
	afterAll(() => browser?.close());

	test('the embed in another site\'s iframe works and registers no worker there', async () => {
		const host = await hostSite();
		try {
			const context = await browser.newContext();
			const page = await context.newPage();
			await visit(page, await host.put('frame.html', framePage(`${inject('baseURL')}/embed/?event=${events[0]!.id}`, 900, 600)));
			const frame = page.frames().find((f) => f.url().includes('/embed/'))!;
			await expect.poll(() => frame.getByRole('heading', { level: 2, name: events[0]!.title }).count()).toBeGreaterThan(0);
			expect(await frame.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(0);
			await context.close();
		} finally {
			await host.close();
		}
	});

	test('the network cut during the first load: the page says so instead of sitting half alive', async () => {
		const context = await browser.newContext();
		const page = await context.newPage();
		await page.route('**/_app/immutable/{entry,chunks,nodes}/**', (route) => route.abort('internetdisconnected'));
		await page.goto(`${inject('baseURL')}/`);
		expect(await page.getByRole('heading', { level: 1 }).isVisible(), 'the prerendered page, not a blank one').toBe(true);
		const notice = page.getByRole('alert').filter({ hasText: 'has not finished loading' });
		await expect.poll(() => notice.isVisible(), { timeout: 15_000 }).toBe(true);
		expect(await textOf(notice)).toBe('This page has not finished loading: the network may have dropped before its scripts arrived. Reload it when you are back online.');
		await context.close();
	});

	test('a new build while a page is open: the page offers it, and Reload moves to it', async () => {
		const dir = await mkdtemp(join(tmpdir(), 'offline-build-'));
		await cp('build', dir, { recursive: true });
		const server = await serveStatic(dir);
		const context = await browser.newContext();
		try {
			const page = await context.newPage();
			await visit(page, `${server.url}/`);
			await controlled(page);
			const { version } = JSON.parse(await readFile(join(dir, '_app/version.json'), 'utf8')) as { version: string };
			const worker = join(dir, 'service-worker.js');
			await writeFile(worker, (await readFile(worker, 'utf8')).replaceAll(version, `${version}-next`));

			expect(await page.getByRole('status', { name: 'Update' }).count()).toBe(0);
			// The reader comes back to the tab.
			await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
			const notice = page.getByRole('status', { name: 'Update' });
			await expect.poll(() => notice.isVisible(), { timeout: 15_000 }).toBe(true);
			expect(await textOf(notice)).toContain('A newer version of this site is ready.');
			await Promise.all([page.waitForEvent('load'), notice.getByRole('button', { name: 'Reload' }).click()]);
			await expect.poll(() => page.evaluate(() => caches.keys())).toEqual([`event-timeline-${version}-next`]);
			expect(await page.getByRole('status', { name: 'Update' }).count()).toBe(0);
		} finally {
			await context.close();
			await server.close();
			await rm(dir, { recursive: true, force: true });
		}
	});
});
