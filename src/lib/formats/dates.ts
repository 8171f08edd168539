/**
 * Dates of other tools ↔ EDTF. TimelineJS gives date parts, vis-timeline ISO strings or
 * milliseconds; both map to EDTF at exactly the precision given, and back.
 */
import { memo } from '$lib/memo';
import { parseEdtf, type Parsed } from '$lib/time/interval';

/** `parseEdtf`, remembered. */
export const readEdtf = memo(parseEdtf);

export interface DateParts {
	year: number;
	month?: number;
	day?: number;
	hour?: number;
	minute?: number;
	second?: number;
	millisecond?: number;
}

const PART_ORDER = ['year', 'month', 'day', 'hour', 'minute', 'second', 'millisecond'] as const;
const RANGES: Record<Exclude<(typeof PART_ORDER)[number], 'year' | 'day'>, [number, number]> = {
	month: [1, 12],
	hour: [0, 23],
	minute: [0, 59],
	second: [0, 59],
	millisecond: [0, 999]
};

const pad = (n: number, width = 2) => String(Math.abs(n)).padStart(width, '0');

function utcDate(year: number, month: number, day: number): Date {
	const d = new Date(0);
	// setUTCFullYear, unlike Date.UTC, takes years 0–99 as they are.
	d.setUTCFullYear(year, month - 1, day);
	return d;
}

/**
 * The years a timeline can hold: JavaScript dates reach 100 million days either side of
 * 1970, about 273,000 years. Deep time (the Big Bang at -13,800,000,000) lies beyond them.
 */
const YEAR_RANGE = [-271820, 275759] as const;

/** The EDTF of one date given by its parts; a part may be left out only with all finer ones. */
export function partsToEdtf(p: DateParts): Parsed<string> {
	for (let i = 1; i < PART_ORDER.length; i++) {
		const part = PART_ORDER[i]!;
		const coarser = PART_ORDER[i - 1]!;
		if (p[part] !== undefined && p[coarser] === undefined)
			return { ok: false, error: `${part} is given without ${coarser}` };
	}
	for (const part of PART_ORDER) {
		const v = p[part];
		if (v !== undefined && !Number.isSafeInteger(v))
			return { ok: false, error: `${part} must be a whole number, not ${v}` };
		const range = part in RANGES ? RANGES[part as keyof typeof RANGES] : undefined;
		if (v !== undefined && range && (v < range[0] || v > range[1]))
			return { ok: false, error: `${part} must lie between ${range[0]} and ${range[1]}, not ${v}` };
	}
	const { year, month, day, hour, minute, second, millisecond } = p;
	if (year < YEAR_RANGE[0] || year > YEAR_RANGE[1])
		return {
			ok: false,
			error: `year ${year} is deep time: a timeline holds years ${YEAR_RANGE[0]} to ${YEAR_RANGE[1]} only`
		};
	if (Math.abs(year) > 9999) {
		if (month !== undefined)
			return { ok: false, error: `a year beyond ±9999 (${year}) can only be given alone` };
		return { ok: true, value: `Y${year}` };
	}
	let edtf = `${year < 0 ? '-' : ''}${pad(year, 4)}`;
	if (month === undefined) return { ok: true, value: edtf };
	edtf += `-${pad(month)}`;
	if (day === undefined) return { ok: true, value: edtf };
	if (day < 1 || utcDate(year, month, day).getUTCDate() !== day)
		return { ok: false, error: `day ${day} does not exist in ${edtf}` };
	edtf += `-${pad(day)}`;
	if (hour === undefined) return { ok: true, value: edtf };
	// EDTF times carry seconds; an hour alone is read as that hour's start, in UTC.
	edtf += `T${pad(hour)}:${pad(minute ?? 0)}:${pad(second ?? 0)}`;
	if (millisecond) edtf += `.${pad(millisecond, 3)}`;
	return { ok: true, value: edtf + 'Z' };
}

/** The parts of one EDTF date at its precision. Qualifiers (~ ? %) and X digits cannot be kept. */
export function edtfToParts(date: string): Parsed<DateParts> {
	const long = /^Y(-?\d+)$/.exec(date);
	if (long) return { ok: true, value: { year: Number(long[1]) } };
	const parsed = parseEdtf(date);
	if (!parsed.ok) return parsed;
	if (date.includes('/')) return { ok: false, error: `"${date}" is an interval, not one date` };
	const d = new Date(parsed.value.min);
	const { precision } = parsed.value;
	const parts: DateParts = { year: d.getUTCFullYear() };
	if (precision === 'year') return { ok: true, value: parts };
	parts.month = d.getUTCMonth() + 1;
	if (precision === 'month') return { ok: true, value: parts };
	parts.day = d.getUTCDate();
	if (precision === 'day') return { ok: true, value: parts };
	Object.assign(parts, {
		hour: d.getUTCHours(),
		minute: d.getUTCMinutes(),
		second: d.getUTCSeconds()
	});
	if (d.getUTCMilliseconds()) parts.millisecond = d.getUTCMilliseconds();
	return { ok: true, value: parts };
}

