/**
 * A date typed into a filter, read the British way or as ISO 8601: "2016", "2016-07",
 * "2016-07-14", "14 Jul 2016", "July 2016". Never month-first: 07/14/2016 is refused, not guessed.
 * A year or month is widened to its first day for a start and its last day for an end.
 */
import { endOfMonth, endOfYear, format, isValid, parse } from 'date-fns';
import { enGB } from 'date-fns/locale';
import { UTCDate } from '@date-fns/utc';

const FORMATS: [pattern: string, precision: 'year' | 'month' | 'day'][] = [
	['yyyy-MM-dd', 'day'],
	['yyyy-MM', 'month'],
	['yyyy', 'year'],
	['d MMM yyyy', 'day'],
	['d MMMM yyyy', 'day'],
	['MMM yyyy', 'month'],
	['MMMM yyyy', 'month']
];

export type TypedDay = { ok: true; day: string; precision: 'year' | 'month' | 'day' } | { ok: false; error: string };

export const DAY_HINT = 'a year, month or day: 2016, Jul 2016, 14 Jul 2016 or 2016-07-14';

/** The ISO day meant by `text`, as the start or the end of the period it names. */
export function parseTypedDay(text: string, end: 'start' | 'end'): TypedDay {
	const t = text.trim().replace(/\s+/g, ' ').replace(/,/g, '');
	// Four-digit years only: "16" is more likely a slip than the year 16.
	if (/\d{4}/.test(t))
		for (const [pattern, precision] of FORMATS) {
			const d = parse(t, pattern, new UTCDate(2000, 0, 1), { locale: enGB });
			if (!isValid(d)) continue;
			const bound = end === 'start' ? d : precision === 'year' ? endOfYear(d) : precision === 'month' ? endOfMonth(d) : d;
			return { ok: true, day: format(bound, 'yyyy-MM-dd'), precision };
		}
	return { ok: false, error: `“${text.trim()}” is not a date: type ${DAY_HINT}` };
}
