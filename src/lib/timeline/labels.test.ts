// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { randomLcg } from 'd3';
import { placeLabels, type LabelCandidate, type PlacedLabel } from './labels';

/** A fixed-width font: 7 px a character. */
const measure = (text: string) => 7 * text.length;
const OPTIONS = { measure, height: 14, bounds: [0, 600] as const };

const box = (l: PlacedLabel) => (l.anchor === 'start' ? [l.x, l.x + l.width] : [l.x - l.width, l.x]) as [number, number];
const overlaps = (a: PlacedLabel, b: PlacedLabel) => {
	const [a0, a1] = box(a);
	const [b0, b1] = box(b);
	return a0 < b1 && b0 < a1 && Math.abs(a.y - b.y) < OPTIONS.height;
};

describe('placeLabels', () => {
	it.each([
		['free: right of the mark', [{ id: 'a', text: 'Orlando', x: 100, y: 20 }], [['a', 'start', 108]]],
		['no room right of the edge: left of it', [{ id: 'a', text: 'Orlando', x: 590, y: 20 }], [['a', 'end', 582]]],
		[
			'the higher priority takes the spot',
			[
				{ id: 'low', text: 'Nice attack', x: 100, y: 20 },
				{ id: 'high', text: 'Claim', x: 120, y: 20, priority: 2 }
			],
			[
				['high', 'start', 128],
				['low', 'end', 92]
			]
		],
		[
			'different rows do not collide',
			[
				{ id: 'a', text: 'Orlando', x: 100, y: 20 },
				{ id: 'b', text: 'Magnanville', x: 100, y: 40 }
			],
			[
				['a', 'start', 108],
				['b', 'start', 108]
			]
		],
		[
			'c has no spot in bounds: left out',
			[
				{ id: 'a', text: 'Westminster', x: 100, y: 20, priority: 1 },
				{ id: 'b', text: 'Westminster', x: 110, y: 20 },
				{ id: 'c', text: 'Westminster', x: 50, y: 20 }
			],
			[
				['a', 'start', 108],
				['b', 'end', 102]
			]
		]
	] as [string, LabelCandidate[], [string, string, number][]][])('%s', (_, candidates, expected) => {
		expect(placeLabels(candidates, OPTIONS).map((l) => [l.id, l.anchor, l.x])).toEqual(expected);
	});

	const random = randomLcg(7);
	const crowd: LabelCandidate[] = Array.from({ length: 2000 }, (_, i) => ({
		id: `e${i}`,
		text: 'x'.repeat(3 + Math.floor(random() * 20)),
		x: random() * 600,
		y: 10 + 16 * Math.floor(random() * 8) + (random() < 0.3 ? 5 : 0),
		priority: Math.floor(random() * 5)
	}));

	it('never lets two placed labels overlap, nor leave the bounds', () => {
		const placed = placeLabels(crowd, OPTIONS);
		expect(placed.length).toBeGreaterThan(20);
		for (const [i, a] of placed.entries()) {
			const [x0, x1] = box(a);
			expect(x0).toBeGreaterThanOrEqual(0);
			expect(x1).toBeLessThanOrEqual(600);
			for (const b of placed.slice(i + 1)) expect(overlaps(a, b), `${a.id} and ${b.id}`).toBe(false);
		}
	});

	it.each(['e0', 'e1999', 'e1234'])('always places the selected label (%s), however crowded', (selected) => {
		const placed = placeLabels(crowd, { ...OPTIONS, selected });
		expect(placed[0]!.id).toBe(selected);
		for (const b of placed.slice(1)) expect(overlaps(placed[0]!, b)).toBe(false);
	});

	it('slides the selected label inside the bounds when neither side fits', () => {
		const placed = placeLabels([{ id: 's', text: 'x'.repeat(60), x: 300, y: 20 }], { ...OPTIONS, selected: 's' });
		expect(placed).toEqual([{ id: 's', text: 'x'.repeat(60), x: 180, y: 20, anchor: 'start', width: 420 }]);
	});

	it('leaves out an unselected label that fits nowhere in bounds', () => {
		expect(placeLabels([{ id: 'u', text: 'x'.repeat(60), x: 300, y: 20 }], OPTIONS)).toEqual([]);
	});
});
