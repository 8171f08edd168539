/** The embed in a real browser: in iframes of another site's pages, driven by postMessage, and as a custom element. */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { FrameLocator, Page } from 'playwright-core';
import type { Corpus } from '$lib/model/schema';
import type { TimedEvent } from '$lib/model/timed';
import type { ViewMessage } from '$lib/state/messages';
import { useBrowser, visit } from './browser';
import { displayed, fetchPublishedCorpus, inViewport, textOf } from './explorer-page';
import { buildUnder, framePage, hostSite, received, type HostSite } from './hosts';
import { serveStatic, type StaticServer } from './serve';

const { open } = useBrowser();
let corpus: Corpus;
let events: TimedEvent[];
let host: HostSite;
const site = () => inject('baseURL');

beforeAll(async () => {
	({ corpus, events } = await fetchPublishedCorpus());
	host = await hostSite();
});
afterAll(() => host?.close());

/** A page of the host site. The browser helper opens pages of the built site only, so it starts there and moves on. */
async function openAt(url: string, watch?: (page: Page) => void): Promise<Page> {
	const page = await open('/articles/');
	watch?.(page);
	await visit(page, url);
	return page;
}

const details = (f: FrameLocator) => f.getByRole('complementary', { name: 'Event details' });
const ownPassage = (f: FrameLocator) => details(f).locator('section').filter({ has: f.getByRole('heading', { level: 3, name: /^Sources?\b/ }) }).locator('figure').first();

async function expectPassageOf(f: FrameLocator, e: TimedEvent) {
	await expect.poll(() => textOf(details(f).getByRole('heading', { level: 2 }))).toBe(e.title);
	expect(await textOf(ownPassage(f).locator('mark'))).toBe(displayed(e.sources[0]!, corpus).quote);
}

describe('the embed in an iframe', () => {
	test.each([
		[320, 240],
		[1600, 900]
	])('fills a %i×%i frame and shows a passage one click away', async (width, height) => {
		const page = await openAt(await host.put(`frame-${width}.html`, framePage(`${site()}/embed/`, width, height)));
		const frame = page.frameLocator('#frame');
		const timeline = frame.getByTestId('timeline');
		await expect.poll(() => timeline.isVisible()).toBe(true);
		const drawn = Number(await timeline.getAttribute('width'));
		const filled = (await frame.locator('.sized').boundingBox())!.width;
		expect(filled, 'the explorer spans the frame, less a scrollbar').toBeGreaterThan(width - 20);
		expect(drawn, 'the timeline takes most of it').toBeGreaterThan(filled * 0.6);
		expect(drawn).toBeLessThanOrEqual(filled);
		const overflow = await frame.locator('html').evaluate((el) => el.scrollWidth - el.clientWidth);
		expect(overflow, 'nothing sticks out sideways').toBe(0);
		expect(await frame.getByRole('link', { name: /Open in full explorer/ }).isVisible()).toBe(true);

		const mark = frame.locator('[data-testid=timeline] g.mark').last();
		const id = (await mark.getAttribute('data-event'))!;
		await mark.locator('circle, rect').first().click();
		const e = events.find((x) => x.id === id)!;
		await expectPassageOf(frame, e);
		await expect.poll(() => inViewport(details(frame).getByRole('heading', { level: 2 }))).toBe(true);
		const link = await frame.getByRole('link', { name: /Open in full explorer/ }).evaluate((a) => (a as HTMLAnchorElement).href);
		expect(link).toBe(`${site()}/?event=${id}`);
	});

	test('takes its view from the URL: filters, selection and theme', async () => {
		const e = events.find((x) => x.kind === 'claim') ?? events[0]!;
		const page = await openAt(await host.put('view.html', framePage(`${site()}/embed/?kinds=${e.kind}&event=${e.id}&theme=dark`, 1000, 600)));
		const frame = page.frameLocator('#frame');
		await expectPassageOf(frame, e);
		const shown = await frame.locator('[data-testid=timeline] g.mark').evaluateAll((gs) => gs.map((g) => (g as SVGGElement).dataset.event));
		expect(shown.sort()).toEqual(events.filter((x) => x.kind === e.kind).map((x) => x.id).sort());
		expect(await frame.locator('html').getAttribute('data-theme')).toBe('dark');
		expect(await frame.locator('body').evaluate((b) => getComputedStyle(b).backgroundColor)).toBe('rgb(20, 23, 28)');
		expect(await frame.locator('.filters').count(), 'no filter panel unless filters=1').toBe(0);
	});
});

