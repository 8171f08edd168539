import { describe, expect, it } from 'vitest';
import { event, timed as timedEvents } from '$lib/test/events';
import type { Event } from '$lib/model/schema';
import { itemsFromEvents } from './items';
import { layoutMarks } from './layout';

const DAY = 86_400_000;
const t0 = Date.UTC(2016, 0, 1);
// One pixel a day from 1 January 2016.
const x = (t: number) => (t - t0) / DAY;
const opts = { x, labelWidth: () => 50, width: 400 };
const timed = (...events: Event[]) => itemsFromEvents(timedEvents(...events), 'kind');

describe('layoutMarks', () => {
	it('draws a day as a point and a month as a span over the month', () => {
		const { marks } = layoutMarks(timed(event('d', '2016-02-01'), event('m', '2016-03')), opts);
		const d = marks.find((m) => m.event.id === 'd')!;
		const m = marks.find((m) => m.event.id === 'm')!;
		expect(d.point).toBe(true);
		expect(d.x0).toBeCloseTo(31.5);
		expect(d.x1).toBe(d.x0);
		expect(m.point).toBe(false);
		expect(m.x0).toBe(60);
		expect(Math.round(m.x1)).toBe(91);
	});

	it('keeps a label inside a wide span, after a short mark, and before a mark at the right edge', () => {
		const { marks } = layoutMarks(timed(event('wide', '2016-01-01/2016-06-30'), event('dot', '2016-08-01'), event('edge', '2017-01-30')), opts);
		const at = (id: string) => marks.find((m) => m.event.id === id)!;
		expect(at('wide')).toMatchObject({ labelAnchor: 'start', labelX: 6 });
		expect(at('dot').labelAnchor).toBe('start');
		expect(at('dot').labelX).toBeGreaterThan(at('dot').x1);
		expect(at('edge').labelAnchor).toBe('end');
		expect(at('edge').labelX).toBeLessThan(at('edge').x0);
	});

	it('stacks marks whose labels would collide and shows every label in a shallow lane', () => {
		const { lanes, marks } = layoutMarks(timed(event('a', '2016-02-01'), event('b', '2016-02-10')), opts);
		expect(lanes).toEqual([{ key: 'attack', rows: 2 }]);
		expect(marks.every((m) => m.showLabel)).toBe(true);
	});

	it('packs a crowded lane by its marks alone and hides the labels that do not fit', () => {
		// Marks 14 px apart never touch, but their 50 px labels would need five rows.
		const many = timed(...Array.from({ length: 8 }, (_, i) => event(`e${i}`, new Date(t0 + i * 14 * DAY).toISOString().slice(0, 10))));
		const { lanes, marks } = layoutMarks(many, { ...opts, maxRows: 3 });
		expect(lanes[0]!.rows).toBe(1);
		const shown = marks.filter((m) => m.showLabel);
		expect(shown.length).toBeLessThan(marks.length);
		for (const a of shown)
			for (const b of marks)
				if (a !== b && a.row === b.row) expect(b.x0 > a.labelX + 50 || b.x1 < a.x0).toBe(true);
	});
});

describe('layoutMarks culling', () => {
	it('leaves out marks wholly outside the view and keeps a span that reaches in, its label in view', () => {
		const { marks } = layoutMarks(timed(event('before', '2015-06-01'), event('long', '2015-01-01/2016-12-31'), event('after', '2018-01-01')), opts);
		expect(marks.map((m) => m.event.id)).toEqual(['long']);
		expect(marks[0]!.labelX).toBe(6);
	});
});

describe('layoutMarks on a narrow view', () => {
	it('hides a label that fits on neither side of its mark', () => {
		const { marks } = layoutMarks(timed(event('mid', '2016-01-20')), { ...opts, width: 40, labelWidth: () => 60 });
		expect(marks[0]!.showLabel).toBe(false);
	});
});

