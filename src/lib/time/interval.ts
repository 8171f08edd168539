/**
 * EDTF date strings → closed [min, max] intervals in ms (UTC), with the precision the text
 * gave, so that a month is never shown as a day.
 */
import edtf from 'edtf';

export type Precision = 'year' | 'month' | 'day' | 'time';

export interface DateInterval {
	/** The EDTF string as written in the data. */
	edtf: string;
	min: number;
	max: number;
	/** The coarsest precision of either bound: what the drawing may claim to know. */
	precision: Precision;
	/** A single day or instant is drawn as a point; anything longer as a span. */
	point: boolean;
	approximate: boolean;
	uncertain: boolean;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };

const PRECISION: Record<number, Precision> = { 0: 'time', 1: 'year', 2: 'month', 3: 'day' };
const ORDER: Precision[] = ['year', 'month', 'day', 'time'];

/** Precision of one EDTF date (not an interval), read from its form rather than the parser's guess. */
function precisionOf(part: string): Precision {
	if (part.includes('T')) return 'time';
	const digits = part.replace(/[~?%]/g, '').split('-').filter(Boolean);
	if (digits.length >= 3 && !/X/.test(digits[2]!)) return 'day';
	if (digits.length >= 2 && !/X/.test(digits[1]!)) return 'month';
	return 'year';
}

/** Parses an EDTF string; open or unknown bounds are refused, as the timeline must place every event. */
export function parseEdtf(input: string): Parsed<DateInterval> {
	let value;
	try {
		value = edtf(input);
	} catch (e) {
		const first = String((e as Error).message).split('\n')[0];
		return { ok: false, error: `"${input}" is not a valid EDTF date (${first})` };
	}
	if (!['Date', 'Year', 'Interval'].includes(value.type))
		return { ok: false, error: `"${input}" is an EDTF ${value.type}; use a date or an interval` };
	if (value.min === null || value.max === null || Number.isNaN(value.min) || Number.isNaN(value.max))
		return { ok: false, error: `"${input}" has an open or unknown bound; give both ends` };
	const parts = input.split('/');
	const precisions = parts.map(precisionOf);
	const precision = ORDER[Math.min(...precisions.map((p) => ORDER.indexOf(p)))]!;
	return {
		ok: true,
		value: {
			edtf: input,
			min: value.min,
			max: value.max,
			precision,
			point: parts.length === 1 && (precision === 'day' || precision === 'time'),
			approximate: /[~%]/.test(input),
			uncertain: /[?%]/.test(input)
		}
	};
}

/** The instant a mark is drawn at when it is a point: noon for a day, the instant itself for a time. */
export function pointTime(d: DateInterval): number {
	return d.precision === 'time' ? d.min : (d.min + d.max) / 2;
}
