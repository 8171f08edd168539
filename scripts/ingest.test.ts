// @vitest-environment node
/** The ingest CLI against a scratch copy of a data folder: what it writes, and what it never does. */
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeEach, describe, expect, it } from 'vitest';
import type { ReviewFile } from '../src/lib/model/review';
import { runIngest } from './ingest';

const FIXTURES = fileURLToPath(new URL('../tests/fixtures/', import.meta.url));
const ARTICLE = 'data/articles/t02_brussels_bombings.txt';
const REVIEW = 'data/review/t02_brussels_bombings.json';
let root: string;

beforeEach(() => {
	root = mkdtempSync(join(tmpdir(), 'ingest-'));
	cpSync(join(FIXTURES, 'articles'), join(root, 'data', 'articles'), { recursive: true });
	cpSync(join(FIXTURES, 'entities.json'), join(root, 'data', 'entities.json'));
});

const review = () => JSON.parse(readFileSync(join(root, REVIEW), 'utf8')) as ReviewFile;

describe('npm run ingest', () => {
	it('writes the proposals of an article to its review file', () => {
		const run = runIngest([ARTICLE], root);
		expect([run.errors, run.written]).toEqual([[], [REVIEW]]);
		expect(review().proposals.every((p) => p.status === 'proposed')).toBe(true);
	});

	it('writes nothing when any of the articles is bad', () => {
		writeFileSync(join(root, 'data/articles/bad.txt'), 'A HEADLINE\n\n-\n\n24.13.2016\n');
		const run = runIngest([ARTICLE, 'data/articles/bad.txt'], root);
		expect(run.errors).toEqual(['data/articles/bad.txt:5: expected the filed date as dd.mm.yyyy, found "24.13.2016"']);
		expect(existsSync(join(root, REVIEW))).toBe(false);
	});

	it('refuses an article outside data/articles/', () => {
		expect(runIngest([join(FIXTURES, 'articles/t01_paris_attacks.txt')], root).errors[0]).toMatch(/copy the article into data\/articles\/ first/);
	});

	it('keeps the decisions already made when it runs again', () => {
		runIngest([ARTICLE], root);
		const first = review();
		first.proposals[0]!.status = 'accepted';
		first.proposals[0]!.title = 'Brussels bombings';
		first.proposals[1]!.status = 'rejected';
		writeFileSync(join(root, REVIEW), JSON.stringify(first, null, 2));

		expect(runIngest([ARTICLE], root).errors).toEqual([]);
		const again = review();
		expect(again.proposals.slice(0, 2)).toEqual(first.proposals.slice(0, 2));
		expect(again.proposals).toHaveLength(first.proposals.length);
	});

	it('refuses to overwrite a review file it cannot read', () => {
		runIngest([ARTICLE], root);
		writeFileSync(join(root, REVIEW), '{ "article": "t02_brussels_bombings", "proposals": [ { "status": "maybe" } ] }');
		const run = runIngest([ARTICLE], root);
		expect(run.errors[0]).toMatch(/^data\/review\/t02_brussels_bombings\.json:1: field proposals\[0\]\./);
		expect(readFileSync(join(root, REVIEW), 'utf8')).toContain('"maybe"');
	});
});
