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

/** "May 2016", "22 March 2017", "2014 – March 2017", "c. October 2016". */
export function formatEdtf(input: string): string {
	return input.split('/').map(formatPart).join(' – ');
}
