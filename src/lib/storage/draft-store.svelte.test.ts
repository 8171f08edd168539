import { beforeEach, describe, expect, it, vi } from 'vitest';
import { DRAFT_KEY, DraftStore } from './draft-store.svelte';

describe('DraftStore', () => {
	beforeEach(() => localStorage.clear());

	it('keeps unreadable text aside, under its own key, until it is dropped', () => {
		const store = new DraftStore(localStorage);
		localStorage.setItem(DRAFT_KEY, '{"title":');
		expect(store.keepAside(store.read()!, new Date(Date.UTC(2026, 10, 30, 2)))).toBe(true);
		store.write('{"title":"","steps":[]}');
		expect(store.asides()).toEqual([{ key: `${DRAFT_KEY}:unreadable:2026-11-30T02:00:00.000Z`, keptAt: '2026-11-30T02:00:00.000Z', text: '{"title":' }]);
		store.drop(store.asides()[0]!);
		expect(store.asides()).toEqual([]);
		expect(store.read()).toBe('{"title":"","steps":[]}');
	});

	it('says why when the storage is full, and again that all is well once a write succeeds', () => {
		const store = new DraftStore(localStorage);
		const put = vi.spyOn(Storage.prototype, 'setItem').mockImplementationOnce(() => {
			throw new DOMException('full', 'QuotaExceededError');
		});
		store.write('x');
		expect(store.problem).toMatch(/storage for this site is full, so the draft is kept only until this page is closed/);
		store.write('y');
		expect(store.problem).toBe('');
		put.mockRestore();
	});

	it('works without storage, saying so', () => {
		const store = new DraftStore(undefined);
		store.write('x');
		expect([store.read(), store.asides(), store.keepAside('x')]).toEqual([null, [], false]);
		expect(store.problem).toMatch(/does not let the site store anything/);
	});
});
