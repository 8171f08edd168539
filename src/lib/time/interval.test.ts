import { describe, expect, it } from 'vitest';
import { parseEdtf, pointTime } from './interval';
import { formatEdtf } from './format';

const utc = (s: string) => Date.parse(s);

describe('parseEdtf', () => {
	it.each([
		['2016-05', '2016-05-01T00:00:00Z', '2016-05-31T23:59:59.999Z', 'month', false],
		['1983', '1983-01-01T00:00:00Z', '1983-12-31T23:59:59.999Z', 'year', false],
		['2017-03-22', '2017-03-22T00:00:00Z', '2017-03-22T23:59:59.999Z', 'day', true],
		['2014/2017-03', '2014-01-01T00:00:00Z', '2017-03-31T23:59:59.999Z', 'year', false],
		['2016-06-12/2016-07-14', '2016-06-12T00:00:00Z', '2016-07-14T23:59:59.999Z', 'day', false],
		['2017-03-22T14:40:08Z', '2017-03-22T14:40:08Z', '2017-03-22T14:40:08Z', 'time', true],
		['2016-10~', '2016-10-01T00:00:00Z', '2016-10-31T23:59:59.999Z', 'month', false],
		['2016-08-XX', '2016-08-01T00:00:00Z', '2016-08-31T23:59:59.999Z', 'month', false],
		// The year 0 is a leap year; read as 1900, it would lose its 29 February to 1 March.
		['0000-02-29', '0000-02-29T00:00:00Z', '0000-02-29T23:59:59.999Z', 'day', true],
		['0000-02-29T12:30:00Z', '0000-02-29T12:30:00Z', '0000-02-29T12:30:00Z', 'time', true],
		['0000-02-29/0004-02-29', '0000-02-29T00:00:00Z', '0004-02-29T23:59:59.999Z', 'day', false]
	])('%s → [%s, %s] at %s precision', (input, min, max, precision, point) => {
		const r = parseEdtf(input);
		expect(r.ok).toBe(true);
		if (!r.ok) return;
		expect(r.value.min).toBe(utc(min));
		expect(r.value.max).toBe(utc(max));
		expect(r.value.precision).toBe(precision);
		expect(r.value.point).toBe(point);
		expect(r.value.edtf).toBe(input);
	});

	it('marks approximate and uncertain dates', () => {
		const r = parseEdtf('2016-10%');
		expect(r.ok && r.value.approximate && r.value.uncertain).toBe(true);
	});

	it.each([
		['bogus', 'not a valid EDTF date'],
		['2016-13', 'not a valid EDTF date'],
		['/2016-08', 'open or unknown bound'],
		['2016-08/', 'open or unknown bound'],
		['', 'not a valid EDTF date'],
		['2016-21', 'is an EDTF Season; use a date or an interval'],
		['2015-02-29', 'names a day that does not exist (2015-02-29)'],
		['2014/2015-02-29T10:00:00Z', 'names a day that does not exist (2015-02-29)']
	])('refuses %j with a message', (input, message) => {
		const r = parseEdtf(input);
		expect(r.ok).toBe(false);
		if (!r.ok) expect(r.error).toContain(message);
	});

	it('draws a day at its noon and a time at its instant, in whole ms as a Date holds them', () => {
		const day = parseEdtf('2017-03-22');
		const time = parseEdtf('2017-03-22T14:40:08Z');
		if (!day.ok || !time.ok) throw new Error('parse failed');
		expect(pointTime(day.value)).toBe(utc('2017-03-22T12:00:00Z') - 1);
		expect(+new Date(pointTime(day.value))).toBe(pointTime(day.value));
		expect(pointTime(time.value)).toBe(utc('2017-03-22T14:40:08Z'));
	});
});

describe('formatEdtf', () => {
	it.each([
		['2016-05', 'May 2016'],
		['2017-03-22', '22 March 2017'],
		['1983', '1983'],
		['2014/2017-03', '2014 – March 2017'],
		['2016-10~', 'c. October 2016'],
		['2017-03-22T14:40:08Z', '22 March 2017, 14:40 UTC'],
		['2017-03-22T14:40:08Z/2017-03-22T14:41:30Z', '22 March 2017, 14:40–14:41 UTC'],
		['2017-03-22T23:00:00Z/2017-03-23T01:00:00Z', '22 March 2017, 23:00 UTC – 23 March 2017, 01:00 UTC']
	])('%s reads as %s', (input, text) => expect(formatEdtf(input)).toBe(text));
});
