// @vitest-environment node
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { dataFile, isInside, resolveInData } from './paths';

let data: string;
let outside: string;
beforeEach(() => {
	data = mkdtempSync(join(tmpdir(), 'data-'));
	outside = mkdtempSync(join(tmpdir(), 'outside-'));
	mkdirSync(join(data, 'review'));
});

describe('dataFile', () => {
	it('places a review and an article by id', () => {
		expect(dataFile(data, 'review', 'a-b_1')).toMatchObject({ ok: true, path: expect.stringMatching(/\/review\/a-b_1\.json$/) });
		expect(dataFile(data, 'article', 'x')).toMatchObject({ ok: true, path: expect.stringMatching(/\/articles\/x\.txt$/) });
	});

	it.each(['../../etc/passwd', '..', '/etc/passwd', 'A', 'a/b', 'a.json', '', 'a%2F..'])('refuses the id %j', (id) => {
		expect(dataFile(data, 'review', id)).toEqual({ ok: false, message: expect.stringMatching(/is not an id/) });
	});

	it('refuses a file that is a symbolic link out of the folder', () => {
		writeFileSync(join(outside, 'x.json'), '{}');
		symlinkSync(join(outside, 'x.json'), join(data, 'review', 'x.json'));
		expect(dataFile(data, 'review', 'x')).toMatchObject({ ok: false, message: expect.stringMatching(/leads out of the data folder/) });
	});

	it('refuses a folder that is a symbolic link out', () => {
		symlinkSync(outside, join(data, 'articles'));
		expect(dataFile(data, 'article', 'x')).toMatchObject({ ok: false, message: expect.stringMatching(/leads out/) });
	});
});

describe('resolveInData', () => {
	it.each(['../x.json', 'review/../../x.json', '/tmp/x.json'])('refuses %j', (path) => {
		expect(resolveInData(data, path).ok).toBe(false);
	});

	it('refuses a link that stays inside, as the API writes only plain files', () => {
		writeFileSync(join(data, 'entities.json'), '{}');
		symlinkSync(join(data, 'entities.json'), join(data, 'review', 'e.json'));
		expect(resolveInData(data, 'review/e.json')).toMatchObject({ ok: false, message: expect.stringMatching(/symbolic link/) });
	});
});

describe('isInside', () => {
	it.each<[string, string, boolean]>([
		['/d', '/d/a', true],
		['/d', '/d', false],
		['/d', '/d2/a', false],
		['/d', '/d/../a', false],
		['/d', '/d/..a', true]
	])('%s holds %s: %s', (dir, path, inside) => {
		expect(isInside(dir, join(path))).toBe(inside);
	});
});
