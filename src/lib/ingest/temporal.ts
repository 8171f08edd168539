/**
 * Finds the temporal expressions of one sentence and says what each is counted from:
 * the calendar ("in August", "on 14 July 2016"), the day the article was published
 * ("yesterday", "last week"), or another event ("a day after he murdered…", "the next day").
 * chrono-node does the recognising; this module adds what it misses (bare years, "the
 * following week", "since <an event>") and the classification a reader makes.
 */
import * as chrono from 'chrono-node';
import { ParsingComponents, type ParsedResult } from 'chrono-node';
import { holiday } from './holidays';

/** The words of the sentence a mention counts from ("he murdered three people"), in UTF-16 units. */
export interface Clause {
	index: number;
	end: number;
	text: string;
}

interface Located {
	/** The words as written, trimmed of punctuation. */
	text: string;
	/** UTF-16 offsets into the sentence. */
	index: number;
	end: number;
}

export type Mention = Located &
	(
		| { kind: 'calendar' | 'deictic'; result: ParsedResult; since: boolean }
		| { kind: 'anaphoric'; result: ParsedResult; anchor?: Clause }
		/** "since Adnanis death": an interval from an event up to publication. */
		| { kind: 'since-event'; anchor: Clause }
		/** A present progressive or perfect with no date: "are probing", "has conducted". */
		| { kind: 'ongoing' | 'perfect' }
	);

const PREPOSITION = String.raw`in|since|from|until|till|to|by|of|during|back to|early|mid-?|late|before|after|around|and|between|throughout`;

/** What a year before a noun names ("the 1994 elections"), so that "the 1500 soldiers" stays a number. */
const EVENT_NOUN = /^(?:[A-Z]|(?:elections?|attacks?|bombings?|war|agreement|accord|law|act|ceasefire|coup|revolution|massacre|crisis|games|campaign|riots?|uprising|referendum|treaty|invasion|raids?)\b)/;

const YEAR = String.raw`((?:1[5-9]|20)\d{2})(s?)\b`;

/**
 * Bare years ("in 2014", "dating back to 1983", "the 1990s", "from 2014 to 2016"), which
 * chrono misses. A preposition is required, or "killed 2016 people" would be a date; it
 * is kept in the match because chrono drops a result that is a bare number.
 */
const BARE_YEAR = new RegExp(
	String.raw`(?:\b(?:${PREPOSITION})\s+(?:the\s+)?|\b(?:pre|post|mid)-|\bthe\s+(?=\d{4}\s))${YEAR}(?:\s*(?:to|until|and|-|–)\s*${YEAR})?(?![-/.:,]?\d)`,
	'i'
);
// chrono asks each parser for its pattern on every sentence: the patterns are built once, here.
const bareYear: chrono.Parser = {
	pattern: () => BARE_YEAR,
	extract: (context, match) => {
		const [, from, decade, to] = match;
		const after = context.text.slice(match.index! + match[0].length).trimStart();
		if (/^the\s/i.test(match[0]) && !EVENT_NOUN.test(after)) return null;
		const start = context.createParsingComponents({ year: Number(from) });
		start.addTag(decade && from!.endsWith('0') ? 'ingest/decade' : 'ingest/year');
		const end = to ? context.createParsingComponents({ year: Number(to) }).addTag('ingest/year') : undefined;
		return context.createParsingResult(match.index!, match[0], start, end);
	}
};

type Duration = NonNullable<Parameters<typeof ParsingComponents.createRelativeFromReference>[1]>;
type Unit = 'day' | 'week' | 'month' | 'year';
const STEP: Record<string, number> = { following: 1, previous: -1, same: 0, that: 0 };

