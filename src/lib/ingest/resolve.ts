/**
 * Turns a temporal mention into an EDTF date the way a reader of the article would: a bare
 * month or weekday in past narration is the latest one not after publication, a relative
 * phrase counts from the event it refers to, "since" runs up to publication. The date
 * keeps the precision the text gives: a month is never made a day.
 */
import { UTCDate } from '@date-fns/utc';
import {
	addDays,
	addYears,
	endOfDay,
	endOfMonth,
	endOfWeek,
	endOfYear,
	format,
	nextDay,
	previousDay,
	startOfDay,
	startOfMonth,
	startOfWeek,
	startOfYear,
	subDays,
	type Day
} from 'date-fns';
import type { ParsedComponents, ParsedResult } from 'chrono-node';
import type { DateInterval } from '$lib/time/interval';
import { holidayIn, holidayOf } from './holidays';
import { parser, reference } from './temporal';

export type Unit = 'decade' | 'year' | 'month' | 'week' | 'day';

/** One calendar unit (a day, a month, a decade) as written in EDTF, with its first and last instant. */
export interface Bound {
	start: Date;
	end: Date;
	edtf: string;
}

/** A date from one bound to another; the same bound twice for a single day, month or year. */
export interface Span {
	from: Bound;
	to: Bound;
}

export const edtfOf = (s: Span) => (s.from.edtf === s.to.edtf ? s.from.edtf : `${s.from.edtf}/${s.to.edtf}`);

const utc = (y: number, m = 1, d = 1) => new UTCDate(y, m - 1, d);

export function bound(date: Date, unit: Unit): Bound {
	const d = new UTCDate(date);
	switch (unit) {
		case 'decade': {
			const y = d.getFullYear() - (d.getFullYear() % 10);
			return { start: utc(y), end: endOfYear(utc(y + 9)), edtf: `${String(y).slice(0, 3)}X` };
		}
		case 'year':
			return { start: startOfYear(d), end: endOfYear(d), edtf: format(d, 'yyyy') };
		case 'month':
			return { start: startOfMonth(d), end: endOfMonth(d), edtf: format(d, 'yyyy-MM') };
		case 'week':
		case 'day':
			return { start: startOfDay(d), end: endOfDay(d), edtf: format(d, 'yyyy-MM-dd') };
	}
}

export const single = (b: Bound): Span => ({ from: b, to: b });

/** The day of publication, the latest day a past event can have. */
export const publicationDay = (published: string) => bound(new UTCDate(`${published}T00:00:00Z`), 'day');

/** A week is not an EDTF unit: it becomes the interval from its Monday to its Sunday. */
function weekSpan(date: Date): Span {
	const opts = { weekStartsOn: 1 } as const;
	return { from: bound(startOfWeek(date, opts), 'day'), to: bound(endOfWeek(date, opts), 'day') };
}

function unitOf(c: ParsedComponents, text: string): Unit {
	const tags = c.tags();
	if (tags.has('ingest/decade')) return 'decade';
	if (tags.has('ingest/unit/week') || /\b(?:last|next|this|that)\s+week\b/i.test(text)) return 'week';
	if (c.isCertain('day') || c.isCertain('weekday')) return 'day';
	if (c.isCertain('month')) return 'month';
	return 'year';
}

const spanOf = (date: Date, unit: Unit): Span => (unit === 'week' ? weekSpan(date) : single(bound(date, unit)));

export interface Resolved {
	span: Span;
	/** explicit: the text names the year; resolved: the reader supplies part of the date. */
	basis: 'explicit' | 'resolved';
}

/**
 * Which occurrence of a date without its year (or week) a clause means: in past narration
 * the latest not after publication, in future narration the next not before it, in the
 * present tense ("must be returned by Jan. 14", "talks begin Friday") the nearest.
 */
export type Direction = 'past' | 'future' | 'nearest';

const DAY = 86_400_000;

/**
 * The candidate nearest to publication, a day ahead weighing as three behind: news mostly
 * reports what has happened, so "Jan. 14" a week ahead is next week, "August" five months
 * ahead is last August.
 */
function nearest(candidates: Date[], unit: Unit, pub: Date): Date {
	const distance = (d: Date) => {
		const b = bound(d, unit);
		return b.end < pub ? pub.getTime() - b.end.getTime() : b.start > pub ? 3 * (b.start.getTime() - pub.getTime() - DAY) : 0;
	};
	return candidates.reduce((best, d) => (distance(d) < distance(best) ? d : best));
}

/**
 * Which year's holiday the text means, as for a weekday: "last Christmas" is the one before
 * publication, "next Easter" the one after, otherwise the narration's direction decides.
 * A movable feast (Easter, Thanksgiving) falls on another day each year, so each year's is asked.
 */
