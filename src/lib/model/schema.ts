/**
 * The event data model: the one source of truth. Every data file, imported file, URL
 * parameter and message is checked against these schemas; the types below are inferred
 * from them, never written by hand.
 */
import { z } from 'zod';

// Zod compiles validators with `new Function` unless told not to; the site's Content Security
// Policy forbids eval, so validation runs interpreted.
z.config({ jitless: true });

/** Lower-case words joined by hyphens or underscores: stable in URLs and JSON files. */
export const Id = z
	.string()
	.regex(/^[a-z0-9]+(?:[-_][a-z0-9]+)*$/, 'an id of lower-case letters, digits, - or _');

export const EVENT_KINDS = [
	'attack',
	'claim',
	'propaganda-release',
	'call-to-action',
	'death',
	'military-operation',
	'meeting',
	'investigation',
	'conviction',
	'statement',
	'other'
] as const;
export const EventKind = z.enum(EVENT_KINDS);

export const ENTITY_TYPES = ['person', 'organisation', 'place', 'publication'] as const;
export const Entity = z.strictObject({
	id: Id,
	type: z.enum(ENTITY_TYPES),
	name: z.string().min(1),
	/** Other names the texts use for it (Isis, Islamic State, Daesh). */
	aliases: z.array(z.string().min(1)).default([])
});

/** W3C Web Annotation TextQuoteSelector: the quoted words and the context that tells repeats apart. */
export const TextQuoteSelector = z.strictObject({
	type: z.literal('TextQuoteSelector'),
	exact: z.string().min(1),
	prefix: z.string().optional(),
	suffix: z.string().optional()
});

/** W3C Web Annotation TextPositionSelector: offsets in code points into the raw article text. */
export const TextPositionSelector = z
	.strictObject({
		type: z.literal('TextPositionSelector'),
		start: z.int().nonnegative(),
		end: z.int().positive()
	})
	.refine((p) => p.end > p.start, { message: 'end must lie after start', path: ['end'] });

export const Source = z.strictObject({
	article: Id,
	quote: TextQuoteSelector,
	position: TextPositionSelector,
	/** How well the quote matched when it was last re-anchored in a changed text (1 = exact). */
	score: z.number().min(0).max(1).optional()
});

export const Citation = z.strictObject({
	url: z.url({ protocol: /^https?$/ }),
	title: z.string().optional()
});

export const DATE_BASES = ['explicit', 'resolved', 'external'] as const;
export const EventDate = z
	.strictObject({
		/** Extended Date/Time Format (ISO 8601-2): 2016-05, 2014/2017-03, 2016-10~. */
		edtf: z.string().min(1),
		/**
		 * explicit: the text gives the date; resolved: the text dates it relative to the
		 * article's publication or to another event; external: an outside source dates it.
		 */
		basis: z.enum(DATE_BASES),
		/** The article's own words for the date ("in August", "a day after he murdered"). */
		written: z.string().optional(),
		/** The event a relative date was counted from ("a day after" the attack). */
		relativeTo: Id.optional(),
		citation: Citation.optional()
	})
	.refine((d) => d.basis !== 'external' || d.citation, {
		message: 'an external date needs a citation of its source',
		path: ['citation']
	});

export const Casualties = z.strictObject({
	killed: z.int().nonnegative().optional(),
	injured: z.int().nonnegative().optional()
});

/** How the claim of responsibility was made: itself an event, kept apart from the assessed link. */
export const Claim = z.strictObject({
	channel: z.string().optional(),
	wording: z.string().optional()
});

/**
 * The assessed link between a group and an attacker (Hegghammer & Nesser 2015): a judgement
 * with its own evidence, never inferred from the group's claim.
 */
export const LINK_GRADES = ['directed', 'enabled', 'inspired', 'unknown'] as const;

/**
 * How firmly the passage asserts what it says: `asserted` states it; `probable` hedges it as
 * likely ("suggested", "appeared to"); `possible` offers it as one possibility ("could have",
 * "may"). Absent means asserted.
 */
export const MODALITIES = ['asserted', 'probable', 'possible'] as const;
export const Modality = z.enum(MODALITIES);

