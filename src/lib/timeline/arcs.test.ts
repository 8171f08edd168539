import { describe, expect, it } from 'vitest';
import type { Relation } from '$lib/model/schema';
import { arcPath, focalIds } from './arcs';

const numbers = (d: string) => d.match(/-?\d+(\.\d+)?/g)!.map(Number);

describe('arcPath', () => {
	it('bows upward between marks far apart', () => {
		const d = arcPath({ x: 0, y: 100 }, { x: 200, y: 100 });
		expect(d.startsWith('M0,100 Q100,')).toBe(true);
		expect(numbers(d)[3]).toBeLessThan(100);
	});

	it('loops sideways between marks at one x, wider for marks further apart, so arcs nest rather than stack', () => {
		const near = numbers(arcPath({ x: 300, y: 100 }, { x: 300, y: 140 }));
		const far = numbers(arcPath({ x: 300, y: 100 }, { x: 301, y: 220 }));
		// Control points lie left of both ends.
		expect(near[2]).toBeLessThan(300 - 20);
		expect(far[2]).toBeLessThan(near[2]!);
	});
});

describe('focalIds', () => {
	const rel = (from: string, to: string): Relation => ({ from, to, kind: 'part-of', sources: [] });
	it('names the events with the most relations', () => {
		expect(focalIds([rel('a', 'w'), rel('b', 'w'), rel('c', 'w'), rel('c', 'd')])).toEqual(new Set(['w']));
	});
	it('names none where no event has two', () => {
		expect(focalIds([rel('a', 'b')])).toEqual(new Set());
	});
});
