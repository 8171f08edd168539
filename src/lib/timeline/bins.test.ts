// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { randomLcg, randomNormal, median, zoomIdentity } from 'd3';
import { binLanes, indexLanes, laneModes, type BinEvent } from './bins';
import { brokenScale, linearScale, sequentialScale } from './scales';

const utc = (s: string) => Date.parse(s);
const DAY = 86_400_000;
const at = (id: string, lane: string, iso: string, until?: string): BinEvent => ({
	id,
	lane,
	min: utc(iso),
	max: until === undefined ? undefined : utc(until)
});

const EVENTS = [
	at('a1', 'attack', '2016-01-10T12:00:00Z'),
	at('a2', 'attack', '2016-01-20T12:00:00Z'),
	at('a3', 'attack', '2016-03-05T12:00:00Z'),
	at('c1', 'claim', '2016-03-06T12:00:00Z'),
	at('r1', 'campaign', '2016-02-01T00:00:00Z', '2016-04-30T23:59:59.999Z')
];
const YEAR_2016 = linearScale([utc('2016-01-01T00:00:00Z'), utc('2017-01-01T00:00:00Z')], 1200);

describe('binLanes', () => {
	const index = indexLanes(EVENTS, YEAR_2016);

	it('counts each lane per month at year zoom, a span in every month it crosses', () => {
		const bins = binLanes(index, YEAR_2016, 100);
		const months = (lane: string) =>
			bins.get(lane)!.map((b) => [new Date(b.start).toISOString().slice(0, 7), b.count]);
		expect(months('attack')).toEqual([['2016-01', 2], ['2016-03', 1]]);
		expect(months('claim')).toEqual([['2016-03', 1]]);
		expect(months('campaign')).toEqual([['2016-02', 1], ['2016-03', 1], ['2016-04', 1]]);
	});

	it('draws each bin where its time falls', () => {
		for (const b of binLanes(index, YEAR_2016, 100).get('attack')!) {
			expect(b.x0).toBeCloseTo(YEAR_2016(b.start), 6);
			expect(b.x1).toBeCloseTo(YEAR_2016(b.end), 6);
		}
	});

	it('cuts finer bins as the view zooms in, and keeps their edges while panning', () => {
		const zoomed = (tx: number) => zoomIdentity.translate(tx, 0).scale(12).rescaleX(YEAR_2016);
		const a = binLanes(index, zoomed(0), 24).get('attack')!;
		expect(a.map((b) => b.count)).toEqual([1, 1]);
		expect(a[0]!.end - a[0]!.start).toBeLessThanOrEqual(7 * DAY);
		const panned = binLanes(index, zoomed(-37), 24).get('attack')!;
		expect(panned.map((b) => [b.start, b.end])).toEqual(a.map((b) => [b.start, b.end]));
	});

	it('never lets a bin straddle a break', () => {
		const events = [at('x', 'l', '1983-04-18T12:00:00Z'), at('y', 'l', '2016-06-12T12:00:00Z'), at('z', 'l', '2016-07-14T12:00:00Z')];
		const x = brokenScale(events.map((e) => [e.min, e.min] as const), 900);
		const [gap] = x.breaks();
		const bins = binLanes(indexLanes(events, x), x, 30).get('l')!;
		expect(bins.map((b) => b.count).reduce((s, c) => s + c)).toBe(3);
		for (const b of bins) expect(b.end <= gap!.start || b.start >= gap!.end).toBe(true);
	});

	it('bins the sequential scale by slots, never splitting an event', () => {
		const events = Array.from({ length: 40 }, (_, i) => ({ id: `e${i}`, lane: i % 2 ? 'odd' : 'even', min: i < 20 ? 0 : i * DAY }));
		const x = sequentialScale(events.map((e) => ({ id: e.id, time: e.min })), 400);
		const bins = binLanes(indexLanes(events, x), x, 50);
		expect(bins.get('even')!.map((b) => b.count)).toEqual([3, 2, 3, 2, 3, 2, 3, 2]);
		expect(bins.get('odd')!.map((b) => b.count)).toEqual([2, 3, 2, 3, 2, 3, 2, 3]);
		// Bins run from slot edge to slot edge: five slots of 10 px each.
		expect(bins.get('even')!.slice(0, 2).map((b) => [b.x0, b.x1])).toEqual([[0, 50], [50, 100]]);
	});

	it('refuses an event without a finite interval', () => {
		expect(() => indexLanes([{ id: 'bad', lane: 'l', min: 5, max: 1 }], YEAR_2016)).toThrow(
			'indexLanes: event "bad" has [5, 1], not a finite [min, max] in ms'
		);
	});
});

