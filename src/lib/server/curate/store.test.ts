// @vitest-environment node
/** The curation API's store against a scratch data folder: what a save writes, and what it refuses. */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeEach, describe, expect, it } from 'vitest';
import type { ReviewFile } from '$lib/model/review';
import { addArticle, addEntity, newIssues, readReview, saveReview, type Store } from './store';

const FIXTURES = fileURLToPath(new URL('../../../../tests/fixtures/', import.meta.url));
const ARTICLE = readFileSync(join(FIXTURES, 'articles/t02_brussels_bombings.txt'));
let store: Store;

beforeEach(() => {
	const root = mkdtempSync(join(tmpdir(), 'curate-'));
	store = { root, data: join(root, 'data') };
	cpSync(join(FIXTURES, 'entities.json'), join(store.data, 'entities.json'));
});

const loaded = (id = 't02_brussels_bombings') => readReview(store, id).body as { review: ReviewFile; etag: string; entitiesEtag: string };
const onDisk = (path: string) => readFileSync(join(store.data, path), 'utf8');

describe('addArticle', () => {
	it('stores the bytes as sent and writes the review of its proposals', () => {
		const r = addArticle(store, 't02_brussels_bombings', ARTICLE);
		expect(r.status).toBe(201);
		expect(readFileSync(join(store.data, 'articles/t02_brussels_bombings.txt')).equals(ARTICLE)).toBe(true);
		expect(loaded().review.proposals.length).toBeGreaterThan(0);
	});

	it("gives a bad article the CLI's message and writes nothing", () => {
		const r = addArticle(store, 'bad', Buffer.from('A HEADLINE\n\n-\n\n24.13.2016\n'));
		const error = 'data/articles/bad.txt:5: expected the filed date as dd.mm.yyyy, found "24.13.2016"';
		expect(r).toEqual({ status: 422, body: { error, issues: [error] } });
		expect(existsSync(join(store.data, 'articles'))).toBe(false);
	});

	it('refuses text that is not UTF-8, and a name that is not an id', () => {
		expect(addArticle(store, 'x', Buffer.from([0xff, 0xfe, 0x41])).body.error).toMatch(/not UTF-8/);
		expect(addArticle(store, '../x', ARTICLE)).toMatchObject({ status: 400 });
	});

	it('keeps the decisions made when the same article is added again', () => {
		addArticle(store, 't02_brussels_bombings', ARTICLE);
		const { review, etag } = loaded();
		review.proposals[2]!.status = 'accepted';
		review.proposals[3]!.status = 'rejected';
		expect(saveReview(store, review.article, { review }, etag).status).toBe(200);
		expect(addArticle(store, 't02_brussels_bombings', ARTICLE).status).toBe(200);
		expect(loaded().review.proposals.slice(2, 4)).toEqual(review.proposals.slice(2, 4));
	});

	it('never replaces an article with other text', () => {
		addArticle(store, 't02_brussels_bombings', ARTICLE);
		expect(addArticle(store, 't02_brussels_bombings', Buffer.from(`${ARTICLE}\nmore`)).status).toBe(409);
		expect(readFileSync(join(store.data, 'articles/t02_brussels_bombings.txt')).equals(ARTICLE)).toBe(true);
	});
});

describe('saveReview', () => {
	beforeEach(() => void addArticle(store, 't02_brussels_bombings', ARTICLE));

	it('saves a decision, with the new ETag, as the CLI formats the file', () => {
		const { review, etag } = loaded();
		review.proposals[0]!.status = 'rejected';
		const r = saveReview(store, review.article, { review }, etag);
		expect(r.status).toBe(200);
		expect(onDisk('review/t02_brussels_bombings.json')).toBe(`${JSON.stringify(review, null, 2)}\n`);
		expect(r.body.etag).toBe(loaded().etag);
	});

	it('refuses a save over a file changed on disk since it was loaded', () => {
		const { review, etag } = loaded();
		const path = join(store.data, 'review/t02_brussels_bombings.json');
		writeFileSync(path, onDisk('review/t02_brussels_bombings.json').replace('"proposed"', '"rejected"'));
		const changed = onDisk('review/t02_brussels_bombings.json');
		const r = saveReview(store, review.article, { review }, etag);
		expect(r.status).toBe(409);
		expect(r.body.error).toMatch(/changed on disk since you loaded it/);
		expect(onDisk('review/t02_brussels_bombings.json')).toBe(changed);
	});

	it('refuses a save that would make the corpus invalid, with the message', () => {
		const { review, etag } = loaded();
		review.proposals[0]!.status = 'accepted';
		review.proposals[0]!.actors = ['nobody-known'];
		const before = onDisk('review/t02_brussels_bombings.json');
		const r = saveReview(store, review.article, { review }, etag);
		expect(r.status).toBe(422);
		expect(r.body.issues).toEqual([expect.stringMatching(/field actors\[0\]: unknown entity "nobody-known"/)]);
		expect(onDisk('review/t02_brussels_bombings.json')).toBe(before);
	});

	it('refuses a review that breaks the schema, or names another article', () => {
		const { review, etag } = loaded();
		expect(saveReview(store, review.article, { review: { ...review, proposals: [{ status: 'maybe' }] } }, etag).status).toBe(400);
		expect(saveReview(store, 'other', { review }, etag).body.error).toMatch(/is of "t02_brussels_bombings"/);
		expect(saveReview(store, '..', { review }, etag).body.error).toMatch(/is not an id/);
	});
});

describe('addEntity', () => {
	it('appends the entity with a small diff', () => {
		addArticle(store, 't02_brussels_bombings', ARTICLE);
		const before = onDisk('entities.json').split('\n');
		const entity = { id: 'new-group', type: 'organisation', name: 'New Group', aliases: [] };
		expect(addEntity(store, { entity }, loaded().entitiesEtag).status).toBe(200);
		const after = onDisk('entities.json').split('\n');
		// Every line but the closing ones stays; the entity goes last.
		expect(after.slice(0, before.length - 4)).toEqual(before.slice(0, -4));
		expect(JSON.parse(after.join('\n')).entities.at(-1)).toEqual(entity);
	});

	it('refuses a duplicate id and a stale ETag', () => {
		addArticle(store, 't02_brussels_bombings', ARTICLE);
		const { entitiesEtag } = loaded();
		const first = JSON.parse(onDisk('entities.json')).entities[0];
		expect(addEntity(store, { entity: first }, entitiesEtag)).toMatchObject({ status: 422 });
		expect(addEntity(store, { entity: { ...first, id: 'other' } }, '"stale"')).toMatchObject({ status: 409 });
		expect(readdirSync(store.data).sort()).toEqual(['articles', 'entities.json', 'review']);
	});
});

describe('newIssues', () => {
	const issue = (message: string, line = 1) => ({ file: 'f', line, message });
	it('counts an issue as new only beyond those there before, whatever its line', () => {
		expect(newIssues([issue('a', 3)], [issue('a', 9), issue('b')])).toEqual([issue('b')]);
		expect(newIssues([issue('a')], [issue('a'), issue('a')])).toEqual([issue('a')]);
	});
});
