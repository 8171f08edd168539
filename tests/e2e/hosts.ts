/**
 * Host pages for the embedding tests: a research site of their own, served from a temporary
 * folder on another port, so that the embed sits in a page of another origin as it would.
 */
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import type { Page } from 'playwright-core';
import { serveStatic, type StaticServer } from './serve';

export interface HostSite {
	/** The site's origin, e.g. http://127.0.0.1:41234. */
	url: string;
	/** Writes a file into the site; returns its URL. */
	put(path: string, content: string | Uint8Array): Promise<string>;
	close(): Promise<void>;
}

export async function hostSite(): Promise<HostSite> {
	const dir = await mkdtemp(join(tmpdir(), 'host-site-'));
	const server: StaticServer = await serveStatic(dir);
	return {
		url: server.url,
		async put(path, content) {
			await mkdir(dirname(join(dir, path)), { recursive: true });
			await writeFile(join(dir, path), content);
			return `${server.url}/${path}`;
		},
		async close() {
			await server.close();
			await rm(dir, { recursive: true, force: true });
		}
	};
}

/** A plain page around an iframe of the given size. */
export const framePage = (src: string, width: number, height: number) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Host</title><link rel="icon" href="data:,"></head>
<body style="margin:0">
<iframe id="frame" src="${src}" width="${width}" height="${height}" style="border:0;display:block" title="Event timeline"></iframe>
<script>
	window.received = [];
	addEventListener('message', (e) => received.push({ origin: e.origin, data: e.data }));
</script>
</body></html>`;

/** The messages of the embed's API that the host page has received so far. */
export const received = (page: Page) =>
	page.evaluate(() => (window as unknown as { received: { origin: string; data: { type: string } & Record<string, unknown> }[] }).received);

/** Builds the site again into `dir`, under a base path: as a research site would put it in a subfolder. */
export async function buildUnder(basePath: string, dir: string) {
	// As `npm run build` runs it: under vitest's variables the config would build for tests.
	const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(VITEST|NODE_ENV$|TEST$)/.test(k)));
	Object.assign(env, { BASE_PATH: basePath, BUILD_DIR: dir });
	const run = promisify(execFile);
	await run('npx', ['vite', 'build'], { env });
	await run('npx', ['vite', 'build', '--config', 'vite.element.config.ts'], { env });
}