describe('layoutMarks with a selection', () => {
	it('shows the selected label and hides the labels it would cover in its row', () => {
		// Marks 14 px apart in a crowded lane: only the last label fits until one is selected.
		const many = timed(...Array.from({ length: 8 }, (_, i) => event(`e${i}`, new Date(t0 + i * 14 * DAY).toISOString().slice(0, 10))));
		const { marks } = layoutMarks(many, { ...opts, maxRows: 3, selected: 'e6' });
		const shown = marks.filter((m) => m.showLabel).map((m) => m.event.id);
		expect(shown).toContain('e6');
		expect(shown).not.toContain('e7');
	});
});

describe('layoutMarks labels with little room', () => {
	it('shortens a label with an ellipsis on the roomier side rather than dropping it', () => {
		// 300 px wide; a mark at 200 px whose 200 px label fits on neither side whole.
		const { marks } = layoutMarks(timed(event('a-long-title-of-forty-characters-exactly', '2016-07-19')), { ...opts, width: 300, labelWidth: () => 200 });
		const m = marks[0]!;
		expect(m.showLabel).toBe(true);
		expect(m.labelAnchor).toBe('end');
		expect(m.label.endsWith('…')).toBe(true);
		expect(m.label.length).toBeLessThan(40);
	});

	it('draws a day at hour zoom as a bar over the whole day, its label inside', () => {
		// 10 px an hour.
		const hourly = (t: number) => ((t - Date.UTC(2016, 1, 1)) / 3_600_000) * 10;
		const { marks } = layoutMarks(timed(event('d', '2016-02-02')), { x: hourly, labelWidth: () => 50, width: 1000 });
		expect(marks[0]).toMatchObject({ point: false, x0: 240 });
		expect(marks[0]!.x1).toBeCloseTo(480, 3);
		expect(marks[0]!.labelInside).toBe(true);
	});
});

describe('layoutMarks in a crowded lane', () => {
	it('gives a mark whose whole name has no room as many words as the gap to the next mark holds', () => {
		// Marks 90 px apart in one row: no 200 px label fits, but "Attack on…" does.
		const titled = (id: string, title: string, day: number) => event(id, new Date(t0 + day * DAY).toISOString().slice(0, 10), { title });
		const many = timed(...Array.from({ length: 5 }, (_, i) => titled(`e${i}`, `Attack on the city number ${i}`, i * 90)));
		const { lanes, marks } = layoutMarks(many, { ...opts, labelWidth: () => 200, maxRows: 2 });
		expect(lanes[0]!.rows).toBe(1);
		const inner = marks.filter((m) => m.event.id !== 'e4');
		for (const m of inner) {
			expect(m.showLabel, m.event.id).toBe(true);
			expect(m.label).toMatch(/^Attack( on( the)?)?…$/);
		}
		// Each label ends before the next mark begins.
		const sorted = [...marks].sort((a, b) => a.x0 - b.x0);
		sorted.slice(0, -1).forEach((m, i) => expect(m.labelX + (m.label.length / 'Attack on the city number 0'.length) * 200).toBeLessThan(sorted[i + 1]!.x0));
	});

	it('shortens no label into a gap narrower than a few words', () => {
		const many = timed(...Array.from({ length: 8 }, (_, i) => event(`e${i}`, new Date(t0 + i * 14 * DAY).toISOString().slice(0, 10))));
		const { marks } = layoutMarks(many, { ...opts, maxRows: 3 });
		expect(marks.filter((m) => m.label.endsWith('…'))).toEqual([]);
	});
});

describe('layoutMarks in a crowded lane, a long bar', () => {
	it('holds as many words of its name as fit inside it', () => {
		const bar = event('campaign', '2016-01-01/2016-04-30', { title: 'A campaign of calls for attacks in home countries' });
		const dots = Array.from({ length: 6 }, (_, i) => event(`d${i}`, new Date(t0 + (125 + i * 12) * DAY).toISOString().slice(0, 10)));
		const { marks } = layoutMarks(timed(bar, ...dots), { ...opts, labelWidth: (e) => (e.id === 'campaign' ? 300 : 50), maxRows: 1 });
		const m = marks.find((x) => x.event.id === 'campaign')!;
		expect(m).toMatchObject({ showLabel: true, labelInside: true, labelAnchor: 'start' });
		expect(m.label).toMatch(/^A campaign of…$/);
	});
});
