/** Events with their dates parsed once, at the edge, so layout and filters never re-parse EDTF. */
import { parseEdtf, type DateInterval } from '$lib/time/interval';
import type { Event } from './schema';

export interface TimedEvent extends Event {
	when: DateInterval;
}

/** Validated events carry valid EDTF; one that does not is a bug upstream, so it throws. */
export function timeEvents(events: Event[]): TimedEvent[] {
	return events
		.map((e) => {
			const when = parseEdtf(e.date.edtf);
			if (!when.ok) throw new Error(`event ${e.id}: ${when.error}`);
			return { ...e, when: when.value };
		})
		.sort(byTime);
}

/** Time order: by start, then end, then id, so that equal dates still sort the same way everywhere. */
export const byTime = (a: TimedEvent, b: TimedEvent) => a.when.min - b.when.min || a.when.max - b.when.max || a.id.localeCompare(b.id);
