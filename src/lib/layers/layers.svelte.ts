/**
 * The context layers loaded beside the corpus: which ones, each one's own filter, and the
 * dataset event selected, if any. The explorer holds one and matches it against the corpus.
 */
import type { Problem } from '$lib/formats/types';
import { ALL_OF_LAYER, filterLayer, makeLayer, type Layer, type LayerEvent, type LayerFilter, type LayerInput } from './layer';

export class ContextLayers {
	/** In the order they were loaded; only `add` and `remove` change them. */
	list = $state.raw<Layer[]>([]);
	/** Each layer's filter, by layer id; a layer without one shows everything. */
	filters = $state<Record<string, LayerFilter>>({});
	/** The selected dataset event, if one is selected instead of a curated event. */
	selection = $state<{ layer: string; id: string }>();

	/** Each layer with the events its filter lets through. */
	shown = $derived.by(() => this.list.map((layer) => ({ layer, events: filterLayer(layer.events, this.filterOf(layer.id)) })));
	selected = $derived.by((): { layer: Layer; event: LayerEvent } | undefined => {
		const at = this.selection;
		const layer = at && this.get(at.layer);
		const event = layer?.byId.get(at!.id);
		return layer && event ? { layer, event } : undefined;
	});

	get(id: string): Layer | undefined {
		return this.list.find((l) => l.id === id);
	}

	filterOf(id: string): LayerFilter {
		return this.filters[id] ?? ALL_OF_LAYER;
	}

	/** Adds a layer; its id is `input.id` when given and free, else made from its name. */
	add(input: LayerInput): { layer: Layer; refused: Problem[] } {
		const made = makeLayer(input, (id) => !!this.get(id));
		this.list = [...this.list, made.layer];
		return made;
	}

	/** Removes a layer, its filter and a selection in it. */
	remove(id: string) {
		this.list = this.list.filter((l) => l.id !== id);
		delete this.filters[id];
		if (this.selection?.layer === id) this.selection = undefined;
	}
}
