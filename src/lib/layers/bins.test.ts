import { scaleUtc } from 'd3';
import { describe, expect, test } from 'vitest';
import { dayCounts, densityColumns } from './bins';

const at = (iso: string) => Date.parse(`${iso}Z`);
const ev = (iso: string, until = iso) => ({ when: { min: at(iso), max: at(until) } });

describe('layer bins', () => {
	const events = [ev('2017-03-22T10:00'), ev('2017-03-22T23:00'), ev('2017-03-23T01:00'), ev('2017-01-01T00:00'), ev('2018-01-01T00:00')];
	const days = dayCounts(events);

	test('counts events by the day of their middle, in time order', () => {
		expect(days).toEqual([
			{ day: at('2017-01-01T00:00'), count: 1 },
			{ day: at('2017-03-22T00:00'), count: 2 },
			{ day: at('2017-03-23T00:00'), count: 1 },
			{ day: at('2018-01-01T00:00'), count: 1 }
		]);
	});

	test('counts a year-long event on the day of its middle, not the day it starts', () => {
		expect(dayCounts([ev('2016-01-01T00:00', '2016-12-31T23:59:59.999')])).toEqual([{ day: at('2016-07-01T00:00'), count: 1 }]);
	});

	test('sums the days in view into columns, and leaves out the days outside it', () => {
		const range: [number, number] = [at('2017-03-01T00:00'), at('2017-04-01T00:00')];
		const x = scaleUtc().domain(range).range([0, 310]);
		// Ten px a day: a day sits at its middle, so with 40-px columns the 22nd and the 23rd share one.
		expect(densityColumns(days, (t) => x(t), range, 310, 40)).toEqual([{ x: 200, width: 40, count: 3 }]);
		expect(densityColumns(days, (t) => x(t), range, 310, 5)).toEqual([
			{ x: 215, width: 5, count: 2 },
			{ x: 225, width: 5, count: 1 }
		]);
	});
});