describe('the postMessage API', () => {
	const post = (page: Page, message: unknown) =>
		page.evaluate((m) => (document.getElementById('frame') as HTMLIFrameElement).contentWindow!.postMessage(m, '*'), message);

	test('a listed origin selects an event, filters and zooms; the frame answers and announces', async () => {
		const page = await openAt(await host.put('allowed.html', framePage(`${site()}/embed/?origins=${host.url}`, 1200, 700)));
		const frame = page.frameLocator('#frame');
		await expect.poll(async () => (await received(page)).map((m) => m.data.type)).toContain('event-timeline:ready');
		expect((await received(page)).every((m) => m.origin === site())).toBe(true);

		const e = events.at(-1)!;
		await post(page, { type: 'event-timeline:select', event: e.id });
		await expectPassageOf(frame, e);
		await expect.poll(async () => (await received(page)).map((m) => m.data)).toContainEqual({ type: 'event-timeline:selected', event: e.id, title: e.title });

		await post(page, { type: 'event-timeline:select', event: '<img src=x>' });
		await expect
			.poll(async () => (await received(page)).map((m) => m.data))
			.toContainEqual({ type: 'event-timeline:error', message: 'event-timeline:select: field event: an id of lower-case letters, digits, - or _' });

		const attacks = events.filter((x) => x.kind === 'attack').length;
		await post(page, { type: 'event-timeline:filters', filters: { kinds: ['attack'] } });
		await post(page, { type: 'event-timeline:range', range: ['2016-01-01', '2017-01-01'] });
		const lastView = async () => (await received(page)).filter((m) => m.data.type === 'event-timeline:view').at(-1)?.data as { shown: number; view: ViewMessage } | undefined;
		await expect.poll(async () => (await lastView())?.view.filters.kinds).toEqual(['attack']);
		expect((await lastView())?.shown).toBe(attacks);
		// The timeline may land a millisecond off the asked range, as it goes through a zoom transform.
		await expect.poll(async () => (await lastView())?.view.range?.map((t) => Math.round(Date.parse(t) / 1000))).toEqual([Date.UTC(2016, 0, 1) / 1000, Date.UTC(2017, 0, 1) / 1000]);
	});

	test('a message from an unlisted origin is ignored, and the frame tells the page nothing', async () => {
		const page = await openAt(await host.put('unlisted.html', framePage(`${site()}/embed/?origins=https://research.example.org`, 1200, 700)));
		const warnings: string[] = [];
		page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
		const frame = page.frameLocator('#frame');
		await expect.poll(() => frame.getByTestId('timeline').isVisible()).toBe(true);

		await post(page, { type: 'event-timeline:select', event: events.at(-1)!.id });
		await expect.poll(() => warnings).toContain(`event-timeline: ignored a message from ${host.url}: that origin is not in origins=`);
		expect(await details(frame).getByRole('heading', { level: 2 }).count()).toBe(0);
		expect(await received(page), 'announcements go to listed origins only').toEqual([]);
	});

	test('the example host page in static/ drives its frame', async () => {
		const page = await open('/embed-example.html');
		const e = events[0]!;
		await expect.poll(() => page.locator('#event option').count()).toBe(events.length + 1);
		await page.locator('#event').selectOption(e.id);
		await expectPassageOf(page.frameLocator('#frame'), e);
		await expect.poll(() => page.locator('#log').textContent()).toContain(`"type":"event-timeline:selected","event":"${e.id}"`);
		expect(await page.locator('event-timeline [data-testid=timeline]').isVisible(), 'the custom element beside it').toBe(true);
	});
});

