/**
 * A static file server for the built site, as any static host would serve it: enough to run
 * the browser tests and the screenshots without a preview server's own behaviour in the way.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.ico': 'image/x-icon',
	'.txt': 'text/plain; charset=utf-8',
	'.woff2': 'font/woff2'
};

export interface StaticServer {
	url: string;
	close: () => Promise<void>;
}

/** Serves `root` on 127.0.0.1 at a free port; a folder answers with its index.html. */
export async function serveStatic(root: string): Promise<StaticServer> {
	const top = resolve(root);
	const server: Server = createServer(async (req, res) => {
		const path = decodeURIComponent(new URL(req.url ?? '/', 'http://host').pathname);
		let file = join(top, path);
		if (file !== top && !file.startsWith(top + sep)) return void res.writeHead(403).end();
		try {
			if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
			const size = (await stat(file)).size;
			res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'content-length': size });
			createReadStream(file).pipe(res);
		} catch {
			res.writeHead(404, { 'content-type': 'text/plain' }).end(`not found: ${path}`);
		}
	});
	await new Promise<void>((ok, fail) => server.once('error', fail).listen(0, '127.0.0.1', ok));
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${port}`,
		close: () => new Promise((ok, fail) => server.close((e) => (e ? fail(e) : ok())))
	};
}
