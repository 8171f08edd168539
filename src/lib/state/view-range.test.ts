import { describe, expect, it } from 'vitest';
import { clampUnits, fitSpans, frameSpans, panUnits, transition, zoomUnits } from './view-range';

const limits = { full: [0, 1000] as const, minSpan: 10 };

describe('zoomUnits', () => {
	it('keeps the anchor where it is and shows 1/factor as much', () => {
		expect(zoomUnits([200, 600], 2, 400, limits)).toEqual([300, 500]);
		expect(zoomUnits([200, 600], 2, 200, limits)).toEqual([200, 400]);
	});

	it('gives the same range for one factor of 4 as for two of 2 around one anchor', () => {
		const once = zoomUnits([200, 600], 4, 300, limits);
		const twice = zoomUnits(zoomUnits([200, 600], 2, 300, limits), 2, 300, limits);
		expect(twice[0]).toBeCloseTo(once[0]);
		expect(twice[1]).toBeCloseTo(once[1]);
	});

	it('never zooms out past the data frame, nor in past the least span', () => {
		expect(zoomUnits([800, 1000], 0.1, 950, limits)).toEqual([0, 1000]);
		expect(zoomUnits([900, 1000], 0.5, 990, limits)).toEqual([800, 1000]);
		const tight = zoomUnits([400, 420], 100, 410, limits);
		expect(tight[1] - tight[0]).toBe(10);
	});
});

describe('panUnits and clampUnits', () => {
	it('stops at the frame, keeping the span', () => {
		expect(panUnits([100, 300], -500, limits)).toEqual([0, 200]);
		expect(panUnits([700, 900], 500, limits)).toEqual([800, 1000]);
	});
	it('narrows a range wider than the frame to the frame', () => {
		expect(clampUnits([-500, 2000], limits)).toEqual([0, 1000]);
	});
});

describe('frameSpans', () => {
	it('frames where most events are, not one long outlying span', () => {
		const spans = [{ min: 0, max: 200 }, ...Array.from({ length: 24 }, (_, i) => ({ min: 900 + i, max: 900 + i }))];
		const [a, b] = frameSpans(spans)!;
		expect(a).toBeGreaterThan(800);
		expect(b).toBeLessThan(1000);
	});
	it('shows every event when there are few, and a least span around a lone day', () => {
		expect(frameSpans([{ min: 100, max: 100 }], { minSpan: 30 })).toEqual([85, 115]);
		const [a, b] = frameSpans([{ min: 0, max: 10 }, { min: 90, max: 100 }], { pad: 0 })!;
		expect([a, b]).toEqual([0, 100]);
	});
	it('shows every event when none is an outlier', () => {
		const spans = Array.from({ length: 10 }, (_, i) => ({ min: i * 100, max: i * 100 }));
		expect(frameSpans(spans, { pad: 0 })).toEqual([0, 900]);
	});
	it('is undefined for nothing', () => {
		expect(frameSpans([])).toBeUndefined();
	});
});

describe('fitSpans', () => {
	it('clips long spans to a date filter window', () => {
		expect(fitSpans([{ min: 0, max: 1000 }, { min: 500, max: 520 }], { clip: { min: 400, max: 600 }, pad: 0 })).toEqual([400, 600]);
	});
});

describe('transition', () => {
	it('starts at the first range and ends exactly at the second', () => {
		const t = transition([0, 100], [500, 520]);
		expect(t.at(0)[0]).toBeCloseTo(0);
		expect(t.at(0)[1]).toBeCloseTo(100);
		expect(t.at(1)).toEqual([500, 520]);
		expect(t.duration).toBeGreaterThanOrEqual(250);
	});
});