function holidayNear(name: string, text: string, pub: Date, direction: Direction): Date {
	const year = pub.getUTCFullYear();
	const days = [year - 1, year, year + 1].flatMap((y) => holidayIn(name, y) ?? []).map((d) => new UTCDate(`${d}T00:00:00Z`));
	const strict = skipsPublication(text);
	const before = days.findLast((d) => (strict ? d < pub : d <= pub));
	const after = days.find((d) => (strict ? d > pub : d >= pub));
	if (!before || !after) return (before ?? after)!;
	return choose(before, after, text, direction, 'day', pub);
}

/**
 * Of the occurrences before and after publication, the one the text means: "last …" the one
 * before, "next …" the one after, else the narration's direction; the present tense the nearest.
 */
function choose(before: Date, after: Date, text: string, direction: Direction, unit: Unit, pub: Date): Date {
	if (/^last\b/i.test(text) || direction === 'past') return before;
	if (/^next\b/i.test(text) || direction === 'future') return after;
	return nearest([before, after], unit, pub);
}

/** "last Wednesday" and "next Christmas" skip the day of publication itself. */
const skipsPublication = (text: string) => /^(?:last|next)\b/i.test(text);

/** A calendar date, with the year (or the week) the text leaves out taken as a reader would. */
function calendar(c: ParsedComponents, text: string, published: string, direction: Direction): Resolved {
	const unit = unitOf(c, text);
	const pub = publicationDay(published).start;
	if (c.isCertain('year'))
		return { span: spanOf(utc(c.get('year')!, c.get('month') ?? 1, c.get('day') ?? 1), unit), basis: 'explicit' };
	const holiday = holidayOf(c);
	if (holiday) return { span: single(bound(holidayNear(holiday, text, pub, direction), 'day')), basis: 'resolved' };
	if (!c.isCertain('month')) {
		const weekday = c.get('weekday')! as Day;
		// "Wednesday" in a paper of Wednesday is that day; "last Wednesday" is the week before.
		const strict = skipsPublication(text);
		const before = previousDay(strict ? pub : addDays(pub, 1), weekday);
		const after = nextDay(strict ? pub : subDays(pub, 1), weekday);
		return { span: single(bound(choose(before, after, text, direction, 'day', pub), 'day')), basis: 'resolved' };
	}
	const date = utc(pub.getUTCFullYear(), c.get('month')!, c.get('day') ?? 1);
	const [before, after] = [bound(date, unit).start > pub ? addYears(date, -1) : date, bound(date, unit).end < pub ? addYears(date, 1) : date];
	return { span: spanOf(choose(before, after, text, direction, unit, pub), unit), basis: 'resolved' };
}

/** A mention counted from the calendar or from publication ("yesterday", "last month"). */
export function resolveAbsolute(result: ParsedResult, published: string, direction: Direction): Resolved {
	const start = calendar(result.start, result.text, published, direction);
	if (!result.end) return start;
	// "from 13 November to 2 December 2015": the start takes its year from the end.
	const end = calendar(result.end, result.text, published, direction);
	let from = start.span.from;
	if (!result.start.isCertain('year') && result.end.isCertain('year')) {
		const unit = unitOf(result.start, '');
		let date = utc(new UTCDate(end.span.to.start).getFullYear(), result.start.get('month') ?? 1, result.start.get('day') ?? 1);
		if (bound(date, unit).start > end.span.to.start) date = addYears(date, -1);
		from = bound(date, unit);
	}
	return { span: { from, to: end.span.to }, basis: start.basis === 'explicit' && end.basis === 'explicit' ? 'explicit' : 'resolved' };
}

/** The span of an existing event's date, so that a relative phrase can count from it. */
export function spanOfInterval(d: Pick<DateInterval, 'min' | 'max' | 'precision'>): Span {
	const unit: Unit = d.precision === 'time' ? 'day' : d.precision;
	return { from: bound(new UTCDate(d.min), unit), to: bound(new UTCDate(d.max), unit) };
}

/**
 * "a day after X", "two days later", "the following week" counted from the span of X:
 * chrono does the counting, once from each end of X, so an X known only to the month
 * gives an interval rather than an invented day.
 */
export function resolveRelative(text: string, anchor: Span): Span | undefined {
	const from = parser.parse(text, reference(anchor.from.start))[0];
	if (!from) return undefined;
	const unit = unitOf(from.start, text);
	// Months are counted from a month's first day, or 31 January + 1 month overflows into March.
	const last = unit === 'month' || unit === 'year' ? startOfMonth(anchor.to.end) : anchor.to.end;
	const to = parser.parse(text, reference(last))[0];
	if (!to) return undefined;
	const date = (r: ParsedResult) => utc(r.start.get('year')!, r.start.get('month')!, r.start.get('day')!);
	const a = spanOf(date(from), unit);
	const b = spanOf(date(to), unit);
	return { from: a.from, to: b.to };
}

/** From a date up to the day of publication: "since its formation in 2014". */
export const untilPublication = (from: Bound, published: string): Span => ({
	from,
	to: publicationDay(published)
});
