/**
 * Splits a paragraph at every edge of the passages anchored in it, so the reader can
 * highlight overlapping passages and say which events each piece of text belongs to.
 */
import type { Corpus } from '$lib/model/schema';
import { codePointText } from './codepoints';

export interface Anchor {
	start: number;
	end: number;
	event: string;
}

export interface Segment {
	start: number;
	end: number;
	text: string;
	/** Events whose passages cover this piece, in order of first mention. */
	events: string[];
}

/** Every passage of an article: the sources of its events, their assessments and relations. */
export function anchorsIn(article: string, corpus: Pick<Corpus, 'events' | 'relations'>): Anchor[] {
	const out: Anchor[] = [];
	const add = (event: string, sources: { article: string; position: { start: number; end: number } }[]) => {
		for (const s of sources) if (s.article === article) out.push({ ...s.position, event });
	};
	for (const e of corpus.events) {
		add(e.id, e.sources);
		for (const a of e.assessments) add(e.id, a.sources);
	}
	for (const r of corpus.relations) add(r.from, r.sources);
	return out;
}

export function segmentParagraph(text: string, paragraph: { start: number; end: number }, anchors: Anchor[]): Segment[] {
	const cp = codePointText(text);
	const inside = anchors.filter((a) => a.start < paragraph.end && a.end > paragraph.start);
	const edges = [
		...new Set([paragraph.start, paragraph.end, ...inside.flatMap((a) => [a.start, a.end])])
	]
		.filter((x) => x >= paragraph.start && x <= paragraph.end)
		.sort((a, b) => a - b);
	return edges.slice(0, -1).map((start, i) => {
		const end = edges[i + 1]!;
		const events = [...new Set(inside.filter((a) => a.start <= start && a.end >= end).map((a) => a.event))];
		return { start, end, text: cp.slice(start, end), events };
	});
}
