/**
 * Context layers: a dataset loaded beside the corpus (ACLED, GTD, a TimelineJS sheet, a
 * spreadsheet) kept as its own layer, never mixed into the curated events, their counts,
 * search or exports. Here: what a layer is, which files become one, and its own filters.
 */
import type { ImportedEvent, Relation } from '$lib/model/schema';
import { byTime, type TimedEvent } from '$lib/model/timed';
import type { Problem } from '$lib/formats/types';
import { slugify } from '$lib/formats/sink';
import { DAY } from '$lib/timeline/warp';
import { readEdtf } from '$lib/formats/dates';
import { KIND_LABEL } from '$lib/timeline/kinds';
import { matchName } from './names';

/**
 * Where a layer's event sits on the time axis: the middle of its span, where its dot is drawn
 * and where it is counted, so that a year-long row is in view when its dot is.
 */
export const middle = (e: { when: { min: number; max: number } }) => (e.when.min + e.when.max) / 2;

/** One event of a layer, with what its dataset calls it, ready for filters and cross-references. */
export interface LayerEvent extends TimedEvent {
	/** The row's id as the dataset writes it (ACLED's event_id_cnty, GTD's eventid). */
	row: string;
	/** The dataset's own name for the kind (ACLED's event_type), or the model's kind label. */
	kindName: string;
	/** Actors and places as the dataset names them. */
	actorNames: string[];
	placeNames: string[];
	/** How far (ms) either side of its date the dataset's precision leaves the event. */
	slack: number;
	/** Its actors' and places' names as `matchName` folds them, for cross-referencing. */
	names: ReadonlySet<string>;
}

export interface Layer {
	id: string;
	/** The dataset's title, or the file's name. */
	name: string;
	/** The format it was read as ("ACLED export", "CSV spreadsheet"). */
	format: string;
	/** In time order, by the middle of each one's span, where it is drawn and counted. */
	events: LayerEvent[];
	relations: Relation[];
	/** File-level fields the format kept (a TimelineJS title slide, eras). */
	extra: Record<string, unknown>;
	byId: ReadonlyMap<string, LayerEvent>;
}

/** What `addLayer` takes: a dataset as an importer gives it. */
export interface LayerInput {
	/** Kept when given (a layer restored from storage), else made from the name. */
	id?: string;
	name: string;
	format: string;
	events: ImportedEvent[];
	relations?: Relation[];
	extra?: Record<string, unknown>;
}

/**
 * Whether a file's events join the curated ones rather than become a layer: files in the
 * project's own format (curated events from another corpus), and files whose every event is
 * anchored to a source passage (curated events exported to another format and read back).
 * Everything else is a dataset: the schema lets an event join the curated data only once a
 * passage anchors it.
 */
export function joinsCorpus(format: string, events: readonly ImportedEvent[]): boolean {
	return format === 'json' || (events.length > 0 && events.every((e) => e.sources.length > 0));
}

/**
 * A dataset's own title, where its file gives one: a title string, or a TimelineJS title
 * slide's headline (tags taken off, as TimelineJS headlines may hold markup).
 */
export function datasetTitle(extra: Record<string, unknown>): string | undefined {
	const title = extra.title;
	const text = typeof title === 'object' && title !== null ? (title as { text?: { headline?: unknown } }).text?.headline : title;
	const plain = typeof text === 'string' ? text.replace(/<[^>]*>/g, '').trim() : '';
	return plain || undefined;
}

/**
 * Columns of the field's datasets that name the row, its kind, its actors and its places,
 * looked for in `extra` when an importer kept them there. A row's own fields come after.
 */
const COLUMNS = {
	row: ['event_id_cnty', 'eventid', 'id'],
	kind: ['event_type', 'attacktype1_txt'],
	actors: ['actor1', 'actor2', 'assoc_actor_1', 'assoc_actor_2', 'gname', 'gname2'],
	places: ['location', 'admin3', 'admin2', 'city', 'provstate']
} as const;

/** ACLED's time_precision: 1 the day, 2 within about a week, 3 within about a month. */
const PRECISION_SLACK: Record<string, number> = { '1': 0, '2': 3 * DAY, '3': 15 * DAY };
/** An approximate date (2017-03-22~) without a stated precision: about a week either way. */
const APPROXIMATE_SLACK = 3 * DAY;

