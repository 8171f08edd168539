/** Which events the current filters let through: pure, so the explorer, embeds and exports agree. */
import type { EventKind, Relation } from '$lib/model/schema';
import type { TimedEvent } from '$lib/model/timed';

export interface Filters {
	/** Kinds to show; empty shows every kind. */
	kinds: EventKind[];
	/** Events involving any of these actors; empty shows all. */
	actors: string[];
	/**
	 * Whether the actor filter also keeps the events linked to the actors' events (see
	 * `FOLLOWED`): an attack claimed by Isis counts as Isis's.
	 */
	linked: boolean;
	/** Source articles to show; empty shows all. */
	articles: string[];
	/** ISO days bounding the dates shown; an event is kept if its interval overlaps them. */
	from?: string;
	to?: string;
	/** Free-text search, answered by the search index. */
	q: string;
}

export const NO_FILTERS: Filters = { kinds: [], actors: [], linked: true, articles: [], q: '' };

/** Answers a free-text search with the ids of the events it matches. */
export type SearchFn = (q: string) => Set<string>;

/**
 * The relations through which an event counts as an actor's although it does not name them,
 * and how that reads from the event: the event at the `to` end of a claim is "claimed by" the
 * claimant's actors; the `from` end of a response is "responding to" the actors it answers. `cites`
 * is not followed (mentioning an attack does not make it one's own), nor `part-of` (a part
 * names its own actors, and the whole is reached through its own relations).
 */
const FOLLOWED: Partial<Record<Relation['kind'], { from?: string; to?: string }>> = {
	claims: { to: 'claimed by' },
	instructs: { to: 'instructed by' },
	'responds-to': { from: 'responding to' },
	'linked-to': { from: 'linked to', to: 'linked to' }
};

/** The wordings of followed relations, strongest first: claimed, instructed, responding, linked. */
export const LINK_WORDINGS = [...new Set(Object.values(FOLLOWED).flatMap((w) => [w.to, w.from].filter((x) => x !== undefined)))];

export interface ActorLink {
	actor: string;
	/** How the relation reads from the linked event ("claimed by"). */
	label: string;
	/** The actor's own event at the other end (the claim). */
	via: string;
}

// Filters, facet counts and suggestions all ask for the links of the same lists, many times per
// change: kept per list (the explorer replaces its lists, never mutates them).
const linkCache = new WeakMap<Relation[], WeakMap<TimedEvent[], Map<string, ActorLink[]>>>();

/** For each event, the actors it is linked to by one followed relation, in relation order. */
export function actorLinks(events: TimedEvent[], relations: Relation[]): Map<string, ActorLink[]> {
	const cached = linkCache.get(relations)?.get(events);
	if (cached) return cached;
	const followed = relations.filter((r) => FOLLOWED[r.kind]);
	const ends = new Set(followed.flatMap((r) => [r.from, r.to]));
	const actorsOf = new Map(events.filter((e) => ends.has(e.id)).map((e) => [e.id, e.actors]));
	const links = new Map<string, ActorLink[]>();
	const add = (id: string, via: string, label: string) => {
		const own = actorsOf.get(id);
		if (!own) return;
		const list = links.get(id) ?? [];
		for (const actor of actorsOf.get(via) ?? [])
			if (!own.includes(actor) && !list.some((l) => l.actor === actor && l.label === label)) list.push({ actor, label, via });
		if (list.length) links.set(id, list);
	};
	for (const r of followed) {
		const follow = FOLLOWED[r.kind]!;
		if (follow.to) add(r.to, r.from, follow.to);
		if (follow.from) add(r.from, r.to, follow.from);
	}
	if (!linkCache.has(relations)) linkCache.set(relations, new WeakMap());
	linkCache.get(relations)!.set(events, links);
	return links;
}

const dayStart = (d: string) => Date.parse(`${d}T00:00:00Z`);
const dayEnd = (d: string) => Date.parse(`${d}T23:59:59.999Z`);

