/**
 * Free-text search over events: titles, summaries, the quoted passages and the names and
 * aliases of their actors and places, with prefix and typo-tolerant matching.
 */
import MiniSearch from 'minisearch';
import type { Entity } from '$lib/model/schema';
import type { TimedEvent } from '$lib/model/timed';

export function buildSearch(events: TimedEvent[], entities: Entity[]): (q: string) => Set<string> {
	const byId = new Map(entities.map((e) => [e.id, e]));
	const names = (ids: string[]) =>
		ids.flatMap((id) => {
			const e = byId.get(id);
			return e ? [e.name, ...e.aliases] : [id];
		});
	const index = new MiniSearch({
		fields: ['title', 'summary', 'quotes', 'who', 'where', 'kind'],
		searchOptions: { prefix: true, fuzzy: 0.2, combineWith: 'AND', boost: { title: 3, who: 2 } }
	});
	index.addAll(
		events.map((e) => ({
			id: e.id,
			title: e.title,
			summary: e.summary ?? '',
			quotes: e.sources.map((s) => s.quote.exact).join(' '),
			who: names(e.actors).join(' '),
			where: names(e.places).join(' '),
			kind: e.kind.replace(/-/g, ' ')
		}))
	);
	return (q) => new Set(index.search(q).map((r) => String(r.id)));
}
