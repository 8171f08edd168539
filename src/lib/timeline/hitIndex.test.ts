// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { median, randomLcg } from 'd3';
import { buildHitIndex, type HitShape } from './hitIndex';

type Mark = HitShape & { id: string };

const MARKS: Mark[] = [
	{ id: 'orlando', x: 100, y: 20, r: 6 },
	{ id: 'nice', x: 108, y: 20, r: 6 },
	{ id: 'campaign', x0: 50, x1: 900, y: 60, h: 10 },
	{ id: 'month', x0: 300, x1: 340, y: 60, h: 10 },
	{ id: 'lone', x: 500, y: 100, r: 4 }
];

describe('buildHitIndex', () => {
	const index = buildHitIndex(MARKS);

	it.each([
		['inside a disc alone', 96, 20, 'orlando'],
		['where two discs overlap: the one drawn on top', 104, 20, 'nice'],
		['along a long bar, far from its middle', 60, 62, 'campaign'],
		['along a long bar, near its end', 899, 58, 'campaign'],
		['on a bar drawn over another', 320, 60, 'month'],
		['within tolerance of a disc', 500, 107, 'lone'],
		['within tolerance of a bar end', 903, 60, 'campaign'],
		['outside tolerance of every mark', 500, 109, undefined],
		['beyond a bar end', 905, 60, undefined],
		['between lanes', 300, 40, undefined]
	])('%s: (%d, %d) → %s', (_, px, py, id) => {
		expect(index.find(px, py)?.id).toBe(id);
	});

	it('prefers the mark under the pointer to a nearer-drawn one merely within tolerance', () => {
		const marks: Mark[] = [
			{ id: 'under', x: 0, y: 0, r: 5 },
			{ id: 'near', x: 12, y: 0, r: 5 }
		];
		expect(buildHitIndex(marks).find(4, 0)?.id).toBe('under');
		expect(buildHitIndex(marks).find(6, 0, 2)?.id).toBe('near');
	});

	it('honours a tolerance of zero', () => {
		expect(index.find(500, 105, 0)).toBeUndefined();
		expect(index.find(500, 103, 0)?.id).toBe('lone');
	});

	it('finds a bar clipped to the bounds only inside them', () => {
		const clipped = buildHitIndex<Mark>([{ id: 'long', x0: -1e6, x1: 1e6, y: 0, h: 8 }], { bounds: [0, 800] });
		expect(clipped.find(400, 0)?.id).toBe('long');
		expect(clipped.find(-50, 0)).toBeUndefined();
	});

	it('answers as a scan of every mark would, on a crowd', () => {
		const random = randomLcg(3);
		const crowd: Mark[] = Array.from({ length: 3000 }, (_, i) =>
			i % 4
				? { id: `d${i}`, x: random() * 1000, y: 10 + 20 * Math.floor(random() * 10), r: 3 + random() * 4 }
				: { id: `b${i}`, x0: random() * 900, x1: 0, y: 10 + 20 * Math.floor(random() * 10), h: 8 }
		);
		for (const m of crowd) if ('x0' in m) m.x1 = m.x0 + random() * 300;
		const crowdIndex = buildHitIndex(crowd);
		for (let k = 0; k < 500; k++) {
			const [px, py] = [random() * 1000, random() * 210];
			const covering = crowd.filter((m) =>
				'r' in m ? Math.hypot(px - m.x, py - m.y) <= m.r : px >= m.x0 && px <= m.x1 && Math.abs(py - m.y) <= m.h / 2
			);
			if (covering.length) expect(crowdIndex.find(px, py, 0)).toBe(covering.at(-1));
			else expect(crowdIndex.find(px, py, 0)).toBeUndefined();
		}
	});

	it('rebuilds for 20,000 marks and answers a pointer quickly', () => {
		const random = randomLcg(11);
		const marks: Mark[] = Array.from({ length: 20_000 }, (_, i) =>
			i % 10
				? { id: `d${i}`, x: random() * 1600, y: 10 + 16 * Math.floor(random() * 40), r: 4 }
				: { id: `b${i}`, x0: random() * 1500, x1: 0, y: 10 + 16 * Math.floor(random() * 40), h: 8 }
		);
		for (const m of marks) if ('x0' in m) m.x1 = m.x0 + random() * 100;
		const builds: number[] = [];
		let built = buildHitIndex(marks);
		for (let i = 0; i < 5; i++) {
			const start = performance.now();
			built = buildHitIndex(marks);
			builds.push(performance.now() - start);
		}
		const start = performance.now();
		for (let i = 0; i < 1000; i++) built.find(random() * 1600, random() * 640);
		const findMs = (performance.now() - start) / 1000;
		console.log(`hit index, 20k marks: build median ${median(builds)!.toFixed(1)} ms; find ${(findMs * 1000).toFixed(1)} µs`);
		expect(median(builds)).toBeLessThan(1500);
		expect(findMs).toBeLessThan(2);
	}, 60_000);
});
