import { describe, expect, it } from 'vitest';
import { parseEdtf } from '$lib/time/interval';
import { labelWidth, markExtent, markShape, markStyle } from './marks';

const when = (s: string) => {
	const r = parseEdtf(s);
	if (!r.ok) throw new Error(r.error);
	return r.value;
};
const HOUR = 3_600_000;
const t0 = Date.UTC(2017, 2, 22);
const style = markStyle();

describe('markExtent', () => {
	it('draws a day as the whole day once the day is wider than a dot', () => {
		// 100 px an hour: the day runs from midnight to midnight.
		const x = (t: number) => ((t - t0) / HOUR) * 100;
		const m = markExtent(when('2017-03-22'), 'd', x, style);
		expect(m.point).toBe(false);
		expect(m.x0).toBe(0);
		expect(m.x1).toBeCloseTo(2400, 0);
	});

	it('draws a day narrower than a dot as a dot at its middle, and an instant as a dot', () => {
		const x = (t: number) => (t - t0) / (24 * HOUR);
		const d = markExtent(when('2017-03-22'), 'd', x, style);
		expect(d.point).toBe(true);
		expect(d.x0).toBeCloseTo(0.5);
		expect(d.x1).toBe(d.x0);
		const wide = (t: number) => ((t - t0) / HOUR) * 100;
		const i = markExtent(when('2017-03-22T14:40:00Z'), 'i', wide, style);
		expect(i.point).toBe(true);
		expect(i.x0).toBeCloseTo(1466.7, 0);
	});

	it('keeps a short span at least a radius wide', () => {
		const x = (t: number) => (t - t0) / (365 * 24 * HOUR);
		const m = markExtent(when('2017-03'), 'm', x, style);
		expect(m.point).toBe(false);
		expect(m.x1 - m.x0).toBe(style.radius);
	});
});

describe('markStyle', () => {
	it('scales rows, heads, marks and label widths with the label size', () => {
		const big = markStyle(26);
		expect(big.radius).toBe(2 * style.radius);
		expect(big.row).toBeGreaterThan(style.row);
		expect(big.laneHead).toBeGreaterThan(style.laneHead);
		expect(labelWidth('Westminster attack', big)).toBeGreaterThan(labelWidth('Westminster attack', style) * 1.9);
		expect(big.tallBar).toBeGreaterThan(26);
	});
	it('gives a shape to hit: a disc for a point, a bar for a span', () => {
		expect(markShape({ x0: 5, x1: 5, point: true }, 10, style)).toEqual({ x: 5, y: 10, r: style.radius });
		expect(markShape({ x0: 5, x1: 50, point: false }, 10, style, true)).toEqual({ x0: 5, x1: 50, y: 10, h: style.tallBar });
	});
});
