/**
 * Proposes candidate events for one article: one per dated statement, in the order the
 * article tells them, each anchored to its sentence. Relative dates count from the event
 * they refer to (told earlier in the article or already in the corpus), never from the
 * day of publication unless the words say so.
 */
import { UTCDate } from '@date-fns/utc';
import type { Article, Entity, Event, EventKind } from '$lib/model/schema';
import { unknownNamesNote, type Proposal } from '$lib/model/review';
import { describeQuote } from '$lib/corpus/anchor';
import { codePointText } from '$lib/corpus/codepoints';
import { findCasualties, findCues, kindNear, type Cue, type Range } from './cues';
import { gazetteer, type Found } from './gazetteer';
import { findKnown, knownEvent, type Known } from './known';
import {
	edtfOf,
	publicationDay,
	resolveAbsolute,
	resolveRelative,
	single,
	untilPublication,
	type Span
} from './resolve';
import { splitSentences, type Sentence } from './sentences';
import { clauseAt, findMentions, type Clause, type Mention } from './temporal';
import { narratesAt, plannedAt, tenseAt } from './tense';
import { clauseTitle, uniqueId } from './wording';

export interface IngestContext {
	entities: Entity[];
	/** Events already in the corpus: relative dates may count from them. */
	events: Event[];
	/** Ids in use anywhere in the data, which a new proposal must not take. */
	takenIds?: Set<string>;
}

/** A dated statement that gives no proposal, and why: shown by the CLI, not stored. */
export interface Skipped {
	written: string;
	sentence: string;
	reason: string;
}

interface Made extends Known {
	since: boolean;
	planned: boolean;
	/** Its date is a guess ("?"), which what takes its date inherits. */
	uncertain: boolean;
	/** The words that date it, and the paragraph it is told in: the narrative time of what follows. */
	written: string;
	paragraph: number;
}

