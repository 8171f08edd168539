/** The Curate page's calls to the curation API of `npm run dev` (src/lib/server/curate/api.ts). */
import type { ReviewFile } from '$lib/model/review';
import type { Article, Entity } from '$lib/model/schema';

export class ApiError extends Error {
	constructor(
		readonly status: number,
		message: string,
		/** check:data's messages, when a save would have made the corpus invalid. */
		readonly issues: string[] = []
	) {
		super(message);
	}
	/** The file changed on disk since it was loaded. */
	get conflict() {
		return this.status === 409;
	}
}

export interface ArticleSummary {
	id: string;
	headline: string;
	publisher: string;
	published: string;
	proposals: number;
	decided: number;
}

/** An event of the corpus, as much as merging into it needs. */
export interface EventSummary {
	id: string;
	title: string;
	kind: string;
	date: string;
	actors: string[];
	places: string[];
}

export interface Loaded {
	article: Article;
	review: ReviewFile;
	etag: string;
	entities: Entity[];
	entitiesEtag: string;
	events: EventSummary[];
}

const ROOT = '/api/curate';

async function call<T>(path: string, init: RequestInit = {}): Promise<T> {
	let res: Response;
	try {
		res = await fetch(`${ROOT}${path}`, { ...init, cache: 'no-store' });
	} catch {
		throw new ApiError(0, 'the dev server does not answer: is npm run dev still running?');
	}
	const body = await res.json().catch(() => ({ error: `the dev server answered ${res.status} without a message` }));
	if (!res.ok) throw new ApiError(res.status, body.error, body.issues);
	return body as T;
}

const json = (method: string, body: unknown, etag?: string): RequestInit => ({
	method,
	headers: { 'content-type': 'application/json', ...(etag && { 'if-match': etag }) },
	body: JSON.stringify(body)
});

export const listArticles = () => call<{ articles: ArticleSummary[] }>('/articles').then((r) => r.articles);

export const loadReview = (id: string) => call<Loaded>(`/reviews/${encodeURIComponent(id)}`);

export const saveReview = (review: ReviewFile, etag: string) =>
	call<{ etag: string; review: ReviewFile }>(`/reviews/${encodeURIComponent(review.article)}`, json('PUT', { review }, etag));

export const addEntity = (entity: Entity, etag: string) => call<{ etag: string; entity: Entity }>('/entities', json('POST', { entity }, etag));

/** Sends the article file's bytes as they are: the corpus stores them byte for byte. */
export const addArticle = (id: string, bytes: ArrayBuffer | Uint8Array<ArrayBuffer>) =>
	call<{ id: string; written: string[]; log: string[] }>(`/articles/${encodeURIComponent(id)}`, {
		method: 'POST',
		headers: { 'content-type': 'application/octet-stream' },
		body: bytes
	});
