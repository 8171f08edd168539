/** Human wording of EDTF dates and time ranges at the precision they carry, always in UTC. */
import { format } from 'date-fns';
import { UTCDate } from '@date-fns/utc';
import { parseEdtf, type Precision } from './interval';

/** Full month names for text (headers, the detail panel), short ones where room is scarce (axes). */
export type Style = 'long' | 'short';

const PATTERN: Record<Style, Record<Precision, string>> = {
	long: { year: 'yyyy', month: 'MMMM yyyy', day: 'd MMMM yyyy', time: 'd MMMM yyyy, HH:mm' },
	short: { year: 'yyyy', month: 'MMM yyyy', day: 'd MMM yyyy', time: 'd MMM yyyy, HH:mm' }
};

const at = (ms: number, pattern: string) => format(new UTCDate(ms), pattern);
const zone = (precision: Precision) => (precision === 'time' ? ' UTC' : '');

function formatPart(part: string, style: Style): string {
	const parsed = parseEdtf(part.replace(/[~?%]/g, ''));
	if (!parsed.ok) return part;
	const text = at(parsed.value.min, PATTERN[style][parsed.value.precision]) + zone(parsed.value.precision);
	const approx = /[~%]/.test(part) ? 'c. ' : '';
	const doubt = /[?%]/.test(part) ? ' (uncertain)' : '';
	return approx + text + doubt;
}

/**
 * "May 2016", "22 March 2017", "2014 – March 2017", "c. October 2016", "22 March 2017,
 * 14:40–14:41 UTC"; with `style` 'short', "22 Mar 2017". Two times within one minute show their
 * seconds, and a range whose ends read alike is written once: never "14:40–14:40".
 */
export function formatEdtf(input: string, style: Style = 'long'): string {
	const parts = input.split('/');
	const [a, b] = parts.map((p) => parseEdtf(p));
	// Two times on one day read as one day with a span of hours.
	if (a?.ok && b?.ok && a.value.precision === 'time' && b.value.precision === 'time' && !/[~?%]/.test(input)) {
		const [t0, t1] = [a.value.min, b.value.min];
		if (at(t0, 'yyyy-MM-dd') === at(t1, 'yyyy-MM-dd')) {
			const clock = at(t0, 'HH:mm') === at(t1, 'HH:mm') ? 'HH:mm:ss' : 'HH:mm';
			const day = at(t0, PATTERN[style].day);
			return at(t0, clock) === at(t1, clock) ? `${day}, ${at(t0, clock)} UTC` : `${day}, ${at(t0, clock)}–${at(t1, clock)} UTC`;
		}
	}
	const texts = parts.map((p) => formatPart(p, style));
	return texts.every((t) => t === texts[0]) ? texts[0]! : texts.join(' – ');
}

const UNIT: Record<Precision, string> = { year: 'yyyy', month: 'yyyy-MM', day: 'yyyy-MM-dd', time: 'yyyy-MM-dd HH:mm' };

/**
 * A stretch of time [start, end] in ms worded at `precision`, the finest unit what is shown
 * carries: "2014 – 2017", "Mar 2016 – Mar 2017", "14 – 22 Mar 2017", "22 Mar 2017",
 * "22 Mar 2017, 14:40–15:10 UTC". Parts the ends share are written once, and a range whose
 * ends fall in one unit reads as that unit, never "a – a". A calendar end is exclusive when it
 * falls on a unit's boundary, so [1 Jan 2016, 1 Jan 2017) at year precision reads "2016".
 */
export function formatRange([start, end]: readonly [number, number], precision: Precision): string {
	const [a, b] = start <= end ? [start, end] : [end, start];
	const last = precision !== 'time' && b > a && at(b, UNIT[precision]) !== at(b - 1, UNIT[precision]) ? b - 1 : b;
	const same = (unit: Precision) => at(a, UNIT[unit]) === at(last, UNIT[unit]);
	const short = PATTERN.short;
	if (same(precision)) return at(a, short[precision]) + zone(precision);
	switch (precision) {
		case 'year':
			return `${at(a, 'yyyy')} – ${at(last, 'yyyy')}`;
		case 'month':
			return same('year') ? `${at(a, 'MMM')} – ${at(last, 'MMM yyyy')}` : `${at(a, short.month)} – ${at(last, short.month)}`;
		case 'day':
			if (same('month')) return `${at(a, 'd')} – ${at(last, short.day)}`;
			return same('year') ? `${at(a, 'd MMM')} – ${at(last, short.day)}` : `${at(a, short.day)} – ${at(last, short.day)}`;
		case 'time':
			return same('day') ? `${at(a, short.time)}–${at(last, 'HH:mm')} UTC` : `${at(a, short.time)} – ${at(last, short.time)} UTC`;
	}
}

const ORDER: readonly Precision[] = ['year', 'month', 'day', 'time'];
const DAY = 86_400_000;

/** The unit a view of this many ms is read in: years past three, months past two, days past two hours. */
function spanPrecision(ms: number): Precision {
	if (ms > 3 * 365 * DAY) return 'year';
	if (ms > 60 * DAY) return 'month';
	if (ms > DAY / 12) return 'day';
	return 'time';
}

/**
 * A view's range, for a header or a figure's title: worded at the unit its length is read in,
 * but never finer than the finest date shown, so a view of day-dated events zoomed to hours
 * reads "22 Mar 2017", not "22 Mar 2017, 14:00–15:00 UTC".
 */
export function formatViewRange(range: readonly [number, number], shown: Iterable<Precision>): string {
	let finest = 0;
	for (const p of shown) finest = Math.max(finest, ORDER.indexOf(p));
	const precision = ORDER[Math.min(finest, ORDER.indexOf(spanPrecision(Math.abs(range[1] - range[0]))))]!;
	return formatRange(range, precision);
}
