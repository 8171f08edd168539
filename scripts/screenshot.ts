/**
 * npm run screenshots [-- --url http://host/base] [-- --event ID]: photographs the explorer
 * for the README, at desktop size with an event open and at phone width. It serves build/
 * itself unless given the URL of a running site; it builds nothing.
 */
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
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

/** Unless told, the event with the most relations: the panel shows the most of what the explorer does. */
async function pickEvent(): Promise<string> {
	if (args.event) return args.event;
	const res = await fetch(`${base}/data/corpus.json`);
	if (!res.ok) throw new Error(`${base}/data/corpus.json: HTTP ${res.status}`);
	const corpus = Corpus.parse(await res.json());
	const degree = (id: string) => corpus.relations.filter((r) => r.from === id || r.to === id).length;
	const best = corpus.events.reduce<Corpus['events'][number] | undefined>((a, e) => (!a || degree(e.id) > degree(a.id) ? e : a), undefined);
	if (!best) throw new Error('the corpus has no events to show');
	return best.id;
}

const browser = await launchChromium();
try {
	const event = await pickEvent();
	const shots = [
		{ file: `${args.out}/screenshot.png`, viewport: { width: 1400, height: 900 } },
		{ file: `${args.out}/screenshot-phone.png`, viewport: { width: 360, height: 780 } }
	];
	for (const shot of shots) {
		const page = await browser.newPage({ viewport: shot.viewport, reducedMotion: 'reduce' });
		const errors: string[] = [];
		page.on('pageerror', (e) => errors.push(e.message));
		page.on('console', (m) => void (m.type() === 'error' && errors.push(m.text())));
		await page.goto(`${base}/?event=${encodeURIComponent(event)}`, { waitUntil: 'networkidle' });
		await page.getByRole('complementary', { name: 'Event details' }).getByRole('heading', { level: 2 }).waitFor();
		if (errors.length) throw new Error(`the page reported errors:\n${errors.join('\n')}`);
		await page.screenshot({ path: shot.file });
		console.log(`${shot.file}: ${shot.viewport.width}×${shot.viewport.height}, event ${event}`);
		await page.close();
	}
} finally {
	await browser.close();
	await server?.close();
}
