/**
 * Free-text search over events: titles, summaries, the quoted passages and the names and
 * aliases of their actors and places, with prefix and typo-tolerant matching. Each hit says
 * why it matched: its title, and the field that holds the words, split into marked segments.
 */
import MiniSearch from 'minisearch';
import type { Entity } from '$lib/model/schema';
import type { TimedEvent } from '$lib/model/timed';
import type { SearchFn } from './filters';

/** A stretch of text, marked if it is a word the search matched. */
export interface Segment {
	text: string;
	mark: boolean;
}

export interface SearchHit {
	id: string;
	/** The event's title, the matched words marked. */
	title: Segment[];
	/** Where the words matched when the title holds none of them ("Actors", "Passage"), with an excerpt. */
	also?: { field: string; text: Segment[] };
}

/** The search as a set of ids (what filters need), and its hits in order of relevance. */
export interface Search extends SearchFn {
	hits: (q: string) => SearchHit[];
}

const FIELDS = { title: 'Title', summary: 'Summary', quotes: 'Passage', who: 'Actors', where: 'Places', kind: 'Kind' };
type Field = keyof typeof FIELDS;

// MiniSearch's own tokenizer: a word here is a term there.
const WORD = /[^\n\r\p{Z}\p{P}]+/gu;

/** Splits text into segments, marking each word that, lower-cased, is one of `terms`. */
export function markTerms(text: string, terms: readonly string[]): Segment[] {
	const wanted = new Set(terms);
	const out: Segment[] = [];
	let at = 0;
	const push = (s: string, mark: boolean) => {
		if (!s) return;
		const last = out.at(-1);
		if (last && last.mark === mark) last.text += s;
		else out.push({ text: s, mark });
	};
	for (const m of text.matchAll(WORD)) {
		if (!wanted.has(m[0].toLowerCase())) continue;
		push(text.slice(at, m.index), false);
		push(m[0], true);
		at = m.index + m[0].length;
	}
	push(text.slice(at), false);
	return out;
}

/** The marked text cut to about `width` characters around its first mark, with ellipses where cut. */
export function excerpt(segments: Segment[], width = 90): Segment[] {
	const text = segments.map((s) => s.text).join('');
	if (text.length <= width) return segments;
	let first = 0;
	for (const s of segments) {
		if (s.mark) break;
		first += s.text.length;
	}
	const start = Math.max(0, Math.min(first - Math.floor(width / 3), text.length - width));
	const end = Math.min(text.length, start + width);
	const out: Segment[] = [];
	let at = 0;
	for (const s of segments) {
		const a = Math.max(at, start);
		const b = Math.min(at + s.text.length, end);
		if (b > a) out.push({ text: s.text.slice(a - at, b - at), mark: s.mark });
		at += s.text.length;
	}
	if (start > 0) out.unshift({ text: '…', mark: false });
	if (end < text.length) out.push({ text: '…', mark: false });
	return out;
}

export function buildSearch(events: TimedEvent[], entities: Entity[]): Search {
	const byId = new Map(entities.map((e) => [e.id, e]));
	const names = (ids: string[]) =>
		ids.flatMap((id) => {
			const e = byId.get(id);
			return e ? [e.name, ...e.aliases] : [id];
		});
	const docs = new Map(
		events.map((e): [string, Record<Field, string>] => [
			e.id,
			{
				title: e.title,
				summary: e.summary ?? '',
				quotes: e.sources.map((s) => s.quote.exact).join(' … '),
				who: names(e.actors).join(', '),
				where: names(e.places).join(', '),
				kind: e.kind.replace(/-/g, ' ')
			}
		])
	);
	const index = new MiniSearch({
		fields: Object.keys(FIELDS),
		searchOptions: { prefix: true, fuzzy: 0.2, combineWith: 'AND', boost: { title: 3, who: 2 } }
	});
	index.addAll([...docs].map(([id, doc]) => ({ id, ...doc })));

	const ids = (q: string) => new Set(index.search(q).map((r) => String(r.id)));
	const hits = (q: string): SearchHit[] =>
		index.search(q).map((r) => {
			const doc = docs.get(String(r.id))!;
			const title = markTerms(doc.title, r.terms);
			if (title.some((s) => s.mark)) return { id: String(r.id), title };
			const field = (Object.keys(FIELDS) as Field[]).find((f) => f !== 'title' && r.terms.some((t) => r.match[t]?.includes(f)));
			return { id: String(r.id), title, also: field && { field: FIELDS[field], text: excerpt(markTerms(doc[field], r.terms)) } };
		});
	return Object.assign(ids, { hits });
}
