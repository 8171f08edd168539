/** Titles and ids for proposals: short, readable, and stable when ingest runs again. */
import type { Range } from './cues';
import { slug } from '$lib/model/slug';

const CLAUSE = /[,;:](?=\s)|\s[□–—-]\s/g;

/** The clause that holds the date, joined to its neighbour when too short to say anything. */
export function clauseTitle(sentence: string, at: Range, max = 90): string {
	const cuts = [0, ...[...sentence.matchAll(CLAUSE)].map((m) => m.index), sentence.length];
	let i = cuts.findIndex((c, k) => k < cuts.length - 1 && at.index >= c && at.index < cuts[k + 1]!);
	if (i < 0) i = 0;
	let [from, to] = [cuts[i]!, cuts[i + 1]!];
	if (sentence.slice(from, to).split(/\s+/).filter(Boolean).length < 5) {
		if (i > 0) from = cuts[i - 1]!;
		else if (i + 2 < cuts.length) to = cuts[i + 2]!;
	}
	let title = sentence.slice(from, to).replace(/^[\s,;:□–—-]+|[\s,;:.□–—-]+$/g, '');
	if ([...title].length > max) title = [...title].slice(0, max).join('').replace(/\s+\S*$/, '') + '…';
	return title.charAt(0).toUpperCase() + title.slice(1);
}

/** The first four words of a slug: ids stay short. */
const shortSlug = (s: string) => slug(s).split('-').slice(0, 4).join('-');

/** "2016-08-death-abu-muhammad-al", with -2, -3… when taken; the id is added to `taken`. */
export function uniqueId(parts: string[], taken: Set<string>): string {
	const base = parts.map(shortSlug).filter(Boolean).join('-') || 'event';
	let id = base;
	for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
	taken.add(id);
	return id;
}
