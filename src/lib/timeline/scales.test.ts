// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { zoomIdentity } from 'd3';
import { parseEdtf } from '$lib/time/interval';
import { brokenScale, linearScale, longGap, segmentTicks, sequentialScale, type Span, type TimeScale } from './scales';

const utc = (s: string) => Date.parse(s);
const day = (s: string): Span => [utc(`${s}T00:00:00Z`), utc(`${s}T23:59:59.999Z`)];
const YEAR_1983: Span = [utc('1983-01-01T00:00:00Z'), utc('1983-12-31T23:59:59.999Z')];
/** The seed's shape: one event in 1983, a campaign 2014–2017, and a dense 2016–2017. */
const SEED: Span[] = [
	YEAR_1983,
	[utc('2014-01-01T00:00:00Z'), utc('2017-03-31T23:59:59.999Z')],
	day('2016-06-12'),
	day('2016-07-14'),
	day('2017-03-22')
];
const TRANSFORMS = [zoomIdentity, zoomIdentity.translate(-300, 0).scale(4), zoomIdentity.translate(250, 0).scale(0.5)];

describe('linearScale', () => {
	const x = linearScale([utc('2016-01-01T00:00:00Z'), utc('2017-01-01T00:00:00Z')], 366);

	it('maps a day to a pixel and back', () => {
		expect(x(utc('2016-07-01T00:00:00Z'))).toBeCloseTo(182, 9);
		expect(+x.invert(182)).toBe(utc('2016-07-01T00:00:00Z'));
	});

	it.each(TRANSFORMS)('under zoom %s behaves as the zoomed base', (t) => {
		const view = t.rescaleX(x);
		for (const s of ['2016-02-29T12:00:00Z', '2016-11-05T00:00:00Z'])
			expect(view(utc(s))).toBeCloseTo(t.applyX(x(utc(s))), 6);
		expect(Math.abs(+view.invert(100) - +x.invert(t.invertX(100)))).toBeLessThanOrEqual(1);
	});

	it('ticks months across a year, labelled by d3', () => {
		const ticks = x.ticks(12);
		expect(ticks.map((d) => d.toISOString().slice(0, 7))).toContain('2016-06');
		expect(x.tickFormat()(new Date(utc('2016-06-01T00:00:00Z')))).toBe('Jun');
	});

	it('widens a zero-length extent to a day', () => {
		const one = linearScale([utc('2016-06-12T12:00:00Z'), utc('2016-06-12T12:00:00Z')], 100);
		expect(one(utc('2016-06-12T12:00:00Z'))).toBeCloseTo(50, 9);
	});

	it('refuses an extent that is not a [min, max]', () => {
		expect(() => linearScale([2, 1], 100)).toThrow('linearScale: extent [2, 1] is not a finite [min, max] in ms');
	});
});

/** The seed corpus's dates: a 1983–2003 convictions bar, a 2010 investigation, a dense 2014–2017. */
const SEED_DATES = [
	'1983-11/2003-12', '2010-02/2010-12', '2014', '2014-09-21/2016-05', '2014/2017-03-23', '2015-11-13', '2016-03-22',
	'2016-05', '2016-06-12', '2016-06-13', '2016-07-14', '2016-08', '2016-08/2017-03-23', '2016-10', '2016-11',
	'2016-11-06/2017-03-23', '2017-02-19/2017-03-23', '2017-03-22', '2017-03-22/2017-03-23',
	'2017-03-22T14:40:08Z/2017-03-22T14:40:38Z', '2017-03-22T14:40:08Z/2017-03-22T14:41:30Z', '2017-03-22T14:40:38Z',
	'2017-03-22T14:40:38Z/2017-03-22T14:41:30Z', '2017-03-22T14:41:30Z', '2017-03-23'
];
const SEED_SPANS: Span[] = SEED_DATES.map((d) => {
	const r = parseEdtf(d);
	if (!r.ok) throw new Error(r.error);
	return [r.value.min, r.value.max];
});

/** Deterministic pseudo-random numbers in [0, 1), so that a failure can be replayed. */
function random(seed: number): () => number {
	let s = seed >>> 0;
	return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}
const YEAR = 365.25 * 86_400_000;

