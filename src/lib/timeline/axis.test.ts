import { describe, expect, it } from 'vitest';
import { zoomIdentity } from 'd3';
import { formatEdtf } from '$lib/time/format';
import { parseEdtf, pointTime } from '$lib/time/interval';
import { axisTicks, fitLabels, granularityOf, sequenceTicks, type Tick } from './axis';
import { linearScale, sequentialScale } from './scales';

const utc = (s: string) => Date.parse(s);

describe('axisTicks', () => {
	it.each([
		['1983-01-01', '2017-12-31', 'years'],
		['1900-01-01', '2017-12-31', 'decades'],
		['2016-01-01', '2017-06-01', 'months'],
		['2017-03-01', '2017-03-25', 'days'],
		['2017-03-22T10:00:00Z', '2017-03-22T20:00:00Z', 'hours'],
		['2017-03-22T14:30:00Z', '2017-03-22T14:45:00Z', 'minutes']
	])('from %s to %s the ticks step by %s', (a, b, granularity) => {
		const x = linearScale([utc(a), utc(b)], 1000);
		const axis = axisTicks(x);
		expect(axis.granularity).toBe(granularity);
		expect(axis.ticks.length).toBeGreaterThan(2);
		for (const t of axis.ticks) expect(t.x).toBeCloseTo(x(t.date));
	});

	it('reads the unit of one tick step', () => {
		expect(granularityOf([])).toBe('years');
		expect(granularityOf([new Date(0), new Date(7 * 86_400_000)])).toBe('weeks');
	});
});

describe('axis labels', () => {
	const extent = (t: Tick) => (t.anchor === 'start' ? [t.labelX, t.labelX + t.label.length * 7] : [t.labelX - t.label.length * 7, t.labelX]);

	it.each([
		['1983-11-01', '2017-03-23', 1264],
		['2016-03-01', '2017-04-30', 640],
		['2016-03-01', '2017-04-30', 300],
		['2017-03-22T00:00:00Z', '2017-03-23T00:00:00Z', 900],
		['2017-03-22T14:39:00Z', '2017-03-22T14:42:00Z', 320]
	])('from %s to %s in %i px keep inside the drawing', (a, b, width) => {
		const base = linearScale([utc(a), utc(b)], width - 16).range([8, width - 8]);
		for (const shift of [0, 37, 111, 250]) {
			const { ticks } = axisTicks(zoomIdentity.translate(-shift, 0).scale(1.7).rescaleX(base));
			expect(ticks.length).toBeGreaterThan(0);
			for (const t of ticks) {
				const [from, to] = extent(t);
				expect(from).toBeGreaterThanOrEqual(0);
				expect(to).toBeLessThanOrEqual(width);
			}
		}
	});

	it('writes a 24-hour clock at hour zoom and the day at its boundary, as British dates read', () => {
		const { ticks } = axisTicks(linearScale([utc('2017-03-21T18:00:00Z'), utc('2017-03-22T18:00:00Z')], 900));
		expect(ticks[0]!.label).toBe('21 Mar 2017, 18:00');
		expect(ticks.map((t) => t.label)).toContain('22 Mar');
		expect(ticks.slice(1).every((t) => /^(\d\d:\d\d|22 Mar)$/.test(t.label))).toBe(true);
	});

	it('writes no clock time while the view is coarser than a day', () => {
		for (const [a, b] of [['2016-03-01', '2017-04-30'], ['2017-03-01', '2017-03-31'], ['1983-01-01', '2017-12-31']]) {
			const { ticks } = axisTicks(linearScale([utc(a!), utc(b!)], 1200));
			for (const t of ticks) expect(t.label).not.toMatch(/\d:\d/);
		}
	});
});

describe('fitLabels', () => {
	const tick = (x: number, label: string) => ({ date: new Date(x), x, label });
	const measure = (text: string) => text.length * 10;

	it.each([
		['beside its tick where there is room', [tick(10, 'April')], [['April', 13, 'start']]],
		['before its tick at the right edge', [tick(95, 'April')], [['April', 92, 'end']]],
		['shifted inside where neither side has room', [tick(40, 'September')], [['September', 0, 'start']]],
		['dropped when it cannot fit at all', [tick(40, 'A very long label')], []],
		['dropped when its tick is outside', [tick(-5, 'May'), tick(105, 'May')], []],
		['the second of two that overlap', [tick(10, 'May'), tick(30, 'Jun'), tick(60, 'Jul')], [['May', 13, 'start'], ['Jul', 63, 'start']]],
		['the last kept over the one before it', [tick(10, 'May'), tick(60, 'June'), tick(98, 'July')], [['May', 13, 'start'], ['July', 95, 'end']]]
	] as [string, ReturnType<typeof tick>[], [string, number, string][]][])('places a label %s', (_, ticks, placed) => {
		expect(fitLabels(ticks, [0, 100], measure).map((t) => [t.label, t.labelX, t.anchor])).toEqual(placed);
	});
});

describe('sequenceTicks', () => {
	const dates = ['1983-11/2003-12', '2010-02/2010-12', '2015-11-13', '2016-05', '2016-07-14', '2017-03-22T14:40:08Z/2017-03-22T14:41:30Z', '2017-03-23'];
	const events = dates.map((d, i) => {
		const r = parseEdtf(d);
		if (!r.ok) throw new Error(r.error);
		return { id: `e${i}`, when: r.value, time: pointTime(r.value) };
	});
	const labelAt = (t: number) => {
		const e = events.find((e) => e.time === t);
		return e && formatEdtf(e.when.edtf, 'short');
	};

	it('labels the ticks on events with their own dates', () => {
		const { ticks } = sequenceTicks(sequentialScale(events, 2000), labelAt, { spacing: 10 });
		expect(ticks.map((t) => t.label)).toEqual(['Nov 1983 – Dec 2003', 'Feb 2010 – Dec 2010', '13 Nov 2015', 'May 2016', '14 Jul 2016', '22 Mar 2017, 14:40–14:41 UTC', '23 Mar 2017']);
	});

	it.each([zoomIdentity, zoomIdentity.scale(3), zoomIdentity.translate(-800, 0).scale(3), zoomIdentity.translate(-3000, 0).scale(8)])(
		'invents no clock time and keeps the last label inside the drawing under zoom %s',
		(t) => {
			const width = 640;
			const view = t.rescaleX(sequentialScale(events, width - 16).range([8, width - 8]));
			const { ticks } = sequenceTicks(view, labelAt);
			expect(ticks.length).toBeGreaterThan(0);
			for (const tick of ticks) {
				const e = events.find((e) => e.time === +tick.date)!;
				expect(e, 'a tick falls on an event').toBeDefined();
				if (e.when.precision !== 'time') expect(tick.label).not.toMatch(/\d:\d/);
				const w = tick.label.length * 7;
				const [from, to] = tick.anchor === 'start' ? [tick.labelX, tick.labelX + w] : [tick.labelX - w, tick.labelX];
				expect(from).toBeGreaterThanOrEqual(0);
				expect(to).toBeLessThanOrEqual(width);
			}
		}
	);

	it('leaves out a tick that no event labels', () => {
		const { ticks } = sequenceTicks(sequentialScale(events, 1400), (t) => (t === events[2]!.time ? undefined : labelAt(t)), { spacing: 10 });
		expect(ticks.map((t) => +t.date)).not.toContain(events[2]!.time);
	});
});
