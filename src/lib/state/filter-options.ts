/**
 * The choices the filter panel offers, in an order that does not move as filters change, each
 * with its facet count; and, for the events an actor filter keeps through a relation, why.
 */
import { EVENT_KINDS, type EventKind } from '$lib/model/schema';
import type { TimedEvent } from '$lib/model/timed';
import { countBy } from '$lib/timeline/counts';
import { KIND_LABEL } from '$lib/timeline/kinds';
import { keptThrough, LINK_WORDINGS, type ActorLink, type Filters, type facetCounts } from './filters';

export interface FilterOption {
	id: string;
	label: string;
	/** How many events choosing it would show, given the other filters. */
	count: number;
}

export interface FilterOptions {
	kinds: FilterOption[];
	actors: FilterOption[];
	articles: FilterOption[];
}

/** The ids to offer, in their fixed order: the loaded events' kinds, actors and articles. */
export interface OptionIds {
	kinds: EventKind[];
	actors: string[];
	articles: string[];
}

/** Kinds in schema order, actors with most events first (then by name), articles as first seen. */
export function optionIds(events: TimedEvent[], actorName: (id: string) => string): OptionIds {
	const kinds = new Set(events.map((e) => e.kind));
	const actors = countBy(events, (e) => e.actors);
	return {
		kinds: EVENT_KINDS.filter((k) => kinds.has(k)),
		actors: [...actors.keys()].sort((a, b) => actors.get(b)! - actors.get(a)! || actorName(a).localeCompare(actorName(b))),
		articles: [...new Set(events.flatMap((e) => e.sources.map((s) => s.article)))]
	};
}

/** Every option, named, with its facet count: one the other filters leave empty stays, with 0. */
export function filterOptions(
	ids: OptionIds,
	facets: ReturnType<typeof facetCounts>,
	names: { actor: (id: string) => string; article: (id: string) => string }
): FilterOptions {
	return {
		kinds: ids.kinds.map((id) => ({ id, label: KIND_LABEL[id], count: facets.kinds.get(id) ?? 0 })),
		actors: ids.actors.map((id) => ({ id, label: names.actor(id), count: facets.actors.get(id) ?? 0 })),
		articles: ids.articles.map((id) => ({ id, label: names.article(id), count: facets.articles.get(id) ?? 0 }))
	};
}

export interface KeptEvent {
	id: string;
	title: string;
	/** Why it counts as the chosen actors': "claimed by and instructed by Isis; linked to Adnani". */
	why: string;
}

/** The shown events that the actor filter keeps only through a relation, with the relation in words. */
export function keptEvents(shown: TimedEvent[], f: Filters, links: Map<string, ActorLink[]>, nameOf: (id: string) => string): KeptEvent[] {
	return shown.flatMap((e) => {
		const through = keptThrough(e, f, links);
		if (!through.length) return [];
		const actors = [...new Set(through.map((l) => l.actor))];
		const why = actors.map((a) => {
			const labels = LINK_WORDINGS.filter((w) => through.some((l) => l.actor === a && l.label === w));
			return `${labels.length < 2 ? labels[0] : `${labels.slice(0, -1).join(', ')} and ${labels.at(-1)}`} ${nameOf(a)}`;
		});
		return [{ id: e.id, title: e.title, why: why.join('; ') }];
	});
}
