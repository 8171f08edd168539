/**
 * The explorer's cross-references: every layer matched against the curated events, kept
 * both ways, so that a curated event lists its dataset rows and a row its curated events.
 */
import type { Entity } from '$lib/model/schema';
import type { TimedEvent } from '$lib/model/timed';
import { crossReference, type Candidate } from './crossref';
import type { Layer } from './layer';
import { entityNames } from './names';

/** A dataset event as a curated event's detail names it. */
interface RowRef {
	layer: string;
	row: string;
}

export interface CrossLinks {
	/** Curated event id → the dataset events that are the same incident. */
	byCurated: Map<string, RowRef[]>;
	/** `rowKey(layer, row)` → the curated event ids. */
	byRow: Map<string, string[]>;
}

/** One event elsewhere that is the same incident, as an event's detail offers it. */
export interface CrossRef {
	/** Where it is: a layer's name, or the curated events. */
	where: string;
	/** How it is named there: a row id or a title. */
	label: string;
	/** Shows it. */
	onchoose: () => void;
}

export const rowKey = (layer: string, row: string) => `${layer}\n${row}`;

export function crossLinks(curated: readonly TimedEvent[], entities: ReadonlyMap<string, Entity>, layers: readonly Layer[]): CrossLinks {
	const links: CrossLinks = { byCurated: new Map(), byRow: new Map() };
	if (!layers.length) return links;
	const candidates: Candidate[] = curated.map((e) => ({ id: e.id, when: e.when, names: entityNames([...e.actors, ...e.places], entities) }));
	for (const layer of layers) {
		for (const { curated: id, row } of crossReference(candidates, layer.events)) {
			links.byCurated.set(id, [...(links.byCurated.get(id) ?? []), { layer: layer.id, row }]);
			const key = rowKey(layer.id, row);
			links.byRow.set(key, [...(links.byRow.get(key) ?? []), id]);
		}
	}
	return links;
}
