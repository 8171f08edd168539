// @vitest-environment node
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { dataDir, fileLabel, readDataFiles } from './data-files';

afterEach(() => vi.unstubAllEnvs());

describe('the data folder', () => {
	it('is data/ under the working folder unless DATA_DIR names another', () => {
		vi.stubEnv('DATA_DIR', '');
		expect(dataDir('/work/repo')).toBe('/work/repo/data');
		vi.stubEnv('DATA_DIR', '/tmp/scratch');
		expect(dataDir('/work/repo')).toBe('/tmp/scratch');
		vi.stubEnv('DATA_DIR', 'copy');
		expect(dataDir('/work/repo')).toBe('/work/repo/copy');
	});

	it('names files relative to the working folder when they are inside it', () => {
		expect(fileLabel('/work/repo/data/entities.json', '/work/repo')).toBe('data/entities.json');
		expect(fileLabel('/tmp/scratch/entities.json', '/work/repo')).toBe('/tmp/scratch/entities.json');
	});

	it('reads the folder DATA_DIR names', () => {
		const data = mkdtempSync(join(tmpdir(), 'data-'));
		mkdirSync(join(data, 'review'));
		writeFileSync(join(data, 'entities.json'), '{"entities": []}');
		writeFileSync(join(data, 'review', 'a.json'), '{}');
		vi.stubEnv('DATA_DIR', data);
		const files = readDataFiles('/work/repo');
		expect([files.entities, files.reviews]).toEqual([
			[{ file: join(data, 'entities.json'), text: '{"entities": []}' }],
			[{ file: join(data, 'review', 'a.json'), text: '{}' }]
		]);
	});
});
