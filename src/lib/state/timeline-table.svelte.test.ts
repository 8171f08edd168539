import { describe, expect, it } from 'vitest';
import { generateColumns } from '$lib/bench/columns';
import { CATEGORIES } from '$lib/bench/events.mjs';
import { EventTable, sortColumns } from '$lib/timeline/table';
import { TimelineView } from './timeline.svelte';

const N = 20_000;
const { time, category } = generateColumns(N);
const table = new EventTable(sortColumns({ start: time, lane: category }, CATEGORIES.length), { lanes: CATEGORIES, colours: CATEGORIES.map(() => '#0072b2'), title: (row) => `E${row}` });

const view = () => new TimelineView(() => ({ items: [], scaleItems: [], table, scale: 'sequential', width: 1000, order: [], collapsed: new Set() }));

const inRoot = (body: () => void) => () => {
	const cleanup = $effect.root(body);
	cleanup();
};

describe('TimelineView over a table', () => {
	it(
		'opens on the whole table, on a linear scale whatever the kind asked for, with every lane as counts',
		inRoot(() => {
			const v = view();
			const [a, b] = v.times();
			expect(a).toBeLessThanOrEqual(table.extent[0]);
			expect(b).toBeGreaterThanOrEqual(table.extent[1]);
			expect(v.base.unit(12345)).toBe(12345);
			const { layout } = v;
			expect(layout.detailed).toBe(false);
			expect(layout.lanes.map((l) => l.mode)).toEqual(CATEGORIES.map(() => 'density'));
			const counted = [...layout.bins.values()].flat().reduce((n, bin) => n + bin.count, 0);
			expect(counted).toBe(N);
			expect(layout.canvasMarks).toEqual([]);
		})
	);

	it(
		'zoomed in, makes items only for the events in view, which can be found and placed by id',
		inRoot(() => {
			const v = view();
			const row = table.rowsIn(Date.UTC(2016, 5, 1), Date.UTC(2016, 5, 1))[1];
			const t = table.columns.start[row]!;
			v.zoomTo([t - 3_600_000, t + 3_600_000]);
			const { layout } = v;
			expect(layout.detailed).toBe(true);
			const ids = layout.marks.map((m) => m.event.id);
			expect(ids).toContain(table.item(row).id);
			expect(ids.length).toBeLessThan(50);
			for (const m of layout.marks) expect(m.event.when.min).toBeGreaterThanOrEqual(t - 2 * 3_600_000);
			const id = table.item(row).id;
			expect(layout.itemOf(id)?.title).toBe(`E${id}`);
			expect(layout.positionsOf(id)[0]!.x).toBeCloseTo(500, -1);
			expect(v.shows(layout.itemOf(id)!.when)).toBe(true);
		})
	);
});