/** Anaphoric phrases chrono leaves out; each is an offset from the event in focus. */
const followingUnit: chrono.Parser = {
	pattern: () =>
		/\b(?:the\s+)?(following|previous|same)\s+(day|week|month|year)\b|\b(?:later|earlier)\s+(that)\s+(day|week|month|year)\b|\b(?:a\s+)?fortnight\s+(later|earlier)\b|\bhours\s+(?:later|earlier)\b/i,
	extract: (context, match) => {
		const [, relation, unitWord, that, laterUnit, fortnight] = match;
		const unit = (unitWord ?? laterUnit ?? 'day').toLowerCase() as Unit;
		const duration: Duration = fortnight
			? { day: fortnight.toLowerCase() === 'later' ? 14 : -14 }
			: { [unit]: STEP[(relation ?? that ?? 'same').toLowerCase()]! };
		const components = ParsingComponents.createRelativeFromReference(context.reference, duration);
		// An offset is certain to the unit it names, and no finer.
		const certain = unit === 'year' ? ['year'] : unit === 'month' ? ['year', 'month'] : ['year', 'month', 'day'];
		for (const c of certain as ('year' | 'month' | 'day')[]) components.assign(c, components.get(c)!);
		return components.addTag('ingest/anaphoric').addTag(`ingest/unit/${unit}`);
	}
};

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/**
 * "last May", "next March", "October this year", "April next year", which chrono misses or
 * splits: a month before, after or in the year of publication.
 */
const MONTH_NAME = MONTHS.join('|');
const DEICTIC_MONTH = new RegExp(String.raw`\b(?:(last|next|this)\s+(${MONTH_NAME})|(?:(?:early|mid-?|late)\s+)?(${MONTH_NAME})\s+(last|next|this)\s+year)\b`, 'i');
const deicticMonth: chrono.Parser = {
	pattern: () => DEICTIC_MONTH,
	extract: (context, match) => {
		const [, which, name, name2, yearStep] = match;
		const word = (name ?? name2)!;
		if (word[0] !== word[0]!.toUpperCase()) return null;
		const month = MONTHS.indexOf(word.toLowerCase()) + 1;
		const ref = context.reference.instant;
		const [y, m] = [ref.getUTCFullYear(), ref.getUTCMonth() + 1];
		const step = (which ?? yearStep)!.toLowerCase();
		const year = yearStep
			? y + (step === 'last' ? -1 : step === 'next' ? 1 : 0)
			: step === 'last' ? (month < m ? y : y - 1) : step === 'next' ? (month > m ? y : y + 1) : y;
		return context.createParsingComponents({ year, month }).addTag('ingest/deictic-month');
	}
};

function buildParser(): chrono.Chrono {
	const parser = chrono.en.GB.clone();
	// Times of day are never drawn, and "morning of 22 March" loses its date to them; a
	// duration ("for several days") is not a date.
	const unwanted = ['ENCasualTimeParser', 'ENTimeUnitWithinFormatParser'];
	// British order reads "Oct. 23" as October 2023; news in both orders writes a year in
	// full, so the American month-day reading is the one kept.
	const swapped = new Set(['ENMonthNameMiddleEndianParser', 'ENMonthNameParser']);
	parser.parsers = parser.parsers
		.filter((p) => !unwanted.includes(p.constructor.name))
		.map((p) => (swapped.has(p.constructor.name) ? chrono.casual.parsers.find((c) => c.constructor.name === p.constructor.name)! : p));
	parser.parsers.push(bareYear, followingUnit, deicticMonth, holiday);
	return parser;
}

export const parser = buildParser();