describe('brokenScale', () => {
	const x = brokenScale(SEED, 1000);
	const times = ['1983-04-18T12:00:00Z', '1983-12-31T00:00:00Z', '2016-06-01T00:00:00Z', '2016-06-12T12:00:00Z', '2017-03-22T14:40:08Z'].map(utc);

	it('compresses every long empty stretch of the seed, the inside of the 1983–2003 bar too', () => {
		const seed = brokenScale(SEED_SPANS, 1000);
		const breaks = seed.breaks().map((b) => [new Date(b.start).getUTCFullYear(), new Date(b.end).getUTCFullYear()]);
		expect(breaks).toEqual([[1983, 2003], [2004, 2009], [2011, 2013]]);
		for (const b of seed.breaks()) expect(b.x1 - b.x0).toBeCloseTo(24, 6);
	});

	it.each([640, 1000, 1800])('gives the 2014–2017 cluster of the seed most of %i px', (width) => {
		const seed = brokenScale(SEED_SPANS, width);
		const share = (seed(utc('2017-03-23T23:59:59Z')) - seed(utc('2014-01-01T00:00:00Z'))) / width;
		expect(share).toBeGreaterThan(0.55);
		for (const [a, b] of seed.segments) expect(seed(b) - seed(a), 'each segment has room for a mark and a year').toBeGreaterThanOrEqual(28 - 1e-6);
	});

	it('draws every segment at one px per ms', () => {
		const rates = x.segments.map(([a, b]) => (x(b) - x(a)) / (b - a));
		for (const r of rates) expect(r).toBeCloseTo(rates[0]!, 12);
		expect(x(x.segments[0]![0])).toBeCloseTo(0, 6);
		expect(x(x.segments.at(-1)![1])).toBeCloseTo(1000, 6);
	});

	it.each(TRANSFORMS)('maps and inverts dates on every side of the breaks under zoom %s', (t) => {
		const view = t.rescaleX(x);
		const breaks = view.breaks();
		expect(breaks.length).toBeGreaterThan(0);
		for (const time of times) {
			expect(view(time)).toBeCloseTo(t.applyX(x(time)), 6);
			expect(Math.abs(+view.invert(view(time)) - time)).toBeLessThan(1);
			for (const b of breaks) expect(view(time) <= b.x0 || view(time) >= b.x1).toBe(true);
		}
		expect(breaks[0]!.x0).toBeCloseTo(t.applyX(x.breaks()[0]!.x0), 6);
		const xs = times.map((time) => view(time));
		expect(xs).toEqual([...xs].sort((p, q) => p - q));
	});

	it.each([5, 20, 80])('cuts %d bins with no edge inside a break', (count) => {
		const y = brokenScale([day('1983-04-18'), day('2016-06-12'), day('2016-07-14')], 900, { minGap: 90 * 86_400_000 });
		const [gap] = y.breaks();
		const edges = y.binEdges(count);
		expect(edges.length).toBeGreaterThan(2);
		for (const u of edges) expect(u <= y.unit(gap!.start) || u >= y.unit(gap!.end)).toBe(true);
	});

	// Margins are a fortieth of the time kept, at most minGap / 4, where the width is ample.
	it.each([
		['nested and overlapping intervals make one stretch', [[0, 10], [5, 6], [8, 20], [100, 120]], [[-1, 21], [99, 121]]],
		['a gap of exactly minGap stays uncompressed', [[0, 10], [40, 50]], [[-1.25, 51.25]]],
		['the inside of a long interval with nothing in it is compressed', [[0, 200], [190, 230]], [[-1, 1], [189, 231]]],
		['unsorted input', [[100, 100], [0, 0], [200, 220]], [[-0.5, 0.5], [99.5, 100.5], [199.5, 220.5]]],
		['instants only', [[0, 0], [100, 100]], [[-7.5, 7.5], [92.5, 107.5]]]
	] as [string, Span[], Span[]][])('%s', (_, intervals, segments) => {
		expect(brokenScale(intervals, 5000, { minGap: 30 }).segments).toEqual(segments);
	});

	it('keeps stretches no longer than minGap linear', () => {
		const y = brokenScale(SEED, 1000, { minGap: 40 * 365 * 86_400_000 });
		expect(y.breaks()).toEqual([]);
		expect(y.segments).toHaveLength(1);
	});

	it.each([1, 2, 3, 4, 5])('keeps evenly spread random data linear (seed %i)', (seed) => {
		const r = random(seed);
		const spans: Span[] = Array.from({ length: 200 }, () => {
			const t = Date.UTC(2000, 0) + r() * 10 * YEAR;
			return [t, t + r() * 30 * 86_400_000];
		});
		expect(brokenScale(spans, 1000).breaks()).toEqual([]);
	});

	it.each([1, 2, 3, 4, 5])('compresses the long empty stretches between random clusters, and only those (seed %i)', (seed) => {
		const r = random(seed);
		const clusters = [1990, 2001, 2002.5, 2015].map((y) => Date.UTC(Math.floor(y), (y % 1) * 12));
		const spans: Span[] = Array.from({ length: 300 }, (_, i) => {
			const t = clusters[i % clusters.length]! + r() * 0.5 * YEAR;
			return [t, t + r() * 5 * 86_400_000];
		});
		const y = brokenScale(spans, 1000);
		const breaks = y.breaks();
		expect(breaks.map((b) => clusters.findIndex((c) => c > b.start))).toEqual([1, 3]);
		const bounds = spans.flat().sort((p, q) => p - q);
		const left = bounds.slice(1).map((b, i) => [bounds[i]!, b] as const).filter(([a, b]) => !breaks.some((k) => a <= k.start && k.end <= b));
		const longest = Math.max(...left.map(([a, b]) => b - a));
		const long = longGap(Float64Array.from(bounds));
		expect(long).toBeGreaterThan(YEAR);
		expect(longest, 'no long stretch is left uncompressed').toBeLessThanOrEqual(long);
	});

	it('ticks each segment on its own and never inside a break', () => {
		const ticks = x.ticks(10);
		expect(ticks.length).toBeGreaterThan(2);
		for (const d of ticks) expect(x.breaks().some((b) => +d > b.start && +d < b.end)).toBe(false);
		for (const [a, b] of x.segments) expect(ticks.some((d) => +d >= a && +d <= b)).toBe(true);
	});

	it("labels the first tick after each break with its year: \"1984\", never a bare month", () => {
		const seed = brokenScale(SEED_SPANS, 1000);
		const ticks = seed.ticks(9);
		const format = seed.tickFormat(9);
		const firsts = seed.segments.map(([a, b]) => ticks.find((d) => +d >= a && +d <= b)).filter((d) => d !== undefined);
		expect(firsts.length).toBeGreaterThanOrEqual(3);
		for (const d of firsts) expect(format(d)).toMatch(/\b(19|20)\d\d\b/);
	});

	it('ticks the visible segment only, at its zoom level, when zoomed into it', () => {
		const t = zoomIdentity.scale(20).translate(-x(utc('2016-06-01T00:00:00Z')), 0);
		const view = t.rescaleX(x);
		const ticks = segmentTicks(view, x.segments, 10);
		const last = x.segments.at(-1)!;
		expect(ticks.every((d) => +d >= last[0])).toBe(true);
		const step = +ticks[1]! - +ticks[0]!;
		expect(step).toBeGreaterThanOrEqual(86_400_000);
		expect(step).toBeLessThan(32 * 86_400_000);
	});

	it('gives a lone instant room around it', () => {
		const y = brokenScale([day('1983-04-18'), day('2016-06-12'), day('2017-03-22')], 800);
		const [first] = y.segments;
		expect(y(first![1]) - y(first![0])).toBeGreaterThan(20);
	});

	it.each([
		[[], {}, 'brokenScale: no intervals to lay out'],
		[[[5, 1]], {}, 'brokenScale: interval 0 [5, 1] is not a finite [min, max] in ms'],
		[[[0, 1], [2, NaN]], {}, 'brokenScale: interval 1 [2, NaN] is not a finite [min, max] in ms'],
		[[[0, 1]], { minGap: 0 }, 'brokenScale: minGap must be a positive number of ms, got 0']
	] as [Span[], object, string][])('refuses bad input: %j %j', (intervals, options, message) => {
		expect(() => brokenScale(intervals, 100, options)).toThrow(message);
	});
});

