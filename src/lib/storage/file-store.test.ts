// @vitest-environment node
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { describeStoredFile, FileStore } from './file-store';

let store: FileStore | undefined;
afterEach(async () => {
	store?.close();
	await new Promise((ok) => (indexedDB.deleteDatabase('event-timeline').onsuccess = ok));
});

describe('FileStore', () => {
	it('keeps files across openings, lists them oldest first, and gives back the same bytes', async () => {
		store = await FileStore.open();
		const csv = new File(['date,title\n2016-07-14,Nice\n'], 'events.csv', { type: 'text/csv' });
		const bytes = new File([new Uint8Array([0, 255, 10, 13])], 'raw.bin');
		await store.put(bytes, new Date(Date.UTC(2026, 10, 30, 3)));
		await store.put(csv, new Date(Date.UTC(2026, 10, 29)));
		store.close();

		store = await FileStore.open();
		const list = await store.list();
		expect(list.map(({ name, size, type, importedAt }) => ({ name, size, type, importedAt }))).toEqual([
			{ name: 'events.csv', size: csv.size, type: 'text/csv', importedAt: '2026-11-29T00:00:00.000Z' },
			{ name: 'raw.bin', size: 4, type: '', importedAt: '2026-11-30T03:00:00.000Z' }
		]);
		expect(await (await store.read(list[0]!))!.text()).toBe(await csv.text());
		expect([...new Uint8Array(await (await store.read(list[1]!))!.arrayBuffer())]).toEqual([0, 255, 10, 13]);
	});

	it('removes one file, bytes and all, leaving the others', async () => {
		store = await FileStore.open();
		const a = await store.put(new File(['a'], 'a.json'));
		const b = await store.put(new File(['b'], 'b.json'));
		await store.remove(a.id);
		expect((await store.list()).map((f) => f.name)).toEqual(['b.json']);
		expect(await store.read(a)).toBeUndefined();
		expect(await (await store.read(b))!.text()).toBe('b');
	});

	it('rejects, with an error to explain, where the browser has no IndexedDB', async () => {
		await expect(FileStore.open(null)).rejects.toMatchObject({ name: 'SecurityError' });
	});
});

describe('describeStoredFile', () => {
	it.each([
		[0, '0 bytes'],
		[999, '999 bytes'],
		[12_400, '12.4 kB'],
		[104_857_600, '104.9 MB']
	])('names %i bytes as %s', (size, words) => {
		expect(describeStoredFile({ id: '1', name: 'a.csv', type: 'text/csv', size, importedAt: '2026-11-30T02:14:00.000Z' }, 'en-GB', 'UTC')).toBe(`a.csv · ${words} · 30 Nov 2026, 02:14`);
	});
});
