/**
 * The explorer's state: filters, selection, visible range and lanes, with what derives from
 * them. Components read it; only user actions and the URL write it.
 */
import type { Corpus, Entity, Article } from '$lib/model/schema';
import { timeEvents, type TimedEvent } from '$lib/model/timed';
import type { LaneKey } from '$lib/timeline/lanes';
import { filterEvents, NO_FILTERS, type Filters } from './filters';
import { buildSearch } from './search';
import type { ViewState } from './url';

export class Explorer {
	filters = $state<Filters>(NO_FILTERS);
	selectedId = $state<string | undefined>();
	range = $state<[number, number] | undefined>();
	lanes = $state<LaneKey>('kind');

	readonly events: TimedEvent[];
	readonly entities: Map<string, Entity>;
	readonly articles: Map<string, Article>;
	readonly byId: Map<string, TimedEvent>;
	readonly search: (q: string) => Set<string>;
	/** The time the whole corpus covers: the axis's view at zoom 1. */
	readonly extent: [number, number];

	constructor(readonly corpus: Corpus) {
		this.events = timeEvents(corpus.events);
		this.entities = new Map(corpus.entities.map((e) => [e.id, e]));
		this.articles = new Map(corpus.articles.map((a) => [a.id, a]));
		this.byId = new Map(this.events.map((e) => [e.id, e]));
		this.search = buildSearch(this.events, corpus.entities);
		this.extent = this.events.length
			? [Math.min(...this.events.map((e) => e.when.min)), Math.max(...this.events.map((e) => e.when.max))]
			: [Date.UTC(2000, 0), Date.UTC(2001, 0)];
	}

	visible = $derived.by(() => filterEvents(this.events, this.filters, this.search));

	selected = $derived.by(() => (this.selectedId ? this.byId.get(this.selectedId) : undefined));


	get view(): ViewState {
		return { filters: this.filters, event: this.selectedId, range: this.range, lanes: this.lanes };
	}

	set view(v: ViewState) {
		this.filters = v.filters;
		this.selectedId = v.event && this.byId.has(v.event) ? v.event : undefined;
		this.range = v.range;
		this.lanes = v.lanes;
	}

	nameOf(id: string): string {
		return this.entities.get(id)?.name ?? id;
	}

	titleOf(id: string): string {
		return this.byId.get(id)?.title ?? id;
	}

	/** Selects an event and, if it lies outside the visible range, brings it into view. */
	select(id: string) {
		this.selectedId = id;
		const e = this.byId.get(id);
		const r = this.range;
		if (!e || !r || (e.when.min >= r[0] && e.when.max <= r[1])) return;
		const span = Math.max(r[1] - r[0], (e.when.max - e.when.min) * 1.2);
		const mid = (e.when.min + e.when.max) / 2;
		this.range = [mid - span / 2, mid + span / 2];
	}
}
