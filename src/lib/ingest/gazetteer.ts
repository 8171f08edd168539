/**
 * Recognises the actors and places of a sentence by the names and aliases of the entity
 * gazetteer (data/entities.json); compromise points out the names the gazetteer lacks,
 * so that a reviewer can add them.
 */
import { tagged } from './tagged';
import type { Entity } from '$lib/model/schema';

export interface Found {
	entity: Entity;
	/** UTF-16 offsets into the text searched. */
	index: number;
	end: number;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export interface Gazetteer {
	find(text: string): Found[];
	/** Names compromise takes for people, places or organisations that no entity covers. */
	unknownNames(text: string): string[];
}

export function gazetteer(entities: Entity[]): Gazetteer {
	const byName = new Map<string, Entity>();
	for (const e of entities) for (const name of [e.name, ...e.aliases]) if (!byName.has(name)) byName.set(name, e);
	// Longest first, so "US-led coalition" wins over "US"; case kept, so "IS" is not "is".
	const names = [...byName.keys()].sort((a, b) => b.length - a.length).map(escape);
	// A possessive may have lost its apostrophe in the source text ("Masoods").
	const re = names.length
		? new RegExp(String.raw`(?<![\p{L}\p{N}-])(${names.join('|')})(?:['’]s|s)?(?![\p{L}\p{N}-])`, 'gu')
		: undefined;
	const find = (text: string): Found[] =>
		re
			? [...text.matchAll(re)].map((m) => ({ entity: byName.get(m[1]!)!, index: m.index, end: m.index + m[0].length }))
			: [];
	return {
		find,
		unknownNames(text) {
			const known = find(text).map((f) => text.slice(f.index, f.end));
			const doc = tagged(text);
			const candidates = [doc.people(), doc.places(), doc.organizations()].flatMap(
				(v) => v.out('array') as string[]
			);
			const names = candidates
				.map((n) => n.replace(/^[^\p{Lu}]+|[^\p{L}\p{N}.]+$/gu, '').replace(/\.$/, ''))
				.filter((n) => /\p{Lu}/u.test(n) && !known.some((k) => k.includes(n) || n.includes(k)));
			return [...new Set(names)];
		}
	};
}
