import { describe, expect, it } from 'vitest';
import { zoomIdentity } from 'd3';
import { event, timed } from '$lib/test/events';
import { itemsFromEvents } from '$lib/timeline/items';
import { TimelineView, type TimelineInput } from './timeline.svelte';

const DAY = 86_400_000;
// Like the seed data: one long span from 1983, and the story in 2016–2017.
const items = itemsFromEvents(
	timed(
		event('convictions', '1983-11/2003-12'),
		...['2016-03-22', '2016-06-12', '2016-06-13', '2016-07-14', '2016-10', '2016-11', '2017-02', '2017-03-01', '2017-03-22', '2017-03-23'].map((d, i) =>
			event(`e${i}`, d, { title: `Event number ${i}` })
		)
	),
	'kind'
);

function view(over: Partial<TimelineInput> = {}) {
	const input: TimelineInput = { items, scaleItems: items, scale: 'linear', width: 1000, order: [], collapsed: new Set(), ...over };
	return new TimelineView(() => input);
}

/** Runs a test body inside an effect root, as rune classes need, and cleans up. */
const inRoot = (body: () => void) => () => {
	const cleanup = $effect.root(body);
	cleanup();
};

describe('TimelineView', () => {
	it(
		'opens where the events are, leaving no range to record',
		inRoot(() => {
			const v = view();
			expect(v.range).toBeUndefined();
			const [a, b] = v.times();
			expect(a).toBeGreaterThan(Date.UTC(2015, 6));
			expect(b).toBeLessThan(Date.UTC(2017, 9));
		})
	);

	it(
		'zooms by a factor around the centre, and the same factor around the centre by gesture gives the same range',
		inRoot(() => {
			const v = view();
			const [a, b] = v.times();
			v.zoomBy(2);
			const [c, d] = v.times();
			expect(d - c).toBeCloseTo((b - a) / 2, -3);
			expect((c + d) / 2).toBeCloseTo((a + b) / 2, -3);
			expect(v.range).toEqual([c, d]);

			const w = view();
			const from = w.scale;
			const [r0, r1] = from.range() as [number, number];
			const p = (r0 + r1) / 2;
			w.gesture(from, zoomIdentity.translate(p - 2 * p, 0).scale(2));
			const [e, f] = w.times();
			expect(e).toBeCloseTo(c, -3);
			expect(f).toBeCloseTo(d, -3);
		})
	);

	it(
		'keeps the time under an anchor in place',
		inRoot(() => {
			const v = view();
			const x = 300;
			const before = +v.scale.invert(x);
			v.zoomBy(4, x);
			expect(+v.scale.invert(x)).toBeCloseTo(before, -3);
		})
	);

	it(
		'never zooms out past the data, nor pans beyond it',
		inRoot(() => {
			const v = view();
			v.zoomBy(1 / 1000);
			expect(v.times()).toEqual(v.fullRange());
			v.zoomTo([Date.UTC(2017, 0), Date.UTC(2017, 1)]);
			v.panBy(-1e9);
			expect(v.times()[1]).toBeCloseTo(v.fullRange()[1], -3);
		})
	);

	it(
		'fits ids with a month of context around a lone day, and clips spans to a window',
		inRoot(() => {
			const v = view();
			v.fit(['e8']);
			const [a, b] = v.times();
			expect(b - a).toBeGreaterThanOrEqual(29 * DAY);
			expect(a).toBeLessThan(Date.UTC(2017, 2, 22));
			expect(b).toBeGreaterThan(Date.UTC(2017, 2, 23));

			v.fit(items, { clip: { min: Date.UTC(2016, 0), max: Date.UTC(2016, 11, 31) }, pad: 0 });
			const [c, d] = v.times();
			expect(c).toBeGreaterThanOrEqual(Date.UTC(2016, 0) - DAY);
			expect(d).toBeLessThanOrEqual(Date.UTC(2017, 0) + DAY);
		})
	);

	it(
		'goes back to the default framing on reset, which a URL need not record',
		inRoot(() => {
			const v = view();
			const framed = v.times();
			v.showAll();
			expect(v.range).toEqual(v.fullRange());
			v.reset();
			expect(v.range).toBeUndefined();
			expect(v.times()).toEqual(framed);
		})
	);

	it(
		'keeps the range in time when the width changes',
		inRoot(() => {
			let width = $state(1000);
			const v = new TimelineView(() => ({ items, scaleItems: items, scale: 'broken', width, order: [], collapsed: new Set() }));
			v.zoomTo([Date.UTC(2016, 5), Date.UTC(2016, 8)]);
			width = 600;
			const [a, b] = v.times();
			expect(a).toBeCloseTo(Date.UTC(2016, 5), -4);
			expect(b).toBeCloseTo(Date.UTC(2016, 8), -4);
		})
	);

	it(
		'hits an event by its mark and by its label',
		inRoot(() => {
			const v = view();
			v.zoomTo([Date.UTC(2016, 5, 1), Date.UTC(2016, 5, 30)]);
			const m = v.layout.marks.find((k) => k.event.id === 'e1')!;
			const y = v.layout.markY(m.lane, m.row);
			expect(v.hitAt(m.x0, y)).toBe('e1');
			expect(m.showLabel).toBe(true);
			const labelMid = m.labelAnchor === 'start' ? m.labelX + 30 : m.labelX - 30;
			expect(v.hitAt(labelMid, y)).toBe('e1');
			expect(v.hitAt(m.x0, y + 200)).toBeUndefined();
		})
	);

	it(
		'labels focal events always',
		inRoot(() => {
			const v = view({ focal: new Set(['e8']), width: 400 });
			v.zoomTo([Date.UTC(2017, 1), Date.UTC(2017, 3)]);
			expect(v.layout.marks.find((m) => m.event.id === 'e8')?.showLabel).toBe(true);
		})
	);

	it(
		'scales rows with the label size, and gives way rows to fit a height',
		inRoot(() => {
			const small = view();
			const big = view({ labelSize: 26 });
			expect(big.layout.height).toBeGreaterThan(small.layout.height);
			const fitted = view({ labelSize: 26, fitHeight: 200 });
			expect(fitted.layout.height).toBeLessThan(big.layout.height);
		})
	);
});