const FACETS = ['kinds', 'actors', 'articles'] as const;
type Facet = (typeof FACETS)[number];
type Test = (e: TimedEvent) => boolean;

/** One test per filter, so that facet counts can leave one out. */
function tests(f: Filters, search: SearchFn, links: Map<string, ActorLink[]>): Record<Facet | 'dates' | 'q', Test> {
	const hits = f.q.trim() ? search(f.q) : undefined;
	const from = f.from ? dayStart(f.from) : -Infinity;
	const to = f.to ? dayEnd(f.to) : Infinity;
	return {
		kinds: (e) => f.kinds.length === 0 || f.kinds.includes(e.kind),
		actors: (e) => f.actors.length === 0 || actorsOf(e, f.linked, links).some((a) => f.actors.includes(a)),
		articles: (e) => f.articles.length === 0 || e.sources.some((s) => f.articles.includes(s.article)),
		dates: (e) => e.when.max >= from && e.when.min <= to,
		q: (e) => !hits || hits.has(e.id)
	};
}

/** The actors an event counts for: its own, and with `linked` those linked to it. */
function actorsOf(e: TimedEvent, linked: boolean, links: Map<string, ActorLink[]>): string[] {
	const through = linked ? links.get(e.id) : undefined;
	return through ? [...e.actors, ...new Set(through.map((l) => l.actor))] : e.actors;
}

const none: SearchFn = () => new Set();

export function filterEvents(events: TimedEvent[], f: Filters, search: SearchFn = none, relations: Relation[] = []): TimedEvent[] {
	const t = Object.values(tests(f, search, actorLinks(events, relations)));
	return events.filter((e) => t.every((test) => test(e)));
}

/**
 * How many events each kind, actor and article would show, given the other filters: the count
 * beside an option is what ticking it alone (within its group) would give. An option the other
 * filters leave nothing is absent (a count of 0). One pass: an event counts for a facet when
 * every test passes, or only that facet's own test fails.
 */
export function facetCounts(
	events: TimedEvent[],
	f: Filters,
	search: SearchFn = none,
	relations: Relation[] = []
): Record<Facet, Map<string, number>> {
	const links = actorLinks(events, relations);
	const t = Object.entries(tests(f, search, links));
	const keys: Record<Facet, (e: TimedEvent) => Iterable<string>> = {
		kinds: (e) => [e.kind],
		actors: (e) => actorsOf(e, f.linked, links),
		articles: (e) => new Set(e.sources.map((s) => s.article))
	};
	const counts: Record<Facet, Map<string, number>> = { kinds: new Map(), actors: new Map(), articles: new Map() };
	const add = (facet: Facet, e: TimedEvent) => {
		for (const k of keys[facet](e)) counts[facet].set(k, (counts[facet].get(k) ?? 0) + 1);
	};
	for (const e of events) {
		let failed: string | undefined;
		let failures = 0;
		for (const [name, test] of t) if (!test(e) && ++failures === 1) failed = name;
		if (failures === 0) for (const facet of FACETS) add(facet, e);
		else if (failures === 1 && (FACETS as readonly string[]).includes(failed!)) add(failed as Facet, e);
	}
	return counts;
}

/**
 * Why an event passes the actor filter when it names none of the chosen actors: the links
 * through which it counts as theirs ("claimed by" Isis). Empty when it names one itself.
 */
export function keptThrough(e: TimedEvent, f: Filters, links: Map<string, ActorLink[]>): ActorLink[] {
	if (!f.linked || f.actors.length === 0 || e.actors.some((a) => f.actors.includes(a))) return [];
	return (links.get(e.id) ?? []).filter((l) => f.actors.includes(l.actor));
}

export function isFiltered(f: Filters): boolean {
	return Boolean(f.kinds.length || f.actors.length || f.articles.length || f.from || f.to || f.q.trim());
}
