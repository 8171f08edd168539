// @vitest-environment node
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FileStore } from './file-store';
import { StoredImports } from './stored-imports.svelte';

let opened: FileStore[] = [];
/** Opens the store as a page would, remembering it so that each test ends with it closed. */
const open = async () => {
	const store = await FileStore.open();
	opened.push(store);
	return store;
};

afterEach(async () => {
	vi.restoreAllMocks();
	for (const store of opened) store.close();
	opened = [];
	await new Promise((ok) => (indexedDB.deleteDatabase('event-timeline').onsuccess = ok));
});

const csv = () => new File(['date,title\n2016-07-14,Nice\n'], 'events.csv', { type: 'text/csv' });

describe('StoredImports', () => {
	it('keeps a file for the next page, which reads it back; removing it forgets it', async () => {
		const first = new StoredImports(open);
		const entry = await first.keep(csv());
		expect(first.files).toEqual([entry]);
		expect(entry?.name).toBe('events.csv');
		const next = new StoredImports(open);
		const kept = await next.restore();
		expect(kept.map((k) => k.entry)).toEqual([entry]);
		expect(await Promise.all(kept.map((k) => k.file.text()))).toEqual([await csv().text()]);
		await next.remove(next.files[0]!);
		expect([next.files, await next.restore(), next.problem]).toEqual([[], [], '']);
	});

	it('says the storage is full, and keeps listing what it already holds', async () => {
		const imports = new StoredImports(open);
		await imports.keep(csv());
		vi.spyOn(FileStore.prototype, 'put').mockRejectedValueOnce(new DOMException('quota', 'QuotaExceededError'));
		await imports.keep(new File(['x'], 'big.csv'));
		expect(imports.files.map((f) => f.name)).toEqual(['events.csv']);
		expect(imports.problem).toMatch(/^The browser's storage for this site is full, so imported files are kept only until this page is closed/);
	});

	it('says storage is off where IndexedDB cannot be opened, and restores nothing', async () => {
		const imports = new StoredImports(() => {
			throw new DOMException('denied', 'SecurityError');
		});
		expect(await imports.restore()).toEqual([]);
		await imports.keep(csv());
		expect(imports.problem).toMatch(/does not let the site store anything .* so imported files are kept only until this page is closed/);
	});
});
