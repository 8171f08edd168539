/** Human wording of EDTF dates at the precision they carry, always in UTC. */
import { format } from 'date-fns';
import { UTCDate } from '@date-fns/utc';
import { parseEdtf, type Precision } from './interval';

const PATTERN: Record<Precision, string> = {
	year: 'yyyy',
	month: 'MMMM yyyy',
	day: 'd MMMM yyyy',
	time: "d MMMM yyyy, HH:mm 'UTC'"
};

function formatPart(part: string): string {
	const parsed = parseEdtf(part.replace(/[~?%]/g, ''));
	if (!parsed.ok) return part;
	const text = format(new UTCDate(parsed.value.min), PATTERN[parsed.value.precision]);
	const approx = /[~%]/.test(part) ? 'c. ' : '';
	const doubt = /[?%]/.test(part) ? ' (uncertain)' : '';
	return approx + text + doubt;
}

/** "May 2016", "22 March 2017", "2014 – March 2017", "c. October 2016", "22 March 2017, 14:40–14:41 UTC". */
export function formatEdtf(input: string): string {
	const parts = input.split('/');
	const [a, b] = parts.map((p) => parseEdtf(p));
	// Two times on one day read as one day with a span of hours.
	if (a?.ok && b?.ok && a.value.precision === 'time' && b.value.precision === 'time' && !/[~?%]/.test(input)) {
		const day = (v: number) => format(new UTCDate(v), 'yyyy-MM-dd');
		if (day(a.value.min) === day(b.value.min))
			return `${format(new UTCDate(a.value.min), 'd MMMM yyyy, HH:mm')}–${format(new UTCDate(b.value.min), "HH:mm 'UTC'")}`;
	}
	return parts.map(formatPart).join(' – ');
}
