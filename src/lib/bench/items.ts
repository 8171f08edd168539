/** The benchmark's synthetic events as timeline items: one lane per category, drawn as instants. */
import type { Item } from '$lib/timeline/items';
import { CATEGORIES, type BenchEvent } from './events.mjs';

const COLOURS = ['#d55e00', '#0072b2', '#009e73', '#cc79a7', '#e69f00', '#56b4e9'];

export function benchItems(events: BenchEvent[]): Item[] {
	return [...events]
		.sort((a, b) => a.time - b.time || a.id - b.id)
		.map((e) => ({
			id: String(e.id),
			title: e.label,
			when: { edtf: new Date(e.time).toISOString(), min: e.time, max: e.time, precision: 'time', point: true, approximate: false, uncertain: false },
			colour: COLOURS[e.category % COLOURS.length]!,
			lanes: [CATEGORIES[e.category]!]
		}));
}
