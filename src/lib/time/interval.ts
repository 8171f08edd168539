/**
 * EDTF date strings → closed [min, max] intervals in ms (UTC), with the precision the text
 * gave, so that a month is never shown as a day.
 */
import edtf, { parse } from 'edtf';

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

const ORDER: Precision[] = ['year', 'month', 'day', 'time'];

/** Precision of one EDTF date (not an interval), read from its form rather than the parser's guess. */
function precisionOf(part: string): Precision {
	if (part.includes('T')) return 'time';
	const digits = part.replace(/[~?%]/g, '').split('-').filter(Boolean);
	if (digits.length >= 3 && !/X/.test(digits[2]!)) return 'day';
	if (digits.length >= 2 && !/X/.test(digits[1]!)) return 'month';
	return 'year';
}

const DAY = 86_400_000;

/** The written year, month and day of one EDTF date, and the midnight (UTC) that begins it. */
function writtenDay(part: string): { text: string; day: number; start: number } | undefined {
	const m = /^(-?\d{4})-(\d{2})-(\d{2})/.exec(part.replace(/[~?%]/g, ''));
	if (!m) return undefined;
	const d = new Date(0);
	d.setUTCFullYear(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
	return { text: `${m[1]}-${m[2]}-${m[3]}`, day: Number(m[3]), start: d.getTime() };
}

/** The edtf package rolls 29 February of a common year over into March; such a day does not exist. */
function missingDay(part: string): string | undefined {
	const w = writtenDay(part);
	return w && new Date(w.start).getUTCDate() !== w.day ? w.text : undefined;
}

/**
 * The edtf package reads years 0–99 through Date.UTC, which takes them for 1900–1999: 29
 * February of the year 0, a leap year, comes back as 1 March. The written day decides.
 */
function onWrittenDay(t: number, part: string): number {
	const w = writtenDay(part);
	const midnight = t - (((t % DAY) + DAY) % DAY);
	return w && midnight !== w.start ? w.start + (t - midnight) : t;
}

/** Parses an EDTF string; open or unknown bounds are refused, as the timeline must place every event. */
export function parseEdtf(input: string): Parsed<DateInterval> {
	let value;
	try {
		const parsed = parse(input);
		if (!['Date', 'Year', 'Interval'].includes(parsed.type))
			return { ok: false, error: `"${input}" is an EDTF ${parsed.type}; use a date or an interval` };
		value = edtf(parsed);
	} catch (e) {
		const first = String((e as Error).message).split('\n')[0];
		return { ok: false, error: `"${input}" is not a valid EDTF date (${first})` };
	}
	if (value.min === null || value.max === null || Number.isNaN(value.min) || Number.isNaN(value.max))
		return { ok: false, error: `"${input}" has an open or unknown bound; give both ends` };
	const parts = input.split('/');
	const missing = parts.map(missingDay).find(Boolean);
	if (missing) return { ok: false, error: `"${input}" names a day that does not exist (${missing})` };
	const precisions = parts.map(precisionOf);
	const precision = ORDER[Math.min(...precisions.map((p) => ORDER.indexOf(p)))]!;
	return {
		ok: true,
		value: {
			edtf: input,
			min: onWrittenDay(value.min, parts[0]!),
			max: onWrittenDay(value.max, parts.at(-1)!),
			precision,
			point: parts.length === 1 && (precision === 'day' || precision === 'time'),
			approximate: /[~%]/.test(input),
			uncertain: /[?%]/.test(input)
		}
	};
}

/**
 * The instant a mark is drawn at when it is a point: noon for a day, the instant itself for a
 * time. In whole ms, as a Date holds them, so that a tick's Date finds its event again.
 */
export function pointTime(d: DateInterval): number {
	return d.precision === 'time' ? d.min : Math.floor((d.min + d.max) / 2);
}