const ANAPHORIC = /\b(?:after|later|earlier|before|following|previous|same|that)\b|^(?:the\s+)?next\s+(?:day|morning|evening)\b/i;
const COUNTS_FROM_CLAUSE = /\b(?:after|before)$/i;
const SINCE = /\bsince\b(?:\s+[\w'’-]+){0,4}\s*$/i;
const CLAUSE_END = /[,;:](?=\s)|[.!?](?=\s|$)|\s[□–—]\s/;

/** The words from `from` to the end of their clause. */
export function clauseAt(sentence: string, from: number): Clause | undefined {
	const rest = sentence.slice(from);
	const lead = rest.length - rest.trimStart().length;
	const stop = CLAUSE_END.exec(rest.slice(lead));
	const text = rest.slice(lead, stop ? lead + stop.index : undefined).trim();
	return text ? { index: from + lead, end: from + lead + text.length, text } : undefined;
}

function located(index: number, raw: string): Located {
	const text = raw.replace(/[\s,;:.]+$/, '');
	return { text, index, end: index + text.length };
}

/** chrono parses against a reference instant; in UTC so that no local zone shifts a day. */
export const reference = (instant: Date) => ({ instant, timezone: 0 });

const EVENT_VERB = /\b(?:is|are)\s+(?:still\s+|now\s+)?([a-z]+ing)\b|(?<!\b(?:could|would|should|might|may|must|will|to)\s+)\b(?:has|have)\s+(?:been\s+)?(?:[a-z]+ly\s+)?([a-z]+(?:ed|en|un|ght))\b/i;

const NAME =
	/\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?)\b/;

/**
 * Words chrono takes for a date that a reader does not: a clock time alone ("at 10:30 pm",
 * "at 2.46 billion", "from 4 pence"), a month or weekday name in lower case (news
 * capitalises them; "may", "march" and "sat" are verbs), "now" and "today's" (the present,
 * not a day on which something happened), "a weekend of".
 */
function isDate(result: ParsedResult, sentence: string): boolean {
	const c = result.start;
	const tags = result.tags();
	if (tags.has('parser/ENTimeExpressionParser') && !(['day', 'weekday', 'month', 'year'] as const).some((u) => c.isCertain(u)))
		return false;
	if (NAME.test(result.text)) return false;
	if (tags.has('casualReference/now')) return false;
	const after = sentence.slice(result.index + result.text.length);
	if (/^today$/i.test(result.text) && /^['’]s\b/.test(after)) return false;
	if (/^weekend$/i.test(result.text) && /\ba\s+$/i.test(sentence.slice(0, result.index))) return false;
	return true;
}

export function findMentions(sentence: string, published: Date): Mention[] {
	const mentions: Mention[] = [];
	for (const result of parser.parse(sentence, reference(published)).filter((r) => isDate(r, sentence))) {
		const at = located(result.index, result.text);
		const tags = result.tags();
		const relative = tags.has('result/relativeDate') || tags.has('ingest/anaphoric');
		if (relative && ANAPHORIC.test(result.text)) {
			const anchor = COUNTS_FROM_CLAUSE.test(at.text) ? clauseAt(sentence, at.end) : undefined;
			mentions.push({ ...at, kind: 'anaphoric', result, anchor });
		} else {
			const since = SINCE.test(sentence.slice(0, result.index + (/^since\b/i.test(at.text) ? 5 : 0)));
			const kind = relative || tags.has('parser/ENCasualDateParser') || tags.has('ingest/deictic-month') ? 'deictic' : 'calendar';
			mentions.push({ ...at, kind, result, since });
		}
	}
	// "since <an event>" with no date of its own counts from that event.
	for (const m of sentence.matchAll(/\bsince\s+(?!\d)/gi)) {
		const anchor = clauseAt(sentence, m.index + m[0].length);
		if (!anchor || mentions.some((x) => x.index >= m.index && x.index <= anchor.end)) continue;
		mentions.push({ ...located(m.index, m[0] + anchor.text), kind: 'since-event', anchor });
	}
	if (mentions.length === 0) {
		const verb = EVENT_VERB.exec(sentence);
		// "are fighting to keep the boy": an effort towards an end, not an event.
		if (verb && !/^\s+to\s+[a-z]/i.test(sentence.slice(verb.index + verb[0].length))) mentions.push({ ...located(verb.index, verb[0]), kind: verb[1] ? 'ongoing' : 'perfect' });
	}
	return mentions.sort((a, b) => a.index - b.index);
}
