/** How many events fall under each key (kind, actor, article), for filter options and legends. */
import type { TimedEvent } from '$lib/model/timed';

export function countBy(events: TimedEvent[], keys: (e: TimedEvent) => string[]): Map<string, number> {
	const counts = new Map<string, number>();
	for (const e of events) for (const k of keys(e)) counts.set(k, (counts.get(k) ?? 0) + 1);
	return counts;
}
