/**
 * The events a relative date can count from: those already proposed for the article and
 * those of the corpus. "a day after he murdered three people" finds the attack by its
 * kind, its actors and places, and its casualties.
 */
import type { Event, EventKind } from '$lib/model/schema';
import { parseEdtf } from '$lib/time/interval';
import type { Casualties } from './cues';
import { spanOfInterval, type Span } from './resolve';

export interface Known {
	id: string;
	kind: EventKind;
	span: Span;
	entities: Set<string>;
	casualties?: Casualties;
}

export function knownEvent(e: Event): Known | undefined {
	const date = parseEdtf(e.date.edtf);
	if (!date.ok) return undefined;
	return {
		id: e.id,
		kind: e.kind,
		span: spanOfInterval(date.value),
		entities: new Set([...e.actors, ...e.places]),
		casualties: e.casualties
	};
}

export interface Wanted {
	kind?: EventKind;
	entities: Set<string>;
	casualties?: Casualties;
	/** The latest day the event can have: it is told in the past tense. */
	before: Date;
}

const sameFigures = (a?: Casualties, b?: Casualties) =>
	(['killed', 'injured'] as const).filter((k) => a?.[k] !== undefined && a[k] === b?.[k]).length;

/**
 * The best match for a described event, or none: it must share an actor or place, or be
 * of the same kind with the same casualties. Later candidates win ties, as narration
 * refers back to what it told last.
 */
export function findKnown(candidates: Known[], wanted: Wanted): Known | undefined {
	let best: Known | undefined;
	let bestScore = 0;
	for (const c of candidates) {
		if (c.span.from.start > wanted.before) continue;
		const shared = [...wanted.entities].filter((id) => c.entities.has(id)).length;
		const kind = wanted.kind !== undefined && c.kind === wanted.kind;
		const figures = sameFigures(wanted.casualties, c.casualties);
		if (!shared && !(kind && figures)) continue;
		// Four killed is not 32 killed: differing figures tell two events apart.
		if ((['killed', 'injured'] as const).some((k) => wanted.casualties?.[k] !== undefined && c.casualties?.[k] !== undefined && wanted.casualties[k] !== c.casualties[k]))
			continue;
		const score = shared + (kind ? 2 : 0) + 2 * figures;
		if (score >= bestScore) [best, bestScore] = [c, score];
	}
	return best;
}
