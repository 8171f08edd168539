import { describe, expect, it } from 'vitest';
import { indexLanes } from './bins';
import { barHeight, brushExtent, fillsStrip, overviewBars } from './overview';
import { linearScale } from './scales';

const base = linearScale([0, 1000], 100);

describe('overviewBars', () => {
	it('sums the lanes per bin, in order', () => {
		const index = indexLanes(
			[
				{ id: 'a', lane: 'x', min: 10 },
				{ id: 'b', lane: 'y', min: 12 },
				{ id: 'c', lane: 'y', min: 900 }
			],
			base
		);
		const bars = overviewBars(index, base, 10);
		expect(bars.reduce((n, b) => n + b.count, 0)).toBe(3);
		expect(bars[0]!.count).toBe(2);
		expect(bars.map((b) => b.x0)).toEqual([...bars.map((b) => b.x0)].sort((p, q) => p - q));
	});
	it('gives a lone event a visible bar', () => {
		expect(barHeight(1, 100, 28)).toBeGreaterThan(2);
	});
});

describe('brushExtent', () => {
	it('shows the view on the strip, or nothing when the view is the whole', () => {
		expect(brushExtent(base, base.copy().domain([250, 500]), 100)).toEqual([25, 50]);
		expect(brushExtent(base, base.copy(), 100)).toBeNull();
	});
	it('lets a drag draw a new range once the view covers most of the strip', () => {
		expect(fillsStrip([0, 90], 100)).toBe(true);
		expect(fillsStrip([20, 50], 100)).toBe(false);
		expect(fillsStrip(null, 100)).toBe(true);
	});
});
