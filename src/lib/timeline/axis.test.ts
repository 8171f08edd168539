import { describe, expect, it } from 'vitest';
import { axisTicks, granularityOf, sequenceTicks } from './axis';
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

describe('sequenceTicks', () => {
	it('labels the ticks on events with their own dates', () => {
		const events = [
			{ id: 'a', time: utc('2016-05-16T12:00:00Z') },
			{ id: 'b', time: utc('2016-08-16T12:00:00Z') },
			{ id: 'c', time: utc('2017-03-22T14:40:08Z') }
		];
		const labels = new Map([
			[events[0]!.time, 'May 2016'],
			[events[1]!.time, 'August 2016'],
			[events[2]!.time, '22 March 2017, 14:40 UTC']
		]);
		const { ticks } = sequenceTicks(sequentialScale(events, 600), (t) => labels.get(t), 10);
		expect(ticks.map((t) => t.label)).toEqual(['May 2016', 'August 2016', '22 March 2017, 14:40 UTC']);
	});
});