export const Assessment = z.strictObject({
	group: Id,
	attacker: Id.optional(),
	grade: z.enum(LINK_GRADES),
	/** The passage's hedge, kept so that "could have been in contact" is not shown as a fact. */
	modality: Modality.optional(),
	/** Who makes the judgement (an analyst, "experts"). */
	by: z.string().optional(),
	sources: z.array(Source).min(1)
});

export const Event = z.strictObject({
	id: Id,
	title: z.string().min(1),
	kind: EventKind,
	date: EventDate,
	/** The source tells it as planned or expected ("will meet next week"), not as having happened. */
	planned: z.literal(true).optional(),
	summary: z.string().optional(),
	actors: z.array(Id).default([]),
	places: z.array(Id).default([]),
	casualties: Casualties.optional(),
	claim: Claim.optional(),
	assessments: z.array(Assessment).default([]),
	sources: z.array(Source).min(1),
	/** Fields of an imported record that the model cannot hold, kept under their names in that format. */
	extra: z.record(z.string(), z.unknown()).optional()
});

/**
 * An event read from another tool's file (TimelineJS, vis-timeline, a spreadsheet): the
 * same fields, but it may have no source passage yet. It can be shown and exported; it
 * joins the curated data only once a passage anchors it.
 */
export const ImportedEvent = Event.extend({ sources: z.array(Source) });

export const RELATION_KINDS = [
	'responds-to',
	'claims',
	'cites',
	'instructs',
	'part-of',
	'linked-to'
] as const;
export const Relation = z.strictObject({
	from: Id,
	to: Id,
	kind: z.enum(RELATION_KINDS),
	/** The passages where an article asserts the relation, if any does. */
	sources: z.array(Source).default([]),
	note: z.string().optional()
});

/** One file of curated data: the events of one article (or topic) and the relations between them. */
export const EventFile = z.strictObject({
	events: z.array(Event),
	relations: z.array(Relation).default([])
});

export const EntityFile = z.strictObject({ entities: z.array(Entity) });

export const Article = z.strictObject({
	id: Id,
	headline: z.string(),
	publisher: z.string(),
	/** ISO day the article was published, from its source line. */
	published: z.iso.date(),
	/** ISO day the article was filed in the corpus, from its date line. */
	filed: z.iso.date(),
	/** Whatever follows "Kaynak/Source:", if anything. */
	sourceNote: z.string().optional(),
	/** Paragraphs as code-point offsets into the raw text. */
	paragraphs: z.array(z.strictObject({ start: z.int().nonnegative(), end: z.int().nonnegative() })),
	text: z.string()
});

/** data/site.json, optional: how the site introduces its corpus. What it leaves out, site.ts derives. */
export const SiteInfo = z.strictObject({
	/** The headline above the explorer. */
	title: z.string().trim().min(1, 'a title needs words').optional(),
	/** One or two sentences under the headline: what the events are and where they come from. */
	standfirst: z.string().trim().min(1, 'a standfirst needs words').optional()
});

/** Everything the explorer shows: what the data endpoint serves and what embeds fetch. */
export const Corpus = z.strictObject({
	articles: z.array(Article),
	entities: z.array(Entity),
	events: z.array(Event),
	relations: z.array(Relation),
	site: SiteInfo.optional()
});

export type Article = z.infer<typeof Article>;
export type Corpus = z.infer<typeof Corpus>;
export type EventKind = z.infer<typeof EventKind>;
export type Entity = z.infer<typeof Entity>;
export type TextQuoteSelector = z.infer<typeof TextQuoteSelector>;
export type TextPositionSelector = z.infer<typeof TextPositionSelector>;
export type Source = z.infer<typeof Source>;
export type Assessment = z.infer<typeof Assessment>;
export type Modality = z.infer<typeof Modality>;
export type EventDate = z.infer<typeof EventDate>;
export type Event = z.infer<typeof Event>;
export type ImportedEvent = z.infer<typeof ImportedEvent>;
export type Relation = z.infer<typeof Relation>;
export type EventFile = z.infer<typeof EventFile>;
export type EntityFile = z.infer<typeof EntityFile>;
export type SiteInfo = z.infer<typeof SiteInfo>;
