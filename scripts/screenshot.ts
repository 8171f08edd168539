/**
 * npm run screenshots [-- --url http://host/base] [-- --event ID] [-- --out DIR]: photographs
 * what the README shows — the explorer at 1280 and 1920 px with an event open, a phone, the
 * embed in an iframe at three sizes in light and dark, and a briefing step on a 1920×1080
 * projector. It serves build/ itself unless given the URL of a running site; it builds nothing.
 */
import { existsSync, readdirSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { Page } from 'playwright-core';
import { Corpus } from '../src/lib/model/schema';
import { launchChromium } from '../tests/e2e/chromium';
import { serveStatic } from '../tests/e2e/serve';

const { values: args } = parseArgs({ options: { url: { type: 'string' }, event: { type: 'string' }, out: { type: 'string', default: 'docs' } } });

if (!args.url && !existsSync('build/index.html')) {
	console.error('screenshot: build/index.html is missing; run `npm run build` first, or pass --url of a running site');
	process.exit(1);
}
const server = args.url ? undefined : await serveStatic('build');
const base = (args.url ?? server!.url).replace(/\/$/, '');

async function loadCorpus(): Promise<Corpus> {
	const res = await fetch(`${base}/data/corpus.json`);
	if (!res.ok) throw new Error(`${base}/data/corpus.json: HTTP ${res.status}`);
	return Corpus.parse(await res.json());
}

/** Unless told, the event with the most relations: the panel shows the most of what the explorer does. */
function pickEvent(corpus: Corpus): string {
	if (args.event) return args.event;
	const degree = (id: string) => corpus.relations.filter((r) => r.from === id || r.to === id).length;
	const best = corpus.events.reduce<Corpus['events'][number] | undefined>((a, e) => (!a || degree(e.id) > degree(a.id) ? e : a), undefined);
	if (!best) throw new Error('the corpus has no events to show');
	return best.id;
}

interface Shot {
	file: string;
	width: number;
	height: number;
	/** The page to open, below the site's base. */
	path: string;
	/** Shown inside an iframe of this page's size on a plain host page, as an embed is. */
	framed?: boolean;
	/** What must be on screen before the picture is taken. */
	ready: (page: Page) => Promise<unknown>;
}

const corpus = await loadCorpus();
const event = encodeURIComponent(pickEvent(corpus));
// The first bundled briefing, by its file name, which is its id.
const briefing = readdirSync('data/briefings').find((f) => f.endsWith('.json'))?.replace(/\.json$/, '');
const detail = (page: Page) => page.getByRole('complementary', { name: 'Event details' }).getByRole('heading', { level: 2 }).waitFor();
const timeline = (page: Page) => page.frameLocator('iframe').getByTestId('timeline').waitFor();

const shots: Shot[] = [
	{ file: 'screenshot.png', width: 1280, height: 800, path: `/?event=${event}`, ready: detail },
	{ file: 'screenshot-1920.png', width: 1920, height: 1080, path: `/?event=${event}`, ready: detail },
	{ file: 'screenshot-phone.png', width: 360, height: 780, path: '/', ready: (p) => p.getByTestId('timeline').waitFor() },
	...(['light', 'dark'] as const).flatMap((theme) =>
		[
			[320, 240],
			[640, 400],
			[1280, 720]
		].map(([width, height]): Shot => ({ file: `embed-${width}x${height}-${theme}.png`, width: width!, height: height!, path: `/embed/?theme=${theme}`, framed: true, ready: timeline }))
	),
	...(briefing ? [{ file: 'briefing-1920.png', width: 1920, height: 1080, path: `/present/${briefing}/?step=4`, ready: (p: Page) => p.getByTestId('timeline').waitFor() }] : [])
];

const browser = await launchChromium();
try {
	for (const shot of shots) {
		const page = await browser.newPage({ viewport: { width: shot.width, height: shot.height }, reducedMotion: 'reduce' });
		const errors: string[] = [];
		page.on('pageerror', (e) => errors.push(e.message));
		page.on('console', (m) => void (m.type() === 'error' && errors.push(m.text())));
		if (shot.framed) {
			await page.setContent(`<!doctype html><body style="margin:0"><iframe src="${base}${shot.path}" title="Timeline" width="${shot.width}" height="${shot.height}" style="border:0;display:block"></iframe></body>`);
		} else await page.goto(`${base}${shot.path}`, { waitUntil: 'networkidle' });
		await shot.ready(page);
		await page.waitForTimeout(400);
		if (errors.length) throw new Error(`${shot.path}: the page reported errors:\n${errors.join('\n')}`);
		await page.screenshot({ path: `${args.out}/${shot.file}` });
		console.log(`${args.out}/${shot.file}: ${shot.width}×${shot.height}, ${shot.path}`);
		await page.close();
	}
} finally {
	await browser.close();
	await server?.close();
}