/** Start and end of an EDTF date or interval as parts; `end` only for intervals. */
export function edtfToRange(edtf: string): Parsed<{ start: DateParts; end?: DateParts }> {
	const bounds = edtf.split('/');
	const parts = bounds.map(edtfToParts);
	for (const p of parts) if (!p.ok) return p;
	const [start, end] = parts.map((p) => (p as { value: DateParts }).value);
	return { ok: true, value: end ? { start: start!, end } : { start: start! } };
}

/**
 * The EDTF interval from one EDTF date to another, or why there is none. An end equal to the
 * start (as spreadsheets often write it) is that one date; EDTF wants the end to begin later.
 */
export function joinInterval(start: string, end: string): Parsed<string> {
	if (start === end) {
		const one = parseEdtf(start);
		return one.ok ? { ok: true, value: start } : one;
	}
	const edtf = `${start}/${end}`;
	const parsed = parseEdtf(edtf);
	if (parsed.ok) return { ok: true, value: edtf };
	const [a, b] = [parseEdtf(start), parseEdtf(end)];
	if (!a.ok || !b.ok) return parsed;
	if (b.value.max < a.value.min)
		return { ok: false, error: `it ends (${end}) before it starts (${start})` };
	return { ok: false, error: `its end (${end}) must begin after its start (${start}) begins` };
}

/** EDTF for a start and an optional end given as parts, checked as a whole. */
export function rangeToEdtf(start: DateParts, end?: DateParts): Parsed<string> {
	const a = partsToEdtf(start);
	if (!a.ok || !end) return a;
	const b = partsToEdtf(end);
	// EDTF writes such years as Y-200000, and the EDTF reader takes them alone, never in a range.
	const far = [start.year, end.year].find((y) => Math.abs(y) > 9999);
	if (b.ok && far !== undefined)
		return { ok: false, error: `a range reaching year ${far} cannot be held: a year beyond ±9999 can only be given alone` };
	return b.ok ? joinInterval(a.value, b.value) : b;
}

const DATE_ONLY = /^([+-]?\d{4,6})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const DATE_TIME =
	/^(([+-]?\d{4,6})-(\d{2})-(\d{2}))[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?)(Z|[+-]\d{2}:?\d{2})?$/;

/** EDTF of a time given in milliseconds since the epoch. */
export function msToEdtf(ms: number): Parsed<string> {
	const d = new Date(ms);
	if (Number.isNaN(d.getTime()))
		return { ok: false, error: `${ms} ms lies outside the dates a timeline can show` };
	return partsToEdtf({
		year: d.getUTCFullYear(),
		month: d.getUTCMonth() + 1,
		day: d.getUTCDate(),
		hour: d.getUTCHours(),
		minute: d.getUTCMinutes(),
		second: d.getUTCSeconds(),
		millisecond: d.getUTCMilliseconds()
	});
}

/**
 * EDTF of a vis-timeline date: milliseconds, or an ISO 8601 string read at the precision it
 * is written in. A time without a zone is taken as UTC.
 */
export function isoToEdtf(value: unknown): Parsed<string> {
	if (typeof value === 'number') return msToEdtf(value);
	if (typeof value !== 'string')
		return { ok: false, error: `expected an ISO 8601 date or milliseconds, got ${typeof value}` };
	const text = value.trim();
	const date = DATE_ONLY.exec(text);
	if (date) {
		const [, y, m, d] = date;
		return partsToEdtf({
			year: Number(y),
			month: m ? Number(m) : undefined,
			day: d ? Number(d) : undefined
		});
	}
	const time = DATE_TIME.exec(text);
	if (!time) return { ok: false, error: `"${value}" is not an ISO 8601 date` };
	const [, day, year, month, dayOfMonth, clock, zone] = time;
	// Date.parse rolls 30 February over into March; the day is checked on its own first.
	const valid = partsToEdtf({ year: Number(year), month: Number(month), day: Number(dayOfMonth) });
	if (!valid.ok) return valid;
	const ms = Date.parse(`${day}T${clock}${zone ?? 'Z'}`);
	return Number.isNaN(ms)
		? { ok: false, error: `"${value}" is not an ISO 8601 date` }
		: msToEdtf(ms);
}
