/**
 * What the timeline draws: an item per event with its dates, colour and lanes. The timeline
 * knows nothing else of events, so the explorer and the benchmark draw through the same code.
 */
import type { TimedEvent } from '$lib/model/timed';
import type { DateInterval } from '$lib/time/interval';
import { kindPaint } from './kinds';
import { laneKeysOf, type LaneKey } from './lanes';

export interface Item {
	id: string;
	title: string;
	when: DateInterval;
	colour: string;
	/** The lanes it is drawn in: one, or one per actor or place. */
	lanes: string[];
}

export function itemsFromEvents(events: TimedEvent[], by: LaneKey): Item[] {
	return events.map((e) => ({ id: e.id, title: e.title, when: e.when, colour: kindPaint(e.kind), lanes: laneKeysOf(e, by) }));
}
