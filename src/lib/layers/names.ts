/**
 * Names folded so that a dataset's spelling meets the corpus's: case, accents, hyphens and
 * spacing set aside ("Saint-Étienne-du-Rouvray" = "saint etienne du rouvray"), and a curated
 * actor or place known by its entity's name, its aliases and its id.
 */
import type { Entity } from '$lib/model/schema';

/** A name as names are compared: lower case, without accents, words parted by single spaces. */
export function matchName(name: string): string {
	return name
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/[\s\-_'’.,]+/g, ' ')
		.trim();
}

/** Every name under which an event's actors and places may appear in a dataset. */
export function entityNames(ids: readonly string[], entities: ReadonlyMap<string, Entity>): Set<string> {
	const names = new Set<string>();
	for (const id of ids) {
		const e = entities.get(id);
		for (const n of [id, ...(e ? [e.name, ...e.aliases] : [])]) {
			const m = matchName(n);
			if (m) names.add(m);
		}
	}
	return names;
}
