/**
 * fast-check generators for property tests: any valid event the model can hold, EDTF dates
 * of every precision the formats carry, and texts a hostile file might hold.
 */
import { defined } from './cells';
import fc from 'fast-check';
import {
	DATE_BASES,
	EVENT_KINDS,
	LINK_GRADES,
	MODALITIES,
	RELATION_KINDS,
	type ImportedEvent,
	type Relation,
	type Source
} from '$lib/model/schema';
import { parseEdtf } from '$lib/time/interval';
import { partsToEdtf } from './dates';

export const HOSTILE = [
	'<img src=x onerror=alert(1)>',
	'<script>alert(1)</script>',
	'=HYPERLINK("http://evil.example","x")',
	'+cmd|" /C calc"!A0',
	'-1+1',
	'@SUM(A1:A2)',
	"'=x",
	'"quoted", with comma',
	'line\r\nbreak',
	'lone\rreturn',
	'tab\tinside',
	'\u2028\u2029',
	'😀 astral',
	'\u0000nul',
	'__proto__',
	'constructor',
	' '
];

export const text = fc.oneof(
	fc.string({ minLength: 1, unit: 'binary' }),
	fc.constantFrom(...HOSTILE)
);
export const id = fc.stringMatching(/^[a-z0-9]{1,8}(?:[-_][a-z0-9]{1,8}){0,3}$/);

/** One EDTF date at year, month, day or time precision, within the ±9999 years every format carries. */
const date = fc
	.record({
		year: fc.integer({ min: -9999, max: 9999 }),
		month: fc.integer({ min: 1, max: 12 }),
		day: fc.integer({ min: 1, max: 31 }),
		hour: fc.integer({ min: 0, max: 23 }),
		minute: fc.integer({ min: 0, max: 59 }),
		second: fc.integer({ min: 0, max: 59 }),
		millisecond: fc.integer({ min: 0, max: 999 }),
		precision: fc.integer({ min: 1, max: 7 })
	})
	.map(({ precision, ...p }) => {
		const keys = ['year', 'month', 'day', 'hour', 'minute', 'second', 'millisecond'] as const;
		const parts = Object.fromEntries(keys.slice(0, precision).map((k) => [k, p[k]]));
		return partsToEdtf(parts as { year: number });
	})
	.filter((r) => r.ok)
	.map((r) => (r as { value: string }).value);

/** Approximate or uncertain, or with unspecified days, as the curated data writes them. */
const qualified = fc
	.tuple(date, fc.constantFrom('', '~', '?', '%', '-XX'))
	.filter(([d, q]) => !q || (!d.includes('T') && (q !== '-XX' || /^\d{4}-\d{2}$/.test(d))))
	.map(([d, q]) => d + q);

export const edtf = fc
	.oneof(
		qualified,
		fc.tuple(date, date).map(([a, b]) => `${a}/${b}`)
	)
	.filter((e) => parseEdtf(e).ok);

const source: fc.Arbitrary<Source> = fc
	.record({
		article: id,
		exact: text,
		prefix: fc.option(text, { nil: undefined }),
		suffix: fc.option(text, { nil: undefined }),
		start: fc.nat({ max: 100000 }),
		length: fc.integer({ min: 1, max: 5000 }),
		score: fc.option(
			fc.integer({ min: 0, max: 1000 }).map((n) => n / 1000),
			{ nil: undefined }
		)
	})
	.map(({ article, exact, prefix, suffix, start, length, score }) => ({
		article,
		quote: {
			type: 'TextQuoteSelector' as const,
			exact,
			...(prefix ? { prefix } : {}),
			...(suffix ? { suffix } : {})
		},
		position: { type: 'TextPositionSelector' as const, start, end: start + length },
		...(score === undefined ? {} : { score })
	}));

/** JSON values as a file holds them: -0 is written as 0. */
const json = fc.jsonValue({ maxDepth: 2 }).map((v) => JSON.parse(JSON.stringify(v)) as unknown);
const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const extraKey = fc.oneof(
	fc.string({ minLength: 1 }),
	fc.constantFrom('end', 'start', 'text.text', 'start_date.month', 'event_timeline', 'group', 'id')
);

/** Any event the model can hold, with every optional field present or not. */
export const event: fc.Arbitrary<ImportedEvent> = fc
	.record({
		id,
		title: text,
		kind: fc.constantFrom(...EVENT_KINDS),
		edtf,
		basis: fc.constantFrom(...DATE_BASES),
		written: optional(text),
		relativeTo: optional(id),
		citation: optional(
			fc.record({ url: fc.webUrl({ validSchemes: ['https', 'http'] }), title: optional(text) })
		),
		planned: optional(fc.constant(true as const)),
		summary: optional(text),
		actors: fc.array(id, { maxLength: 3 }),
		places: fc.array(id, { maxLength: 3 }),
		casualties: optional(
			fc
				.record({ killed: optional(fc.nat()), injured: optional(fc.nat()) })
				.filter((c) => c.killed !== undefined || c.injured !== undefined)
		),
		claim: optional(fc.record({ channel: optional(text), wording: optional(text) })),
		assessments: fc.array(
			fc.record({
				group: id,
				attacker: optional(id),
				grade: fc.constantFrom(...LINK_GRADES),
				modality: optional(fc.constantFrom(...MODALITIES)),
				by: optional(text),
				sources: fc.array(source, { minLength: 1, maxLength: 2 })
			}),
			{ maxLength: 2 }
		),
		sources: fc.array(source, { maxLength: 3 }),
		extra: optional(
			fc.dictionary(
				extraKey.filter((k) => k !== '__proto__'),
				json,
				{ minKeys: 1, maxKeys: 3 }
			)
		)
	})
	.map(({ edtf, basis, written, relativeTo, citation, casualties, claim, assessments, ...rest }) =>
		defined({
			...rest,
			date: defined({
				edtf,
				basis,
				written,
				relativeTo,
				citation:
					basis === 'external'
						? defined(citation ?? { url: 'https://example.org/' })
						: citation && defined(citation)
			}),
			casualties: casualties && defined(casualties),
			claim: claim && defined(claim),
			assessments: assessments.map(defined)
		})
	);

/** Events with distinct ids, as one file holds them. */
export const events = fc.uniqueArray(event, { selector: (e) => e.id, maxLength: 6 });

export const relation = (ids: string[]): fc.Arbitrary<Relation> =>
	fc
		.record({
			from: fc.constantFrom(...ids),
			to: fc.constantFrom(...ids),
			kind: fc.constantFrom(...RELATION_KINDS),
			sources: fc.array(source, { maxLength: 1 }),
			note: optional(text)
		})
		.map(defined);
