// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
	edtfToParts,
	edtfToRange,
	isoToEdtf,
	joinInterval,
	msToEdtf,
	partsToEdtf,
	rangeToEdtf,
	type DateParts
} from './dates';

describe('partsToEdtf', () => {
	it.each<[DateParts, string]>([
		[{ year: 2016 }, '2016'],
		[{ year: 2016, month: 5 }, '2016-05'],
		[{ year: 2016, month: 5, day: 1 }, '2016-05-01'],
		[{ year: 2017, month: 3, day: 22, hour: 14, minute: 40, second: 8 }, '2017-03-22T14:40:08Z'],
		[{ year: 2017, month: 3, day: 22, hour: 14 }, '2017-03-22T14:00:00Z'],
		[
			{ year: 2017, month: 3, day: 22, hour: 14, minute: 40, second: 8, millisecond: 5 },
			'2017-03-22T14:40:08.005Z'
		],
		[{ year: 16 }, '0016'],
		[{ year: -500 }, '-0500'],
		[{ year: 12345 }, 'Y12345'],
		[{ year: 2016, month: 2, day: 29 }, '2016-02-29']
	])('%j → %s', (parts, edtf) => expect(partsToEdtf(parts)).toEqual({ ok: true, value: edtf }));

	it.each<[DateParts, string]>([
		[{ year: 2016, day: 3 }, 'day is given without month'],
		[{ year: 2016, month: 5, hour: 3 }, 'hour is given without day'],
		[{ year: 2016, month: 13 }, 'month must lie between 1 and 12, not 13'],
		[{ year: 2016, month: 0 }, 'month must lie between 1 and 12, not 0'],
		[{ year: 2015, month: 2, day: 29 }, 'day 29 does not exist in 2015-02'],
		[{ year: 2016, month: 4, day: 0 }, 'day 0 does not exist in 2016-04'],
		[{ year: 2016, month: 1, day: 1, hour: 24 }, 'hour must lie between 0 and 23, not 24'],
		[{ year: 2016.5 }, 'year must be a whole number, not 2016.5'],
		[{ year: 12345, month: 1 }, 'a year beyond ±9999 (12345) can only be given alone']
	])('%j is refused: %s', (parts, error) =>
		expect(partsToEdtf(parts)).toEqual({ ok: false, error })
	);
});

describe('edtfToParts and edtfToRange', () => {
	it.each<[string, DateParts]>([
		['2016', { year: 2016 }],
		['2016-05', { year: 2016, month: 5 }],
		['2016-05-01', { year: 2016, month: 5, day: 1 }],
		['2017-03-22T14:40:08Z', { year: 2017, month: 3, day: 22, hour: 14, minute: 40, second: 8 }],
		[
			'2017-03-22T14:40:08.123Z',
			{ year: 2017, month: 3, day: 22, hour: 14, minute: 40, second: 8, millisecond: 123 }
		],
		['2016-10~', { year: 2016, month: 10 }],
		['2016-08-XX', { year: 2016, month: 8 }],
		['-0500', { year: -500 }],
		['Y170000002', { year: 170000002 }]
	])('%s → %j', (edtf, parts) => expect(edtfToParts(edtf)).toEqual({ ok: true, value: parts }));

	it('splits an interval into its start and end at their own precisions', () =>
		expect(edtfToRange('2014/2017-03-23')).toEqual({
			ok: true,
			value: { start: { year: 2014 }, end: { year: 2017, month: 3, day: 23 } }
		}));

	it('refuses what is not a date', () => expect(edtfToParts('soon').ok).toBe(false));
});

describe('rangeToEdtf and joinInterval', () => {
	it('joins two parts into an interval', () =>
		expect(rangeToEdtf({ year: 2014 }, { year: 2017, month: 3 })).toEqual({
			ok: true,
			value: '2014/2017-03'
		}));

	it.each([
		['2017', '2016', 'it ends (2016) before it starts (2017)'],
		['2016-05-02', '2016-05-01', 'it ends (2016-05-01) before it starts (2016-05-02)']
	])('%s/%s is refused: %s', (a, b, error) =>
		expect(joinInterval(a, b)).toEqual({ ok: false, error })
	);
});

describe('isoToEdtf (vis-timeline dates)', () => {
	it.each<[unknown, string]>([
		['2016', '2016'],
		['2016-05', '2016-05'],
		['2016-05-01', '2016-05-01'],
		['2016-05-01T10:00', '2016-05-01T10:00:00Z'],
		['2016-05-01 10:00:30', '2016-05-01T10:00:30Z'],
		['2017-05-22T22:31:00+01:00', '2017-05-22T21:31:00Z'],
		['2016-07-14T20:33:00.250Z', '2016-07-14T20:33:00.250Z'],
		[1451606400000, '2016-01-01T00:00:00Z']
	])('%j → %s', (value, edtf) => expect(isoToEdtf(value)).toEqual({ ok: true, value: edtf }));

	it.each<[unknown, string]>([
		['next tuesday', '"next tuesday" is not an ISO 8601 date'],
		['2016-02-30T10:00', 'day 30 does not exist in 2016-02'],
		['2016-13', 'month must lie between 1 and 12, not 13'],
		[true, 'expected an ISO 8601 date or milliseconds, got boolean'],
		[1e20, '100000000000000000000 ms lies outside the dates a timeline can show']
	])('%j is refused: %s', (value, error) => expect(isoToEdtf(value)).toEqual({ ok: false, error }));

	it('writes a whole second without a fraction', () =>
		expect(msToEdtf(Date.UTC(2017, 2, 22, 14, 40, 8))).toEqual({
			ok: true,
			value: '2017-03-22T14:40:08Z'
		}));
});
