import { describe, expect, it } from 'vitest';
import { formatEdtf, formatRange, formatViewRange } from './format';
import type { Precision } from './interval';

const utc = (s: string) => Date.parse(s);

describe('formatEdtf never writes a range as "a–a"', () => {
	it.each([
		['2017-03-22T14:40:08Z/2017-03-22T14:40:38Z', '22 March 2017, 14:40:08–14:40:38 UTC'],
		['2017-03-22T14:40:08Z/2017-03-22T14:40:08Z', '22 March 2017, 14:40:08 UTC'],
		['2017-03-22/2017-03-22', '22 March 2017'],
		['2016-05/2016-05', 'May 2016'],
		['2016-06-12/2016-07-14', '12 June 2016 – 14 July 2016']
	])('%s reads as %s', (input, text) => expect(formatEdtf(input)).toBe(text));
});

describe('formatEdtf in short style, for axes', () => {
	it.each([
		['2016-05', 'May 2016'],
		['2017-03-22', '22 Mar 2017'],
		['1983-11/2003-12', 'Nov 1983 – Dec 2003'],
		['2017-03-22T14:40:38Z', '22 Mar 2017, 14:40 UTC'],
		['2017-03-22T14:40:08Z/2017-03-22T14:41:30Z', '22 Mar 2017, 14:40–14:41 UTC'],
		['2016-10~', 'c. Oct 2016']
	])('%s reads as %s', (input, text) => expect(formatEdtf(input, 'short')).toBe(text));
});

describe('formatRange', () => {
	it.each([
		['2014-01-01T00:00:00Z', '2017-03-22T00:00:00Z', 'year', '2014 – 2017'],
		['2016-01-01T00:00:00Z', '2017-01-01T00:00:00Z', 'year', '2016'],
		['2016-03-10T00:00:00Z', '2017-03-22T00:00:00Z', 'month', 'Mar 2016 – Mar 2017'],
		['2016-03-10T00:00:00Z', '2016-06-22T00:00:00Z', 'month', 'Mar – Jun 2016'],
		['2017-03-01T00:00:00Z', '2017-04-01T00:00:00Z', 'month', 'Mar 2017'],
		['2017-03-22T00:00:00Z', '2017-03-23T00:00:00Z', 'day', '22 Mar 2017'],
		['2017-03-14T06:00:00Z', '2017-03-22T18:00:00Z', 'day', '14 – 22 Mar 2017'],
		['2017-02-14T06:00:00Z', '2017-03-22T18:00:00Z', 'day', '14 Feb – 22 Mar 2017'],
		['2016-12-30T00:00:00Z', '2017-01-02T00:00:00Z', 'day', '30 Dec 2016 – 1 Jan 2017'],
		['2017-03-22T14:40:00Z', '2017-03-22T15:10:00Z', 'time', '22 Mar 2017, 14:40–15:10 UTC'],
		['2017-03-22T14:40:08Z', '2017-03-22T14:40:38Z', 'time', '22 Mar 2017, 14:40 UTC'],
		['2017-03-22T23:00:00Z', '2017-03-23T01:00:00Z', 'time', '22 Mar 2017, 23:00 – 23 Mar 2017, 01:00 UTC'],
		['2017-03-22T00:00:00Z', '2017-03-22T00:00:00Z', 'day', '22 Mar 2017']
	] as [string, string, Precision, string][])('%s – %s at %s precision reads %s', (a, b, precision, text) => {
		expect(formatRange([utc(a), utc(b)], precision)).toBe(text);
		expect(formatRange([utc(b), utc(a)], precision)).toBe(text);
	});

	it('writes no clock time unless the precision is time', () => {
		for (const p of ['year', 'month', 'day'] as Precision[])
			expect(formatRange([utc('2017-03-22T14:40:00Z'), utc('2017-03-22T14:40:00Z')], p)).not.toMatch(/\d:\d|UTC/);
	});
});

describe('formatViewRange', () => {
	it.each([
		['2014-01-01T00:00:00Z', '2017-03-23T00:00:00Z', ['day', 'time'], '2014 – 2017'],
		['2016-03-01T00:00:00Z', '2017-03-23T00:00:00Z', ['day'], 'Mar 2016 – Mar 2017'],
		['2016-03-01T00:00:00Z', '2017-03-23T00:00:00Z', ['year'], '2016 – 2017'],
		['2017-03-22T14:00:00Z', '2017-03-22T15:00:00Z', ['day', 'month'], '22 Mar 2017'],
		['2017-03-22T14:00:00Z', '2017-03-22T15:00:00Z', ['day', 'time'], '22 Mar 2017, 14:00–15:00 UTC'],
		['2017-03-22T14:40:00Z', '2017-03-22T14:40:00Z', ['time'], '22 Mar 2017, 14:40 UTC'],
		['2017-03-10T00:00:00Z', '2017-03-22T00:00:00Z', [], '2017']
	] as [string, string, Precision[], string][])('%s – %s showing %j reads %s', (a, b, shown, text) => {
		expect(formatViewRange([utc(a), utc(b)], shown)).toBe(text);
	});
});