const cell = (extra: Record<string, unknown> | undefined, key: string) => {
	const v = extra?.[key];
	return typeof v === 'string' || typeof v === 'number' ? String(v).trim() : '';
};
const cells = (extra: Record<string, unknown> | undefined, keys: readonly string[]) =>
	keys.flatMap((k) => cell(extra, k).split(';')).map((s) => s.trim()).filter(Boolean);

function layerEvent(e: ImportedEvent, when: TimedEvent['when']): LayerEvent {
	const x = e.extra;
	// The dataset's own names where the importer kept its cells; the ids it made of them (which
	// name the same actors again) only where it kept none.
	const [actorCells, placeCells] = [cells(x, COLUMNS.actors), cells(x, COLUMNS.places)];
	const actorNames = [...new Set(actorCells.length ? actorCells : e.actors)];
	const placeNames = [...new Set(placeCells.length ? placeCells : e.places)];
	const precision = cell(x, 'time_precision');
	const slack = PRECISION_SLACK[precision] ?? (when.approximate ? APPROXIMATE_SLACK : 0);
	// ACLED writes a place within a city as "London - Westminster": either half may be the match.
	const names = new Set([...actorNames, ...placeNames.flatMap((p) => [p, ...p.split(' - ')])].map(matchName).filter(Boolean));
	return {
		...e,
		when,
		row: COLUMNS.row.map((k) => cell(x, k)).find(Boolean) ?? e.id,
		kindName: COLUMNS.kind.map((k) => cell(x, k)).find(Boolean) ?? KIND_LABEL[e.kind],
		actorNames,
		placeNames,
		slack,
		names
	};
}

/**
 * Makes a layer of a dataset's events; `taken` ids of other layers are avoided. An event
 * whose date cannot be placed is refused with a message, as a curated one would be.
 */
export function makeLayer(input: LayerInput, taken: (id: string) => boolean = () => false): { layer: Layer; refused: Problem[] } {
	const refused: Problem[] = [];
	const events: LayerEvent[] = [];
	for (const e of input.events) {
		const when = readEdtf(e.date.edtf);
		if (when.ok) events.push(layerEvent(e, when.value));
		else refused.push({ record: `event ${e.id}`, field: 'date.edtf', message: when.error });
	}
	events.sort((a, b) => middle(a) - middle(b) || byTime(a, b));
	const base = input.id ?? slugify(input.name);
	let id = base;
	for (let n = 2; taken(id); n++) id = `${base}-${n}`;
	const layer = {
		id,
		name: input.name,
		format: input.format,
		events,
		relations: input.relations ?? [],
		extra: input.extra ?? {},
		byId: new Map(events.map((e) => [e.id, e]))
	};
	return { layer, refused };
}

/** A layer's own filters: whether it is shown, and which of its kinds and actors (none ticked: all). */
export interface LayerFilter {
	shown: boolean;
	kinds: string[];
	actors: string[];
}

export const ALL_OF_LAYER: LayerFilter = { shown: true, kinds: [], actors: [] };

/** The events of a layer its filter lets through, in time order. */
export function filterLayer(events: readonly LayerEvent[], f: LayerFilter): LayerEvent[] {
	if (!f.shown) return [];
	if (!f.kinds.length && !f.actors.length) return events as LayerEvent[];
	const kinds = new Set(f.kinds);
	const actors = new Set(f.actors);
	return events.filter((e) => (!kinds.size || kinds.has(e.kindName)) && (!actors.size || e.actorNames.some((a) => actors.has(a))));
}

/** A layer's kinds and actors to choose from, most frequent first, each with its count. */
export function layerOptions(events: readonly LayerEvent[]): { kinds: LayerOption[]; actors: LayerOption[] } {
	const tally = (names: (e: LayerEvent) => readonly string[]) => {
		const counts = new Map<string, number>();
		for (const e of events) for (const n of names(e)) counts.set(n, (counts.get(n) ?? 0) + 1);
		return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([id, count]) => ({ id, label: id, count }));
	};
	return { kinds: tally((e) => [e.kindName]), actors: tally((e) => e.actorNames) };
}

interface LayerOption {
	id: string;
	label: string;
	count: number;
}