describe('sequentialScale', () => {
	// Shuffled on purpose; b and a share an instant, so order falls back on the id.
	const events = [
		{ id: 'westminster', time: utc('2017-03-22T14:40:00Z') },
		{ id: 'b', time: utc('2016-07-14T12:00:00Z') },
		{ id: 'beirut', time: utc('1983-04-18T12:00:00Z') },
		{ id: 'a', time: utc('2016-07-14T12:00:00Z') },
		{ id: 'orlando', time: utc('2016-06-12T12:00:00Z') }
	];
	const x = sequentialScale(events, 500);

	it('orders events by time, then by id', () => {
		expect(x.order).toEqual(['beirut', 'orlando', 'a', 'b', 'westminster']);
		expect(x.indexOf('a')).toBe(2);
		expect(x.indexOf('missing')).toBe(-1);
	});

	it.each(TRANSFORMS)('spaces events evenly and snaps back to each under zoom %s', (t) => {
		const view = t.rescaleX(x);
		const xs = view.order.map((id) => view.xOf(events.find((e) => e.id === id)!.time, id));
		const gaps = xs.slice(1).map((v, i) => v - xs[i]!);
		for (const g of gaps) expect(g).toBeCloseTo(100 * t.k, 6);
		xs.forEach((v, i) => {
			expect(v).toBeCloseTo(t.applyX(x.xOf(events.find((e) => e.id === x.order[i])!.time, x.order[i])), 6);
			expect(view.nearest(v)).toBe(i);
			expect(view.nearest(v + 0.49 * gaps[0]!)).toBe(i);
		});
	});

	it('places a time that is no event between its neighbours, and shared instants in their middle', () => {
		const between = x(utc('2000-01-01T00:00:00Z'));
		expect(between).toBeGreaterThan(x.xOf(events[2]!.time, 'beirut'));
		expect(between).toBeLessThan(x.xOf(events[4]!.time, 'orlando'));
		expect(x(utc('2016-07-14T12:00:00Z'))).toBeCloseTo(300, 9);
		expect(+x.invert(300)).toBe(utc('2016-07-14T12:00:00Z'));
	});

	it('labels with the true dates of events, at the precision their spacing needs', () => {
		const ticks = x.ticks(5);
		expect(ticks.map((d) => d.toISOString().slice(0, 10))).toEqual(['1983-04-18', '2016-06-12', '2016-07-14', '2017-03-22']);
		expect(x.tickFormat(5)(ticks[1]!)).toBe('Jun 2016');
		const close = sequentialScale([...events, { id: 'nice', time: utc('2016-07-15T12:00:00Z') }], 600);
		expect(close.tickFormat(6)(ticks[1]!)).toBe('12 Jun 2016');
		expect(close.tickFormat(6, '%Y')(ticks[1]!)).toBe('2016');
	});

	it('ticks the last event whenever it is in view, between the regular steps too', () => {
		const many = sequentialScale(Array.from({ length: 23 }, (_, i) => ({ id: `e${i}`, time: i * 86_400_000 })), 1000);
		expect(many.ticks(4).map((d) => +d / 86_400_000)).toEqual([0, 5, 10, 15, 20, 22]);
		const early = zoomIdentity.scale(4).rescaleX(many);
		expect(early.ticks(4).map((d) => +d / 86_400_000)).not.toContain(22);
	});

	it('spreads a single instant over its run of events', () => {
		const one = sequentialScale([{ id: 'p', time: 0 }, { id: 'q', time: 0 }], 200);
		expect(one.xOf(0, 'p')).toBeCloseTo(50, 9);
		expect(one.xOf(0, 'q')).toBeCloseTo(150, 9);
		expect(one(0)).toBeCloseTo(100, 9);
	});

	it.each([
		[[], 'sequentialScale: no events to lay out'],
		[[{ id: 'p', time: 1 }, { id: 'p', time: 2 }], 'sequentialScale: event id "p" appears twice'],
		[[{ id: 'p', time: NaN }], 'sequentialScale: event "p" has time NaN, not a finite ms']
	])('refuses bad input %#', (input, message) => {
		expect(() => sequentialScale(input, 100)).toThrow(message);
	});
});

describe('every scale', () => {
	const scales: [string, TimeScale][] = [
		['linear', linearScale([utc('1983-01-01T00:00:00Z'), utc('2017-04-01T00:00:00Z')], 900)],
		['broken', brokenScale(SEED, 900)],
		['sequential', sequentialScale(SEED.map(([min], i) => ({ id: `e${i}`, time: min })), 900)]
	];

	it.each(scales)('%s: copies are independent of the original', (_, x) => {
		const before = x.domain().map(Number);
		x.copy().domain([utc('2016-01-01T00:00:00Z'), utc('2016-02-01T00:00:00Z')]);
		expect(x.domain().map(Number)).toEqual(before);
	});

	it.each(scales)('%s: units and pixels convert both ways', (_, x) => {
		const view = zoomIdentity.translate(-100, 0).scale(3).rescaleX(x);
		for (const px of [0, 123.5, 900]) expect(view.xOfUnit(view.unitAt(px))).toBeCloseTo(px, 6);
	});
});
