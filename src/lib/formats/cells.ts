/**
 * Cells of the field's datasets (ACLED, GTD) read into event fields: counts, coordinates and
 * names made into entity ids. Each refuses its row with the column's name when a cell is bad.
 */
import { refuse, show, slugify, type Draft, type ModelPath } from './sink';

/** A count: a whole number ("3", or "3.0" as some exports write it); `unknown` values read as absent. */
export function readCount(d: Draft, cells: Map<string, string>, column: string, unknown: string[] = []) {
	const cell = cells.get(column)?.trim();
	if (!cell || unknown.includes(cell)) return undefined;
	if (/^\d{1,15}(\.0+)?$/.test(cell)) return Number(cell);
	refuse(d, column, `expected a whole number of people, got ${show(cell)}`);
	return undefined;
}

/** Latitude and longitude, kept in extra as numbers: the model has no place for coordinates. */
function readCoordinates(d: Draft, cells: Map<string, string>, lat: string, lon: string) {
	for (const [column, limit] of [
		[lat, 90],
		[lon, 180]
	] as const) {
		const cell = cells.get(column)?.trim();
		if (!cell) continue;
		const n = Number(cell);
		if (!Number.isFinite(n) || Math.abs(n) > limit)
			refuse(d, column, `expected a number between -${limit} and ${limit}, got ${show(cell)}`);
		else d.leftovers.push([column, n]);
	}
}

/** Strict schemas refuse a key that is there with no value: blank cells must leave no key. */
export const defined = <T extends object>(o: T) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;

/** Names (an actor, a place) as entity ids, without the blanks and the "Unknown"s. */
export const idsOf = (...names: (string | undefined)[]) => [
	...new Set(
		names
			.flatMap((n) => (n ?? '').split(';'))
			.map((n) => n.trim())
			.filter((n) => n && !/^unknown$/i.test(n))
			.map(slugify)
	)
];

/** Keeps every cell the mapping did not read, under its column's name. */
function keepOthers(d: Draft, cells: Map<string, string>, read: readonly string[]) {
	for (const [column, cell] of cells) if (!read.includes(column) && cell) d.leftovers.push([column, cell]);
}

/** The column a model path was read from, for messages: a dataset's own name, or its column kept in extra. */
export const fieldOfColumns = (columns: Record<string, string>) => (path: ModelPath) =>
	columns[path.map(String).join('.')] ?? (path[0] === 'extra' ? String(path[1]) : String(path[0]));

/** What the field's datasets leave out of every row, and what they keep beside the model: no passage, no assessment, the coordinates and the other columns. */
export function finishRow(d: Draft, cells: Map<string, string>, mapped: readonly string[]) {
	d.event.sources = [];
	d.event.assessments = [];
	readCoordinates(d, cells, 'latitude', 'longitude');
	keepOthers(d, cells, mapped);
}
