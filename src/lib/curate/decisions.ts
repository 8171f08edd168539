/**
 * A reviewer's decisions on an article's review file, as pure steps from one review to the
 * next: accept, reject, edit, merge, move the passage. Each returns a new review, so undo is
 * going back to the one before.
 */
import { anchorQuote, describeQuote, type Span } from '$lib/corpus/anchor';
import { UNKNOWN_NAMES, unknownNamesNote, type Proposal, type ReviewFile } from '$lib/model/review';
import type { Article, Entity } from '$lib/model/schema';

export type Status = Proposal['status'];

function change(review: ReviewFile, index: number, update: (p: Proposal) => Proposal): ReviewFile {
	const p = review.proposals[index];
	if (!p) throw new RangeError(`no proposal ${index} in the review of ${review.article}`);
	return { ...review, proposals: review.proposals.map((q, i) => (i === index ? update(q) : q)) };
}

/** Accepting, rejecting, or (with "proposed") taking the decision back. */
export const decide = (review: ReviewFile, index: number, status: Status) => change(review, index, (p) => ({ ...p, status }));

/** The proposal as edited; an edit alone decides nothing. */
export const replace = (review: ReviewFile, index: number, proposal: Proposal) => change(review, index, () => proposal);

/** Accepting the proposal as another source of an existing event (or, with undefined, as an event of its own). */
export const mergeInto = (review: ReviewFile, index: number, event: string | undefined) =>
	change(review, index, ({ mergeInto: _, ...p }) => ({ ...p, ...(event && { mergeInto: event }) }));

/**
 * The passage moved to other words of the article: its selectors recomputed as check:data
 * will look for them. Refused (undefined) when the words cannot be told apart from a repeat.
 */
export function movePassage(review: ReviewFile, index: number, article: Article, span: Span): ReviewFile | undefined {
	const quote = describeQuote(article.text, span);
	const found = anchorQuote(article.text, quote);
	if (!found.ok || found.span.start !== span.start || found.span.end !== span.end) return undefined;
	const position = { type: 'TextPositionSelector' as const, ...span };
	return change(review, index, (p) => ({
		...p,
		sources: [{ article: article.id, quote, position }, ...p.sources.slice(1)]
	}));
}

/** The next proposal still waiting for a decision after `from`, wrapping round; or `from` when none waits. */
export function nextUndecided(review: ReviewFile, from: number): number {
	const n = review.proposals.length;
	for (let step = 1; step <= n; step++) {
		const i = (from + step) % n;
		if (review.proposals[i]!.status === 'proposed') return i;
	}
	return from;
}

/** The names ingest found in the proposal's sentence but not in data/entities.json. */
export function unknownNames(p: Proposal): string[] {
	const note = p.notes.find((n) => n.startsWith(UNKNOWN_NAMES));
	return note ? note.slice(UNKNOWN_NAMES.length).split(', ').filter(Boolean) : [];
}

/** The last decisions, newest last, for undo: each entry is the review before one step. */
export interface History {
	past: ReviewFile[];
	/** A word for each step, to say what undo takes back. */
	labels: string[];
}

const LIMIT = 50;

export const remember = (h: History, before: ReviewFile, label: string): History => ({
	past: [...h.past, before].slice(-LIMIT),
	labels: [...h.labels, label].slice(-LIMIT)
});

/** The review before the last step, and the history without that step; undefined when nothing is left to undo. */
export function undo(h: History): { review: ReviewFile; label: string; history: History } | undefined {
	const review = h.past.at(-1);
	if (!review) return undefined;
	return { review, label: h.labels.at(-1)!, history: { past: h.past.slice(0, -1), labels: h.labels.slice(0, -1) } };
}

/** The proposal once a name of its is in data/entities.json: the entity among its actors or places, the note without the name. */
export function adopt(p: Proposal, name: string, entity: Pick<Entity, 'id' | 'type'>): Proposal {
	const field = entity.type === 'place' ? 'places' : 'actors';
	const left = unknownNames(p).filter((n) => n !== name);
	const notes = p.notes.flatMap((n) =>
		n.startsWith(UNKNOWN_NAMES) ? (left.length ? [unknownNamesNote(left)] : []) : [n]
	);
	return { ...p, [field]: [...new Set([...p[field], entity.id])], notes };
}
