/**
 * Ingest of one article: parse it, propose its dated events, tie them to the corpus and
 * to earlier review decisions, and return the review file to write. Pure: the CLI reads
 * and writes the files.
 */
import { readArticle } from '$lib/corpus/article';
import type { Entity, Event } from '$lib/model/schema';
import { isDecided, ReviewFile } from '$lib/model/review';
import { keepDecisions, matchExisting } from './merge';
import { proposeEvents, type Skipped } from './propose';

export interface IngestData {
	entities: Entity[];
	/** The corpus's events: curated ones and accepted proposals. */
	events: Event[];
	/** The review files already in data/review/. */
	reviews: ReviewFile[];
}

export interface Ingested {
	review: ReviewFile;
	/** Decided proposals kept as they were. */
	kept: number;
	/** New or regenerated proposals. */
	added: number;
	/** Statements already curated, left out: proposal id → event id. */
	curated: { proposal: string; event: string }[];
	skipped: Skipped[];
}

/** Throws ArticleError (naming file and line) when the article's layout is wrong. */
export function ingestArticle(file: string, text: string, data: IngestData): Ingested {
	const { article, notes } = readArticle(file, text);
	const previous = data.reviews.find((r) => r.article === article.id);
	// Undecided proposals of this article are regenerated: their ids may be taken again.
	const taken = new Set([
		...data.events.map((e) => e.id),
		...data.reviews.flatMap((r) => r.proposals.filter((p) => r !== previous || isDecided(p)).map((p) => p.id))
	]);
	const proposed = proposeEvents(article, { ...data, takenIds: taken });
	// What was read in place of the layout (a filed date for a missing publication date) dates every proposal.
	const proposals = proposed.proposals.map((p) => (notes.length ? { ...p, notes: [...notes, ...p.notes] } : p));
	const { skipped } = proposed;
	const matched = matchExisting(proposals, data.events);
	const { proposals: merged, kept, added } = keepDecisions(matched.proposals, previous);
	return {
		review: ReviewFile.parse({ article: article.id, proposals: merged }),
		kept,
		added,
		curated: matched.curated.map((c) => ({ proposal: c.proposal.id, event: c.event })),
		skipped
	};
}
