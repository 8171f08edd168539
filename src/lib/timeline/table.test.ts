import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { binLanes, laneModes } from './bins';
import { linearScale } from './scales';
import { EventTable, orderByStart, sortColumns, transferablesOf } from './table';

const cols = (start: number[], lane: number[], end?: number[]) => ({
	start: Float64Array.from(start),
	lane: Uint8Array.from(lane),
	...(end ? { end: Float64Array.from(end) } : {})
});

describe('sortColumns', () => {
	it('sorts rows by start, ties in source order, and carries lanes, ends and source rows along', () => {
		const s = sortColumns(cols([30, 10, 20, 10], [0, 1, 0, 0], [35, 50, 20, 12]), 2);
		expect(Array.from(s.start)).toEqual([10, 10, 20, 30]);
		expect(Array.from(s.source)).toEqual([1, 3, 2, 0]);
		expect(Array.from(s.end)).toEqual([50, 12, 20, 35]);
		expect(Array.from(s.lane)).toEqual([1, 0, 0, 0]);
		expect(s.longest).toBe(40);
	});

	it('indexes each lane: its starts and its ends, each sorted', () => {
		const s = sortColumns(cols([30, 10, 20, 10], [0, 1, 0, 0], [35, 50, 20, 12]), 3);
		expect(s.laneStarts.map((a) => Array.from(a))).toEqual([[10, 20, 30], [10], []]);
		expect(s.laneEnds.map((a) => Array.from(a))).toEqual([[12, 20, 35], [50], []]);
	});

	it('shares one array for starts and ends when every event is an instant', () => {
		const s = sortColumns(cols([3, 1, 2], [0, 0, 1]), 2);
		expect(s.end).toBe(s.start);
		expect(s.laneEnds).toBe(s.laneStarts);
		expect(transferablesOf(s).length).toBe(new Set([s.start, s.lane, s.source, ...s.laneStarts].map((a) => a.buffer)).size);
	});

	it('is a stable sort of any column', () => {
		fc.assert(
			fc.property(fc.array(fc.tuple(fc.integer({ min: -50, max: 50 }), fc.integer({ min: 0, max: 3 }))), (rows) => {
				const s = sortColumns(cols(rows.map((r) => r[0]), rows.map((r) => r[1])), 4);
				const expected = rows.map((r, i) => ({ t: r[0], i })).sort((a, b) => a.t - b.t || a.i - b.i);
				expect(Array.from(s.source)).toEqual(expected.map((e) => e.i));
				expect(s.laneStarts.reduce((n, a) => n + a.length, 0)).toBe(rows.length);
			})
		);
	});

	it('names the row with a bad time, an end before its start, or an unknown lane', () => {
		expect(() => sortColumns(cols([1, NaN], [0, 0]), 1)).toThrow(/row 1 has \[NaN/);
		expect(() => sortColumns(cols([1, 5], [0, 0], [2, 4]), 1)).toThrow(/row 1 has \[5, 4\]/);
		expect(() => sortColumns(cols([1, 5], [0, 2]), 2)).toThrow(/row 1 has lane 2, but there are 2 lanes/);
		expect(() => sortColumns({ start: new Float64Array(2), lane: new Uint8Array(1) }, 1)).toThrow(/differ in length/);
	});
});

describe('EventTable', () => {
	const table = new EventTable(sortColumns(cols([300, 100, 200, 100], [0, 1, 0, 0], [350, 500, 200, 120]), 2), {
		lanes: ['a', 'b'],
		colours: ['red', 'blue'],
		title: (row) => `E${row}`
	});

	it('makes an item for a row only when asked, named by its source row', () => {
		expect(table.length).toBe(4);
		const item = table.item(0);
		expect(item).toMatchObject({ id: '1', title: 'E1', colour: 'blue', lanes: ['b'] });
		expect(item.when).toMatchObject({ min: 100, max: 500, point: false });
		expect(item.when.edtf).toBe('1970-01-01T00:00:00.100Z/1970-01-01T00:00:00.500Z');
		expect(table.item(2).when.point).toBe(true);
	});

	it('finds an item by id, and nothing for an unknown one', () => {
		expect(table.find('2')?.when.min).toBe(200);
		expect(table.find('0')?.title).toBe('E0');
		expect(table.find('4')).toBeUndefined();
		expect(table.find('x')).toBeUndefined();
		const named = new EventTable(table.columns, { ...table.text, id: (row) => `ev-${row}` });
		expect(named.find('ev-3')?.when.min).toBe(100);
		expect(named.find('3')).toBeUndefined();
	});

	it('knows its extent and the rows that may reach into a window', () => {
		expect(table.extent).toEqual([100, 500]);
		expect(table.bounds.map((i) => [i.when.min, i.when.max])).toEqual([[100, 100], [500, 500]]);
		// The longest event runs 400 ms, so rows starting from 0 on may reach 400–450.
		expect(table.rowsIn(400, 450)).toEqual([0, 4]);
		expect(table.rowsIn(210, 250)).toEqual([0, 3]);
	});

	it('counts per lane and bin from its index, as an item list would', () => {
		const view = linearScale([0, 1000], 1000);
		const bins = binLanes(table.index, view, 100);
		expect(bins.get('a')!.reduce((n, b) => n + b.count, 0)).toBe(3);
		expect(bins.get('b')!.reduce((n, b) => n + b.count, 0)).toBeGreaterThanOrEqual(1);
		expect(laneModes(table.index, view).get('a')).toBe('marks');
	});
});

describe('orderByStart', () => {
	it('orders by packed keys and by comparator alike, ties in row order', () => {
		fc.assert(
			fc.property(fc.array(fc.oneof(fc.integer({ min: -1e6, max: 1e6 }).map((m) => m * 60_000), fc.double({ min: -1e3, max: 1e3, noNaN: true }))), (xs) => {
				const expected = xs.map((t, i) => ({ t, i })).sort((a, b) => a.t - b.t || a.i - b.i);
				const { order, sorted } = orderByStart(Float64Array.from(xs));
				expect(Array.from(order)).toEqual(expected.map((e) => e.i));
				expect(Array.from(sorted)).toEqual(expected.map((e) => e.t));
			})
		);
	});
});
