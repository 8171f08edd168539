/** The benchmark's synthetic events as timeline items: one lane per category, drawn as instants. */
import type { DateInterval } from '$lib/time/interval';
import type { Item } from '$lib/timeline/items';
import { CATEGORIES, type BenchEvent } from './events.mjs';

const COLOURS = ['#d55e00', '#0072b2', '#009e73', '#cc79a7', '#e69f00', '#56b4e9'];
// Shared, read-only: 100,000 items need not each carry a copy of their lane list.
const LANES = CATEGORIES.map((c) => [c]);

/** An instant whose EDTF text is made only when something reads it: most never are. */
class Instant implements DateInterval {
	constructor(readonly min: number) {}
	get max() {
		return this.min;
	}
	get edtf() {
		return new Date(this.min).toISOString();
	}
	get precision() {
		return 'time' as const;
	}
	get point() {
		return true;
	}
	get approximate() {
		return false;
	}
	get uncertain() {
		return false;
	}
}

export function benchItems(events: BenchEvent[]): Item[] {
	return [...events]
		.sort((a, b) => a.time - b.time || a.id - b.id)
		.map((e) => ({ id: String(e.id), title: e.label, when: new Instant(e.time), colour: COLOURS[e.category % COLOURS.length]!, lanes: LANES[e.category]! }));
}