describe('the Embed dialog', () => {
	test('gives the iframe and the script-tag snippets of the current view, which work when pasted', async () => {
		const e = events.at(-2)!;
		const page = await open(`/?event=${e.id}`, { permissions: ['clipboard-read', 'clipboard-write'] });
		await page.getByRole('button', { name: 'Embed' }).click();
		const dialog = page.getByRole('dialog', { name: 'Embed this view' });
		const snippet = dialog.getByRole('textbox', { name: /HTML to paste/ });
		await dialog.getByLabel('Theme').selectOption('dark');
		await dialog.getByRole('textbox', { name: /Pages allowed/ }).fill('https://research.example.org/page');
		expect(await textOf(dialog.getByRole('alert'))).toContain('Not an origin: https://research.example.org/page');
		await dialog.getByRole('textbox', { name: /Pages allowed/ }).fill(host.url);
		const iframe = await snippet.inputValue();
		expect(iframe).toBe(
			`<iframe src="${site()}/embed/?event=${e.id}&amp;theme=dark&amp;origins=${encodeURIComponent(host.url)}" width="100%" height="480" title="Event timeline" style="border:0" loading="lazy"></iframe>`
		);
		await dialog.getByRole('button', { name: 'Copy' }).click();
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(iframe);

		await dialog.getByRole('radio', { name: /script tag/ }).check();
		expect(await snippet.inputValue()).toBe(
			`<script type="module" src="${site()}/element/event-timeline.js"></script>\n<event-timeline src="${site()}/data/corpus.json" event="${e.id}" theme="dark" style="height:480px"></event-timeline>`
		);

		const pasted = await openAt(await host.put('pasted.html', `<!doctype html><title>Pasted</title><link rel="icon" href="data:,">${iframe}`));
		await expectPassageOf(pasted.frameLocator('iframe'), e);
	});
});

describe('under a base path, offline', () => {
	let root: string;
	let sub: StaticServer;
	beforeAll(async () => {
		root = await mkdtemp(join(tmpdir(), 'base-path-'));
		await buildUnder('/sub/folder', join(root, 'sub/folder'));
		sub = await serveStatic(root);
	}, 240_000);
	afterAll(async () => {
		await sub?.close();
		if (root) await rm(root, { recursive: true, force: true });
	});

	test('the embed and the element load everything from the subfolder, and nothing from elsewhere', async () => {
		const e = events[Math.floor(events.length / 2)]!;
		const requests: string[] = [];
		const page = await openAt(await host.put('sub.html', framePage(`${sub.url}/sub/folder/embed/?event=${e.id}`, 900, 600)), (p) =>
			p.on('request', (r) => requests.push(r.url()))
		);
		const frame = page.frameLocator('#frame');
		await expectPassageOf(frame, e);
		const read = await ownPassage(frame).getByRole('link', { name: 'Read in the article' }).evaluate((a) => (a as HTMLAnchorElement).href);
		expect(read.startsWith(`${sub.url}/sub/folder/articles/${e.sources[0]!.article}/#`)).toBe(true);
		expect(requests.filter((u) => !u.startsWith(sub.url) && !u.startsWith(host.url) && !/^(data|blob):/.test(u))).toEqual([]);
		expect(requests.some((u) => u.startsWith(`${sub.url}/sub/folder/_app/`))).toBe(true);

	});

	test('the custom element, on a page of that site, finds the site’s data beside its script', async () => {
		const e = events[1]!;
		const html = `<!doctype html><title>Element</title><link rel="icon" href="data:,">
<script type="module" src="element/event-timeline.js"></script>
<event-timeline event="${e.id}" style="height:600px"></event-timeline>`;
		await writeFile(join(root, 'sub/folder/element-test.html'), html);
		const page = await openAt(`${sub.url}/sub/folder/element-test.html`);
		await expect.poll(() => textOf(page.locator('event-timeline').getByRole('heading', { level: 2 }))).toBe(e.title);
		const read = await page.locator('event-timeline').getByRole('link', { name: 'Read in the article' }).first().evaluate((a) => (a as HTMLAnchorElement).href);
		expect(read.startsWith(`${sub.url}/sub/folder/articles/`)).toBe(true);
	});
});

