// @vitest-environment node
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { etagOf, jsonText, readIfExists, writeAtomic } from './files';

const scratch = () => mkdtempSync(join(tmpdir(), 'files-'));

describe('writeAtomic', () => {
	it('replaces the file whole and leaves no temporary file', () => {
		const dir = scratch();
		writeFileSync(join(dir, 'a.json'), 'old');
		writeAtomic(join(dir, 'a.json'), 'new');
		expect(readFileSync(join(dir, 'a.json'), 'utf8')).toBe('new');
		expect(readdirSync(dir)).toEqual(['a.json']);
	});

	it('leaves the old file as it was when the write fails', () => {
		const dir = scratch();
		writeFileSync(join(dir, 'a.json'), 'old');
		// Renaming a file over a folder fails after the temporary file is written.
		expect(() => writeAtomic(dir, 'new')).toThrow();
		expect(readFileSync(join(dir, 'a.json'), 'utf8')).toBe('old');
		expect(readdirSync(dir)).toEqual(['a.json']);
	});
});

describe('etagOf', () => {
	it('changes with the content and names a missing file', () => {
		expect(etagOf('a')).toBe(etagOf(Buffer.from('a')));
		expect(etagOf('a')).not.toBe(etagOf('b'));
		expect(etagOf(undefined)).toBe('"absent"');
		expect(etagOf(readIfExists(join(scratch(), 'none.json')))).toBe('"absent"');
	});
});

describe('jsonText', () => {
	it('writes two-space JSON with a final newline', () => {
		expect(jsonText({ a: [1] })).toBe('{\n  "a": [\n    1\n  ]\n}\n');
	});
});