export function proposeEvents(article: Article, ctx: IngestContext): { proposals: Proposal[]; skipped: Skipped[] } {
	const cp = codePointText(article.text);
	const gaz = gazetteer(ctx.entities);
	const pubDay = publicationDay(article.published);
	const pubNoon = new UTCDate(`${article.published}T12:00:00Z`);
	const existing = ctx.events.flatMap((e) => knownEvent(e) ?? []);
	const taken = new Set(ctx.takenIds);
	const made: Made[] = [];
	const proposals: Proposal[] = [];
	const skipped: Skipped[] = [];
	const madeFor = new Map<Mention, Made>();

	const propose = (s: Sentence, m: Pick<Mention, 'text' | 'index' | 'end'>, span: Span, fields: ProposalFields) => {
		// What lies after publication, or is told in the future tense, has not happened yet.
		const planned = fields.planned || span.from.start > pubDay.end;
		const kind = fields.kind ?? 'other';
		const edtf = edtfOf(span) + (fields.uncertain ? '?' : '');
		const title = clauseTitle(s.text, m);
		const id = uniqueId([edtf, kind, fields.actors[0] ?? fields.places[0] ?? title], taken);
		const source = { start: s.start, end: s.end };
		proposals.push({
			id,
			title,
			kind,
			date: {
				edtf,
				basis: fields.basis,
				...(m.text ? { written: m.text } : {}),
				...(fields.relativeTo ? { relativeTo: fields.relativeTo } : {})
			},
			...(planned ? { planned: true as const } : {}),
			actors: fields.actors,
			places: fields.places,
			...(kind === 'attack' && fields.casualties ? { casualties: fields.casualties } : {}),
			assessments: [],
			sources: [
				{
					article: article.id,
					quote: describeQuote(cp, source),
					position: { type: 'TextPositionSelector', ...source }
				}
			],
			status: 'proposed',
			notes: [
				...fields.notes,
				...(planned ? ['planned or expected, not told as having happened: accept it as planned, or wait for a report that it happened'] : []),
				...(made.some((k) => k.id === fields.relativeTo)
					? [`counts from proposal ${fields.relativeTo}: accept it too, or point date.relativeTo at a curated event`]
					: [])
			]
		});
		const k: Made = { id, kind, span, entities: new Set([...fields.actors, ...fields.places]), casualties: fields.casualties, since: fields.since ?? false, planned, uncertain: fields.uncertain ?? false, written: m.text, paragraph: s.paragraph };
		made.push(k);
		if ('kind' in m) madeFor.set(m as Mention, k);
	};

	/** compromise takes some dates for names ("August"): the mentions say which. */
	function unknownNames(s: Sentence, mentions: Mention[]): string[] {
		const unknown = gaz.unknownNames(s.text).filter((n) => !mentions.some((m) => m.text.includes(n)));
		return unknown.length ? [unknownNamesNote(unknown)] : [];
	}

	/** The latest event told as having happened (of a kind), the narrative's reference time. */
	const told = (kind?: EventKind) => made.findLast((k) => !k.since && !k.planned && (!kind || k.kind === kind));

	for (const s of splitSentences(article)) {
		const mentions = findMentions(s.text, pubNoon);
		const cues = findCues(s.text);
		const found = gaz.find(s.text);
		if (mentions.length === 0) {
			proposeUndated(s, cues, found);
			continue;
		}
		const unknownNote = unknownNames(s, mentions);
		const anchorOf = (clause: Clause, rest: string) => {
			const inClause = gaz.find(clause.text);
			// "he murdered three people": the pronoun stands for a name elsewhere in the sentence.
			const pronoun = /^(?:he|she|they|it|his|her|their|its)\b/i.test(clause.text);
			return findKnown([...existing, ...made], {
				kind: kindNear(findCues(clause.text), { index: 0, end: 0 }),
				entities: ids(inClause.length || !pronoun ? inClause : found),
				casualties: findCasualties(rest),
				before: pubDay.end
			});
		};
		// "before the incident", "after the bombings", "after Abdeslams arrest": a definite description,
		// or an event word, with no known name refers back to the latest event the article told,
		// of its kind if it names one.
		const referredTo = (clause: Clause) => {
			const known = anchorOf(clause, s.text.slice(clause.index));
			if (known || gaz.find(clause.text).length > 0) return known;
			const kind = kindNear(findCues(clause.text), { index: 0, end: 0 });
			return kind || /^the\b/i.test(clause.text) ? told(kind) : undefined;
		};
		// A date inside the clause another counts from is resolved first: "two days after the attack on Friday".
		const anchors = mentions.flatMap((o) => (o.kind === 'anaphoric' && o.anchor ? [o.anchor] : []));
		const anchorAround = (m: Mention) => anchors.find((a) => m.index >= a.index && m.end <= a.end);
		const inAnchor = (m: Mention) => anchorAround(m) !== undefined;
		for (const m of [...mentions.filter(inAnchor), ...mentions.filter((m) => !inAnchor(m))]) {
			// The words of the event a date counts from describe that event, not this one.
			const sinceClause = 'since' in m && m.since ? { index: s.text.lastIndexOf('since', m.index), end: m.index } : undefined;
			// "Since Adnanis death, Isis propaganda has continued": the event follows the since-clause.
			// A date inside such a clause dates that clause's event, and only its words describe it.
			const around = anchorAround(m);
			const exclude: Range[] = around
				? [{ index: 0, end: around.index }, { index: around.end, end: s.text.length }]
				: m.kind === 'since-event'
					? [{ index: 0, end: m.end }]
					: [...anchors, ...(sinceClause ? [sinceClause] : [])];
			const fields = describe(cues, found, m, exclude, s.text);
			const base = { ...fields, notes: [...unknownNote] };
			// Tagging verbs is the costly part of ingest: only a date that leaves out its year needs the tense.
			const yearless = (m.kind === 'calendar' || m.kind === 'deictic') && !m.result.start.isCertain('year');
			const tense = yearless ? tenseAt(s.text, m) : plannedAt(s.text, m) ? 'future' : undefined;
			const direction = tense === 'future' ? 'future' : tense === 'present' ? 'nearest' : 'past';
			if (m.kind === 'calendar' || m.kind === 'deictic') {
				const r = resolveAbsolute(m.result, article.published, direction);
				if (!m.since) {
					propose(s, m, r.span, { ...base, basis: m.kind === 'deictic' ? 'resolved' : r.basis, planned: tense === 'future' });
					continue;
				}
				propose(s, m, untilPublication(r.span.from, article.published), { ...base, basis: 'resolved', since: true });
				// "since its formation in 2014" also tells of the formation, in 2014.
				const nominal = kindNear(cues.filter((c) => c.index >= sinceClause!.index && c.end <= m.index), m);
				if (nominal) propose(s, m, r.span, { ...describe(cues, found, m, [], s.text), kind: nominal, basis: r.basis, notes: [...unknownNote] });
			} else if (m.kind === 'anaphoric') {
				const inner = m.anchor && mentions.find((o) => o.index >= m.anchor!.index && o.end <= m.anchor!.end && madeFor.has(o));
				const known = inner ? madeFor.get(inner) : m.anchor ? referredTo(m.anchor) : told();
				const span = known && resolveRelative(m.text, known.span);
				if (span) propose(s, m, span, { ...base, basis: 'resolved', relativeTo: known.id });
				// An attack or death the article does not date is, in news, its own recent story:
				// publication is a guess worth reviewing. Any other undated event is no guide.
				else if (m.anchor && RECENT.has(kindNear(findCues(m.anchor.text), { index: 0, end: 0 }) ?? 'other'))
					propose(s, m, single(pubDay), {
						...base,
						basis: 'resolved',
						uncertain: true,
						notes: [...base.notes, `"${m.text}" counts from an event this article does not date: set date.edtf and date.relativeTo`]
					});
				else skipped.push({ written: m.text, sentence: s.text, reason: 'counts from an event that is not dated' });
			} else if (m.kind === 'since-event') {
				const known = anchorOf(m.anchor, m.anchor.text);
				if (known)
					propose(s, m, untilPublication(known.span.from, article.published), { ...base, basis: 'resolved', relativeTo: known.id, since: true });
				else skipped.push({ written: m.text, sentence: s.text, reason: 'counts from an event that is not dated' });
			} else {
				// A present tense dates only an event-like verb: "are probing", "has conducted air strikes".
				const clause = m.kind === 'ongoing' ? m : clauseAt(s.text, m.index);
				const kind = clause && kindNear(cues.filter((c) => c.index < clause.end && c.end > clause.index), m);
				// "who have been killed" with no known name tells of no one event.
				if (!kind || kind === 'statement' || (m.kind === 'perfect' && fields.entities.length === 0)) continue;
				if (m.kind === 'ongoing') {
					propose(s, m, single(pubDay), { ...base, kind, basis: 'resolved' });
					continue;
				}
				const frame = made.findLast((k) => k.since && (k.entities.size === 0 || fields.entities.some((e) => k.entities.has(e))));
				if (frame) propose(s, m, untilPublication(frame.span.from, article.published), { ...base, kind, basis: 'resolved', relativeTo: frame.id });
				else skipped.push({ written: m.text, sentence: s.text, reason: 'a present perfect with no "since" to say when it began' });
			}
		}
	}
	return { proposals, skipped };

	/**
	 * A statement with no date of its own: a mention of an event the corpus has ("the death
	 * of ISIL's spokesman, Abu Mohammad al-Adnani") is dated by that event, and proposed as a
	 * new source of it; an event told in the past after dated ones ("The attacker was later
	 * shot dead") takes the narrative time, the date of the latest event told before it.
	 */
	function proposeUndated(s: Sentence, cues: Cue[], found: Found[]) {
		const notes = () => unknownNames(s, []);
		const narrated = cues.filter((c) => NARRATED.has(c.kind));
		for (const cue of narrated) {
			const fields = describe(cues, found, cue, [], s.text);
			if (fields.actors.length === 0) break;
			const known = findKnown(existing, { kind: cue.kind, entities: new Set(fields.actors), casualties: fields.casualties, before: pubDay.end });
			if (known?.kind !== cue.kind) continue;
			// No words of the article date it: the corpus's event does.
			return propose(s, { text: '', index: cue.index, end: cue.end }, known.span, {
				...fields,
				kind: cue.kind,
				basis: 'resolved',
				relativeTo: known.id,
				notes: [...notes(), `mentions ${known.id}, already in the corpus, and takes its date`]
			});
		}
		// The kind the sentence tells most of all: "The attacker was later shot dead" is a death.
		const kind = kindNear(narrated, { index: 0, end: s.text.length });
		const cue = narrated.find((c) => c.kind === kind);
		if (!cue) return;
		const fields = describe(cues, found, cue, [], s.text);
		const ref = told();
		if (!ref || s.paragraph - ref.paragraph > 1 || !narratesAt(s.text, cue)) return;
		propose(s, { text: ref.written, index: cue.index, end: cue.end }, ref.span, {
			...fields,
			kind: cue.kind,
			basis: 'resolved',
			relativeTo: ref.id,
			uncertain: ref.uncertain,
			notes: [...notes(), `narrative time: no date of its own, so dated as the event told before it (${ref.written ? `"${ref.written}", ` : ''}${ref.id})`]
		});
	}
}

