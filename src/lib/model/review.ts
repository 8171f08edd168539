/**
 * The review file of one article (data/review/<article-id>.json): the events that ingest
 * proposes for it, each waiting for a reviewer's decision. A decision is one edit: set
 * `status` to "accepted" and check:data treats the proposal as a curated event, or, when
 * `mergeInto` names an existing event, adds the proposal's sources to that event.
 */
import { z } from 'zod';
import { Event, Id, type Event as EventType } from './schema';

export const PROPOSAL_STATUSES = ['proposed', 'accepted', 'rejected'] as const;

export const Proposal = Event.extend({
	status: z.enum(PROPOSAL_STATUSES),
	/** An existing event that this statement tells too: accepting adds its sources there. */
	mergeInto: Id.optional(),
	/** What the reviewer should check: an uncertain date, a name the gazetteer lacks. */
	notes: z.array(z.string()).default([])
});

/**
 * Notes that ingest writes and curation reads back: the names a proposal's sentence has that
 * data/entities.json lacks, and why it suggests `mergeInto`. Their wording lives here alone.
 */
export const UNKNOWN_NAMES = 'names not in data/entities.json: ';
export const unknownNamesNote = (names: string[]) => `${UNKNOWN_NAMES}${names.join(', ')}`;
export const SAME_EVENT = 'tells the same event as ';

export const ReviewFile = z.strictObject({
	article: Id,
	proposals: z.array(Proposal)
});

export type Proposal = z.infer<typeof Proposal>;
export type ReviewFile = z.infer<typeof ReviewFile>;

/** The event a proposal stands for, without the review fields the curated model does not hold. */
export function proposedEvent(p: Proposal): EventType {
	const { status: _status, mergeInto: _mergeInto, notes: _notes, ...event } = p;
	return event;
}

/** Whether a reviewer has decided: ingest may regenerate only the proposals still undecided. */
export const isDecided = (p: Proposal) => p.status !== 'proposed';

/** The accepted proposals of a review, by their index in it: new events, and sources for existing ones. */
export function acceptedOf(review: ReviewFile) {
	const accepted = review.proposals.map((p, i) => [i, p] as const).filter(([, p]) => p.status === 'accepted');
	return {
		events: accepted.filter(([, p]) => !p.mergeInto).map(([i, p]) => [i, proposedEvent(p)] as const),
		merges: accepted.filter(([, p]) => p.mergeInto)
	};
}