describe('laneModes', () => {
	const days = (n: number, lane: string) =>
		Array.from({ length: n }, (_, i) => at(`${lane}${i}`, lane, `2016-06-${String(i + 1).padStart(2, '0')}T12:00:00Z`));
	const events = [...days(10, 'daily'), at('s1', 'sparse', '2016-02-01T12:00:00Z'), at('s2', 'sparse', '2016-09-01T12:00:00Z')];
	const index = indexLanes(events, YEAR_2016);

	it.each([
		['a year in 1200 px: daily marks 3 px apart pile up', 1, 1, 'density'],
		['rows enough for the pile', 1, 4, 'marks'],
		['zoomed to a month: 40 px apart', 12, 1, 'marks']
	])('%s', (_, k, rows, mode) => {
		const view = zoomIdentity.scale(k).translate(-YEAR_2016(utc('2016-06-01T00:00:00Z')), 0).rescaleX(YEAR_2016);
		const modes = laneModes(index, view, { markPx: 8, rows });
		expect(modes.get('daily')).toBe(mode);
		expect(modes.get('sparse')).toBe('marks');
	});

	it('sees the sequential scale pile up only when slots are narrower than a mark', () => {
		const many = Array.from({ length: 300 }, (_, i) => ({ id: `e${i}`, lane: 'l', min: i }));
		const x = sequentialScale(many.map((e) => ({ id: e.id, time: e.min })), 900);
		const idx = indexLanes(many, x);
		expect(laneModes(idx, x, { markPx: 8 }).get('l')).toBe('density');
		expect(laneModes(idx, zoomIdentity.scale(4).rescaleX(x), { markPx: 8 }).get('l')).toBe('marks');
	});
});

describe('binning 100,000 events', () => {
	it('indexes once and bins each view well within a frame', () => {
		const random = randomLcg(42);
		const dense = randomNormal.source(random)(utc('2016-09-01T00:00:00Z'), 120 * DAY);
		const span = [utc('1983-01-01T00:00:00Z'), utc('2017-04-01T00:00:00Z')] as const;
		const events: BinEvent[] = Array.from({ length: 100_000 }, (_, i) => {
			const t = random() < 0.8 ? dense() : span[0] + random() * (span[1] - span[0]);
			return { id: `e${i}`, lane: `lane${i % 12}`, min: t, max: i % 10 === 0 ? t + 30 * DAY : undefined };
		});
		const x = linearScale(span, 1600);
		let start = performance.now();
		const index = indexLanes(events, x);
		const indexMs = performance.now() - start;

		const bin: number[] = [];
		const modes: number[] = [];
		for (let i = 0; i < 60; i++) {
			const view = zoomIdentity.translate(-i * 40, 0).scale(1 + i).rescaleX(x);
			start = performance.now();
			binLanes(index, view, 24);
			bin.push(performance.now() - start);
			start = performance.now();
			laneModes(index, view, { markPx: 8 });
			modes.push(performance.now() - start);
		}
		console.log(
			`100k events, 12 lanes: indexLanes ${indexMs.toFixed(1)} ms; per view: binLanes median ` +
				`${median(bin)!.toFixed(2)} ms (max ${Math.max(...bin).toFixed(2)}), laneModes median ${median(modes)!.toFixed(2)} ms`
		);
		expect(median(bin)).toBeLessThan(16);
		expect(median(modes)).toBeLessThan(16);
	});
});
