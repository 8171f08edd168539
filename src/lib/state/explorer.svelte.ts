/**
 * The explorer's state: filters, selection, visible range and lanes, with what derives from
 * them. Components read it; only user actions, the URL and imported files write it.
 */
import { untrack } from 'svelte';
import { FORMATS, type ImportResult, type Problem } from '$lib/formats';
import { crossLinks, rowKey, type CrossLinks } from '$lib/layers/links';
import { datasetTitle, joinsCorpus, type Layer, type LayerInput } from '$lib/layers/layer';
import { ContextLayers } from '$lib/layers/layers.svelte';
import type { Corpus, Entity, Article, ImportedEvent, Relation } from '$lib/model/schema';
import { timeEvents, type TimedEvent } from '$lib/model/timed';
import { formatEdtf } from '$lib/time/format';
import { itemsFromEvents } from '$lib/timeline/items';
import { KIND_LABEL } from '$lib/timeline/kinds';
import type { LaneKey } from '$lib/timeline/lanes';
import type { ScaleKind } from '$lib/timeline/scale-kind';
import { actorLinks, facetCounts, filterEvents, NO_FILTERS, type Filters } from './filters';
import { filterOptions, keptEvents, optionIds } from './filter-options';
import { mergeEvents } from './merge';
import { buildSearch } from './search';
import { suggestFilters } from './suggest';
import type { TimelineView } from './timeline.svelte';
import type { ViewState } from './url';
import type { Extent } from './view-range';

export class Explorer {
	filters = $state<Filters>(NO_FILTERS);
	selectedId = $state<string | undefined>();
	/**
	 * The timeline's view owner while a timeline is on screen: the one source of the visible
	 * range. Everything that moves the view (selection, URL, messages) goes through its verbs.
	 */
	timeline = $state.raw<TimelineView>();
	/**
	 * The visible range as the timeline last reported it (undefined: its default framing), for
	 * the URL and for a timeline shown again after the table. Only the timeline writes it, or
	 * a restored view before any timeline is on screen.
	 */
	range = $state<[number, number] | undefined>();
	lanes = $state<LaneKey>('kind');
	scale = $state<ScaleKind>('linear');
	allRelations = $state(false);

	/** The corpus's events and those imported since, in time order; only `addEvents` changes them. */
	events = $state.raw<TimedEvent[]>([]);
	relations = $state.raw<Relation[]>([]);
	readonly entities: Map<string, Entity>;
	readonly articles: Map<string, Article>;

	constructor(readonly corpus: Corpus) {
		this.events = timeEvents(corpus.events);
		this.relations = corpus.relations;
		this.entities = new Map(corpus.entities.map((e) => [e.id, e]));
		this.articles = new Map(corpus.articles.map((a) => [a.id, a]));
	}

	byId = $derived(new Map(this.events.map((e) => [e.id, e])));
	search = $derived.by(() => buildSearch(this.events, this.corpus.entities));

	visible = $derived.by(() => filterEvents(this.events, this.filters, this.search, this.relations));
	/** The count beside each kind, actor and article: what it shows given the other filters. */
	facets = $derived.by(() => facetCounts(this.events, this.filters, this.search, this.relations));
	/** Links through which events count as an actor's (a claimed attack is the claimant's). */
	links = $derived.by(() => actorLinks(this.events, this.relations));
	/** The visible events the search matched, most relevant first, with the words that matched. */
	hits = $derived.by(() => {
		const shown = new Set(this.visible.map((e) => e.id));
		return this.filters.q.trim() ? this.search.hits(this.filters.q).filter((h) => shown.has(h.id)) : [];
	});
	/** The filter panel's choices, each with its facet count. */
	optionIds = $derived.by(() => optionIds(this.events, (id) => this.nameOf(id)));
	options = $derived.by(() =>
		filterOptions(this.optionIds, this.facets, { actor: (id) => this.nameOf(id), article: (id) => this.articles.get(id)?.headline ?? id })
	);
	/** The shown events that the actor filter keeps through a relation, and why. */
	kept = $derived.by(() => keptEvents(this.visible, this.filters, this.links, (id) => this.nameOf(id)));
	/** What to offer when nothing passes the filters. */
	suggestions = $derived.by(() => (this.visible.length ? [] : suggestFilters(this.events, this.filters, this.search, this.relations)));

	/** What the timeline draws: the filtered events, and all of them for a scale that filters do not move. */
	allItems = $derived.by(() => itemsFromEvents(this.events, this.lanes));
	items = $derived.by(() => {
		const shown = new Set(this.visible.map((e) => e.id));
		return this.allItems.filter((i) => shown.has(i.id));
	});

	selected = $derived.by(() => (this.selectedId ? this.byId.get(this.selectedId) : undefined));

	/**
	 * Datasets beside the corpus, each with its own filter. Nothing above reads them, so the
	 * curated events, their counts, search and exports stay the corpus's own.
	 */
	readonly context = new ContextLayers();

	get layers(): Layer[] {
		return this.context.list;
	}

	/** Curated events and dataset events that are the same incident, both ways. */
	crossLinks = $derived.by((): CrossLinks => crossLinks(this.events, this.entities, this.context.list));

