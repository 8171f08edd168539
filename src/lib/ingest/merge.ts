/**
 * Ties fresh proposals to what the data already holds: an event of the corpus that the
 * statement also tells (proposed as a new source of it, not a new event), a passage
 * already curated (left out), and the decisions of an earlier review (never lost).
 */
import type { Event } from '$lib/model/schema';
import { isDecided, SAME_EVENT, type Proposal, type ReviewFile } from '$lib/model/review';
import { parseEdtf } from '$lib/time/interval';

function interval(edtf: string): [number, number] | undefined {
	const d = parseEdtf(edtf);
	return d.ok ? [d.value.min, d.value.max] : undefined;
}

const overlaps = (a?: [number, number], b?: [number, number]) => !!a && !!b && a[0] <= b[1] && b[0] <= a[1];

export interface Matched {
	proposals: Proposal[];
	/** Proposals whose sentence already anchors an event of the same date. */
	curated: { proposal: Proposal; event: string }[];
}

export function matchExisting(proposals: Proposal[], events: Event[]): Matched {
	const dated = events.map((e) => ({ e, span: interval(e.date.edtf) }));
	const result: Matched = { proposals: [], curated: [] };
	for (const p of proposals) {
		const span = interval(p.date.edtf);
		const source = p.sources[0]!;
		const same = dated.filter((d) => overlaps(d.span, span));
		const curated = same.find(({ e }) =>
			e.sources.some(
				(s) => s.article === source.article && s.position.start < source.position.end && source.position.start < s.position.end
			)
		);
		if (curated) {
			result.curated.push({ proposal: p, event: curated.e.id });
			continue;
		}
		const mine = new Set([...p.actors, ...p.places]);
		const best = same
			.filter(({ e }) => e.kind === p.kind)
			.map(({ e }) => ({ e, shared: [...e.actors, ...e.places].filter((id) => mine.has(id)) }))
			.filter((m) => m.shared.length > 0)
			.sort((a, b) => b.shared.length - a.shared.length)[0];
		result.proposals.push(
			best
				? {
						...p,
						mergeInto: best.e.id,
						notes: [
							...p.notes,
							`${SAME_EVENT}${best.e.id} (same kind, overlapping date, shared ${best.shared.join(', ')}): accepting adds this passage to its sources`
						]
					}
				: p
		);
	}
	return result;
}

/** A proposal is the same statement again when it quotes the same sentence for the same words of date. */
const key = (p: Proposal) => `${p.sources[0]?.quote.exact}\u0000${p.date.written ?? ''}`;

/**
 * The new review: every decided proposal of the previous one as the reviewer left it,
 * and the fresh proposals for statements not yet decided, in the article's order.
 * Undecided proposals are regenerated, so an improved ingest reaches them.
 */
export function keepDecisions(fresh: Proposal[], previous: ReviewFile | undefined) {
	const decided = previous?.proposals.filter(isDecided) ?? [];
	const seen = new Set(decided.map(key));
	const added = fresh.filter((p) => !seen.has(key(p)));
	const proposals = [...decided, ...added].sort(
		(a, b) => (a.sources[0]?.position.start ?? 0) - (b.sources[0]?.position.start ?? 0)
	);
	return { proposals, kept: decided.length, added: added.length };
}
