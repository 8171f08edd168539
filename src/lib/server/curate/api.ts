/**
 * The curation API as Node middleware, which only `npm run dev` mounts (vite.config.ts):
 * checks the caller, reads a bounded body, and routes to the store.
 *
 *   GET  /api/curate/articles            the articles and how far their review has got
 *   POST /api/curate/articles/<id>       add an article file (raw bytes) and ingest it
 *   GET  /api/curate/reviews/<id>        an article, its review and the file's ETag
 *   PUT  /api/curate/reviews/<id>        save a review ({ review }, If-Match: its ETag)
 *   POST /api/curate/entities            add an entity ({ entity }, If-Match: entities.json's ETag)
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { refuse } from './guard';
import { addArticle, addEntity, listArticles, readReview, saveReview, type Reply, type Store } from './store';

/** The largest body accepted: an article of a few hundred pages, or its review. */
const BODY_LIMIT = 2 * 1024 * 1024;

class BodyError extends Error {
	constructor(
		readonly status: number,
		message: string
	) {
		super(message);
	}
}

const tooLarge = () => new BodyError(413, `the request is larger than ${BODY_LIMIT / 1024 / 1024} MB; nothing was saved`);

/** The body's bytes, refused as soon as it passes the limit. */
async function readBody(req: IncomingMessage, limit = BODY_LIMIT): Promise<Buffer> {
	if (Number(req.headers['content-length'] ?? 0) > limit) throw tooLarge();
	const chunks: Buffer[] = [];
	let size = 0;
	for await (const chunk of req as AsyncIterable<Buffer>) {
		size += chunk.length;
		if (size > limit) throw tooLarge();
		chunks.push(chunk);
	}
	return Buffer.concat(chunks);
}

/** The body as JSON, or a message saying where it is not. */
function parseBody(bytes: Buffer): unknown {
	try {
		return JSON.parse(bytes.toString('utf8'));
	} catch (e) {
		throw new BodyError(400, `the request body is not JSON (${(e as Error).message}); nothing was saved`);
	}
}

const header = (req: IncomingMessage, name: string) => {
	const value = req.headers[name];
	return Array.isArray(value) ? value[0] : value;
};

async function route(req: IncomingMessage, store: Store): Promise<Reply> {
	const [path = ''] = (req.url ?? '/').split('?');
	const [, collection, ...rest] = path.split('/');
	let id: string;
	try {
		id = decodeURIComponent(rest.join('/'));
	} catch {
		return { status: 400, body: { error: `"${rest.join('/')}" is not an id: an id is lower-case letters, digits, - or _` } };
	}
	const method = req.method ?? 'GET';
	const ifMatch = header(req, 'if-match');
	if (collection === 'articles' && !rest.length && method === 'GET') return listArticles(store);
	if (collection === 'articles' && rest.length && method === 'POST') return addArticle(store, id, await readBody(req));
	if (collection === 'reviews' && method === 'GET') return readReview(store, id);
	if (collection === 'reviews' && method === 'PUT') return saveReview(store, id, parseBody(await readBody(req)), ifMatch);
	if (collection === 'entities' && !rest.length && method === 'POST') return addEntity(store, parseBody(await readBody(req)), ifMatch);
	return { status: 404, body: { error: `no ${method} ${path} in the curation API` } };
}

function send(res: ServerResponse, { status, body }: Reply) {
	const etag = typeof body.etag === 'string' ? { etag: body.etag } : {};
	res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...etag });
	res.end(JSON.stringify(body));
}

/** Answers one request under /api/curate (its url already stripped of that prefix). */
export async function serveCurate(req: IncomingMessage, res: ServerResponse, store: Store): Promise<void> {
	const refused = refuse({
		method: req.method ?? 'GET',
		remote: req.socket.remoteAddress,
		host: header(req, 'host'),
		origin: header(req, 'origin'),
		secFetchSite: header(req, 'sec-fetch-site'),
		contentType: header(req, 'content-type')
	});
	if (refused) return send(res, { status: refused.status, body: { error: refused.message } });
	try {
		send(res, await route(req, store));
	} catch (e) {
		if (!(e instanceof BodyError)) throw e;
		// The rest of an oversized body is not read: the connection closes after the answer.
		if (e.status === 413) res.setHeader('connection', 'close');
		send(res, { status: e.status, body: { error: e.message } });
	}
}