describe('the custom element', () => {
	const hostile = `
	html { font-size: 10px; }
	body { font: 30px/3 "Comic Sans MS", serif; color: red; letter-spacing: 4px; text-align: right; }
	svg, canvas, button { display: none !important; }
	p, div, section, aside, h2 { background: yellow !important; border: 5px solid red !important; color: red !important; }
	mark { background: black !important; }
	:root { --bg: #000; --fg: lime; --highlight: black; --border: red; }`;

	test('renders from a host page whose CSS would break it, with data by URL or inline', async () => {
		await host.put('element/event-timeline.js', await readFile('build/element/event-timeline.js'));
		await host.put('data/corpus.json', JSON.stringify(corpus));
		await host.put('data/bad.json', JSON.stringify({ events: [{ id: 'x' }] }));
		const e = events.find((x) => x.kind === 'attack')!;
		const inline = { events: corpus.events.slice(0, 3) };
		const url = await host.put(
			'element.html',
			`<!doctype html><html><head><title>Hostile</title><link rel="icon" href="data:,"><style>${hostile}</style>
<script type="module" src="element/event-timeline.js"></script></head><body>
<event-timeline id="by-url" src="data/corpus.json" event="${e.id}" style="height:700px"></event-timeline>
<event-timeline id="inline"><script type="application/json">${JSON.stringify(inline)}</script></event-timeline>
<event-timeline id="bad" src="data/bad.json"></event-timeline>
<event-timeline id="odd" src="data/corpus.json" kinds="bombing"></event-timeline>
</body></html>`
		);
		const page = await openAt(url);
		const byUrl = page.locator('#by-url');
		await expect.poll(() => byUrl.getByTestId('timeline').isVisible()).toBe(true);
		expect(Number(await byUrl.getByTestId('timeline').getAttribute('width'))).toBeGreaterThan(300);
		const heading = byUrl.getByRole('heading', { level: 2 });
		await expect.poll(() => textOf(heading)).toBe(e.title);
		const style = await heading.evaluate((h) => {
			const s = getComputedStyle(h);
			return { color: s.color, background: s.backgroundColor, font: s.fontFamily, spacing: s.letterSpacing };
		});
		expect(style).toEqual({ color: 'rgb(29, 36, 51)', background: 'rgba(0, 0, 0, 0)', font: expect.not.stringContaining('Comic'), spacing: 'normal' });
		const mark = byUrl.locator('figure mark').first();
		expect(await mark.evaluate((m) => getComputedStyle(m).backgroundColor)).toBe('rgb(255, 232, 138)');
		expect(await byUrl.getByRole('button', { name: 'Zoom in' }).isVisible()).toBe(true);

		const inlineMarks = page.locator('#inline [data-testid=timeline] g.mark');
		await expect.poll(() => inlineMarks.count()).toBe(3);
		await expect
			.poll(() => textOf(page.locator('#bad').getByRole('alert')))
			.toBe(`The timeline could not load its data: ${host.url}/data/bad.json: not a valid event file: field events[0].title: Invalid input: expected string, received undefined`);
		await expect.poll(() => textOf(page.locator('#odd').getByRole('status', { name: 'Attributes ignored' }))).toBe('ignored attribute kinds=bombing: "bombing" is not valid');

		const selected = page.evaluate(
			() => new Promise((ok) => document.getElementById('inline')!.addEventListener('timeline-select', (ev) => ok((ev as CustomEvent).detail), { once: true }))
		);
		const first = inline.events[0]!.id;
		await page.locator(`#inline [data-testid=timeline] g.mark[data-event="${first}"]`).locator('circle, rect').first().click();
		expect(await selected).toEqual({ event: first });
	});
});
