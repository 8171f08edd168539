import { describe, expect, it } from 'vitest';
import { checksumColumns, generateColumns } from './columns';
import { checksum, generateEvents } from './events.mjs';

describe('generateColumns', () => {
	it('draws the same events as the harness generator, in the same order', () => {
		const events = generateEvents(5000, 7);
		const { time, category } = generateColumns(5000, 7);
		expect(Array.from(time)).toEqual(events.map((e) => e.time));
		expect(Array.from(category)).toEqual(events.map((e) => e.category));
	});

	it('has the harness checksum, for every size the harness runs and none', () => {
		for (const n of [0, 1, 100, 1000, 10000]) expect(checksumColumns(generateColumns(n))).toBe(checksum(generateEvents(n)));
	});

	it('tells different data apart', () => {
		const c = generateColumns(100);
		const before = checksumColumns(c);
		c.category[50] = (c.category[50]! + 1) % 6;
		expect(checksumColumns(c)).not.toBe(before);
	});
});