	/** The same incident elsewhere, for the selected event's detail: dataset rows of a curated event, curated events of a dataset row. */
	selectedCrossRefs = $derived.by((): { where: string; label: string; layer?: string; id: string }[] => {
		const { byCurated, byRow } = this.crossLinks;
		if (this.selected)
			return (byCurated.get(this.selected.id) ?? []).flatMap(({ layer, row }) => {
				const l = this.context.get(layer);
				const e = l?.byId.get(row);
				return l && e ? [{ where: l.name, label: e.row, layer, id: row }] : [];
			});
		const s = this.context.selected;
		return s ? (byRow.get(rowKey(s.layer.id, s.event.id)) ?? []).map((id) => ({ where: 'the curated events', label: this.titleOf(id), id })) : [];
	});

	/**
	 * Adds a dataset as a layer of its own and returns it; its id is `input.id` when given and
	 * free, else made from its name. Events it cannot place in time are refused with a message.
	 */
	addLayer(input: LayerInput): { layer: Layer; refused: Problem[] } {
		return this.context.add(input);
	}

	/** Removes a layer, its filter and a selection in it. */
	removeLayer(id: string) {
		this.context.remove(id);
	}

	/**
	 * Takes what an importer read from a file: curated events join the corpus's (`joinsCorpus`
	 * says which), a dataset becomes a layer named after the file or its own title.
	 */
	addImport(file: string, result: ImportResult): { added: string[]; refused: Problem[]; layer?: Layer } {
		if (joinsCorpus(result.format, result.events)) return this.addEvents(result.events, result.relations);
		const { layer, refused } = this.addLayer({
			name: datasetTitle(result.extra) ?? file,
			format: FORMATS[result.format].label,
			events: result.events,
			relations: result.relations,
			extra: result.extra
		});
		return { added: layer.events.map((e) => e.id), refused, layer };
	}

	/** Selects a dataset event and brings it into view, as `select` does a curated one. */
	selectInLayer(layer: string, id: string) {
		this.selectedId = undefined;
		this.context.selection = { layer, id };
		const e = this.context.get(layer)?.byId.get(id);
		if (e) this.bringIntoView(e);
	}

	/** Closes whichever event is selected. */
	deselect() {
		this.selectedId = undefined;
		this.context.selection = undefined;
	}

	/** A date filter's window (ms), to which fitting clips long spans. */
	dateWindow = $derived.by((): Extent | undefined => {
		const { from, to } = this.filters;
		if (!from && !to) return undefined;
		return { min: from ? Date.parse(`${from}T00:00:00Z`) : -Infinity, max: to ? Date.parse(`${to}T23:59:59.999Z`) : Infinity };
	});

	/**
	 * Adds events from a file (they may have no source passage). Nothing loaded is replaced:
	 * an id already taken, or a relation to an event not loaded, is refused with a message.
	 */
	addEvents(events: ImportedEvent[], relations: Relation[] = []): { added: string[]; refused: Problem[] } {
		const merged = mergeEvents({ events: this.events, relations: this.relations }, { events, relations });
		this.events = merged.events;
		this.relations = merged.relations;
		return { added: merged.added, refused: merged.refused };
	}

	get view(): ViewState {
		return { filters: this.filters, event: this.selectedId, range: this.range, lanes: this.lanes, scale: this.scale, relations: this.allRelations };
	}

	/** Restores a view (from a URL): a named event without a range is brought into view with its context. */
	set view(v: ViewState) {
		this.filters = v.filters;
		this.selectedId = v.event && this.byId.has(v.event) ? v.event : undefined;
		this.lanes = v.lanes;
		this.scale = v.scale;
		this.allRelations = v.relations;
		// Untracked: a caller's effect that restores a view must not come to depend on the selection or the timeline.
		untrack(() => {
			if (v.range || !this.selectedId) this.showRange(v.range);
			else this.timeline?.focus(this.selectedId);
		});
	}

	/** Sets the filters and moves the view to what they let through (clipped to a date filter's window). */
	applyFilters(filters: Filters) {
		this.filters = filters;
		this.timeline?.reset({ animate: true, clip: this.dateWindow });
	}

	/** Shows a range (ms), or the default framing for undefined; kept for later if no timeline is on screen. */
	showRange(range: [number, number] | undefined, animate = false) {
		if (!this.timeline) this.range = range;
		else if (range) this.timeline.zoomTo(range, { animate });
		else this.timeline.reset({ animate, clip: this.dateWindow });
	}

	nameOf(id: string): string {
		return this.entities.get(id)?.name ?? id;
	}

	/** How a mark is announced: title, kind and date. */
	describe(id: string): string {
		const e = this.byId.get(id);
		return e ? `${e.title}, ${KIND_LABEL[e.kind].toLowerCase()}, ${formatEdtf(e.date.edtf)}` : id;
	}

	titleOf(id: string): string {
		return this.byId.get(id)?.title ?? id;
	}

	/** Selects an event and, if it lies outside the visible range, brings it into view at the same zoom. */
	select(id: string) {
		this.selectedId = id;
		this.context.selection = undefined;
		const e = this.byId.get(id);
		if (e) this.bringIntoView(e);
	}

	private bringIntoView(e: TimedEvent) {
		const tl = this.timeline;
		if (!tl) return;
		if (tl.shows(e.when)) return;
		const [a, b] = tl.times();
		const span = Math.max(b - a, (e.when.max - e.when.min) * 1.2);
		const mid = (e.when.min + e.when.max) / 2;
		tl.zoomTo([mid - span / 2, mid + span / 2], { animate: true });
	}
}
