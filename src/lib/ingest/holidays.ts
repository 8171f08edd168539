/**
 * Named days ("on Thanksgiving Day", "last Christmas", "at Easter"): date-holidays knows on
 * which day each falls in any year. Only the holidays of the United States, the United
 * Kingdom and France are read (the press and the places this corpus starts from), and a name
 * they date differently ("Labour Day", "Mother's Day") is left alone rather than guessed.
 */
import Holidays from 'date-holidays';
import type * as chrono from 'chrono-node';
import type { ParsedComponents } from 'chrono-node';

const CALENDARS = ['US', 'GB', 'FR'].map((country) => new Holidays(country, { types: ['public', 'bank', 'observance', 'optional'] }));

/** A holiday's day in one year: "YYYY-MM-DD" in each calendar that keeps it, substitutes left out. */
function daysIn(year: number): Map<string, Set<string>> {
	const days = new Map<string, Set<string>>();
	for (const calendar of CALENDARS)
		for (const h of calendar.getHolidays(year, 'en'))
			if (!h.substitute && !/^Day after\b/.test(h.name)) days.set(h.name, (days.get(h.name) ?? new Set()).add(h.date.slice(0, 10)));
	return days;
}

const byYear = new Map<number, Map<string, Set<string>>>();

/** The day a holiday falls on in `year` (ISO), if the calendars that keep it agree on one. */
export function holidayIn(name: string, year: number): string | undefined {
	const days = byYear.get(year) ?? byYear.set(year, daysIn(year)).get(year)!;
	const found = days.get(name);
	return found?.size === 1 ? [...found][0] : undefined;
}

/** What the press also calls a holiday, by the word alone. */
const SHORT: Record<string, string> = { Christmas: 'Christmas Day', Easter: 'Easter Sunday', Thanksgiving: 'Thanksgiving Day' };

// A leap year and the years around it: every holiday, each under the name the calendars give it.
const NAMES = [...new Set([2015, 2016, 2017].flatMap((y) => [...daysIn(y).keys()]))];

const pattern = (names: string[]) =>
	[...names]
		.sort((a, b) => b.length - a.length)
		.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/'/g, "['’]"))
		.join('|');

/** Words that may follow a holiday's short name when it names the day: "over Christmas, he…", "at Easter when…". */
const NEXT_WORD = String.raw`(?:after|before|when|while|and|or|in|on|at|to|the|a|an|he|she|they|we|it|this|last|that|with|as|for|of|his|her|their|its)`;
const PREPOSITION = String.raw`(?:[Oo]n|[Bb]etween|[Aa]t|[Oo]ver|[Ss]ince|[Uu]ntil|[Tt]ill|[Bb]efore|[Aa]fter|[Bb]y|[Dd]uring|[Ff]or|[Aa]round|[Ff]rom|of|to|[Ii]n|[Tt]hrough|[Tt]hroughout|and)`;

/**
 * A holiday named as a date: after "last", "next" or "this"; by a name of two words or more
 * not after "the" or "a" ("found Thanksgiving Day", not "the Christmas Day massacre"); or
 * after a preposition ("on", "since", "over"), so that "the Christmas market" or "Easter
 * Island" is no date. There a short name stands alone only before punctuation or a small
 * word, as in "over Christmas, …", so that "at Christmas markets" is no date either.
 */
const FULL = pattern(NAMES);
const BRIEF = pattern([...NAMES.filter((n) => !n.includes(' ')), ...Object.keys(SHORT)]);
const HOLIDAY = new RegExp(
	String.raw`\b(?:([Ll]ast|[Nn]ext|[Tt]his)\s+(?:(${FULL})|(${BRIEF}))|(?<!\b(?:[Tt]he|[Aa]n?)\s+)(${pattern(NAMES.filter((n) => n.includes(' ')))})|${PREPOSITION}\s+(${BRIEF})(?=\s*(?:[,;:.!?)]|$)|\s+${NEXT_WORD}\b))\b`
);

const TAG = 'ingest/holiday/';

/**
 * chrono's reading of a holiday: its day in the year of publication, the year left open for
 * the reader's choice (`holidayOf` and `holidayIn` give the other years). The words are the
 * holiday's, with "last" or "next" but without the preposition.
 */
export const holiday: chrono.Parser = {
	pattern: () => HOLIDAY,
	extract: (context, match) => {
		const [all, deictic, full = match[4], short = match[5]] = match;
		// The calendars write a straight apostrophe; the press often a curly one.
		const name = full?.replace(/’/g, "'") ?? SHORT[short!] ?? short!;
		const day = holidayIn(name, context.reference.instant.getUTCFullYear());
		if (!day) return null;
		const [, month, date] = day.split('-').map(Number);
		const text = deictic ? all : (full ?? short)!;
		const components = context.createParsingComponents({ month, day: date }).addTag(`${TAG}${name}`);
		return context.createParsingResult(match.index! + all.length - text.length, text, components);
	}
};

/** The holiday a date names, as `holiday` read it. */
export const holidayOf = (c: ParsedComponents): string | undefined =>
	[...c.tags()].find((t) => t.startsWith(TAG))?.slice(TAG.length);