const RECENT = new Set<EventKind>(['attack', 'death']);

/** The kinds of event a reader dates by the narrative when the sentence gives no date. */
const NARRATED = new Set<EventKind>(['attack', 'death', 'claim', 'conviction', 'investigation', 'military-operation']);


interface ProposalFields {
	kind?: EventKind;
	basis: 'explicit' | 'resolved';
	actors: string[];
	places: string[];
	entities: string[];
	casualties?: ReturnType<typeof findCasualties>;
	relativeTo?: string;
	uncertain?: boolean;
	since?: boolean;
	planned?: boolean;
	notes: string[];
}

const ids = (found: Found[]) => new Set(found.map((f) => f.entity.id));

/** Kind, actors, places and casualties of the statement a mention dates, outside the clauses it counts from. */
function describe(cues: Cue[], found: Found[], m: Range, exclude: Range[], text: string): ProposalFields {
	const outside = found.filter((f) => !exclude.some((x) => f.index >= x.index && f.end <= x.end));
	const unique = (type: (t: Entity['type']) => boolean) => [...new Set(outside.filter((f) => type(f.entity.type)).map((f) => f.entity.id))];
	const rest = exclude.reduce((t, x) => t.slice(0, x.index) + ' '.repeat(x.end - x.index) + t.slice(x.end), text);
	return {
		kind: kindNear(cues, m, exclude),
		basis: 'resolved',
		actors: unique((t) => t !== 'place'),
		places: unique((t) => t === 'place'),
		entities: outside.map((f) => f.entity.id),
		casualties: findCasualties(rest),
		notes: []
	};
}
