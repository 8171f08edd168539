/** What a screen reader hears of the timeline as a whole, before it reaches any mark. */
import type { TimedEvent } from '$lib/model/timed';
import { formatEdtf } from '$lib/time/format';

/** `shown` in time order, as the explorer keeps them; `lanes` says how lanes group ("kind"). */
export function describeTimeline(shown: readonly TimedEvent[], total: number, lanes: string): string {
	if (!shown.length) return `No events match the filters; ${total} in all.`;
	const first = formatEdtf(shown[0]!.date.edtf);
	const last = formatEdtf(shown.at(-1)!.date.edtf);
	const span = shown.length === 1 ? `dated ${first}` : `from ${first} to ${last}`;
	const count = shown.length === total ? `All ${total} events` : `${shown.length} of ${total} events`;
	return `${count}, ${span}, in lanes by ${lanes}. Each event is a button, in time order; the table view lists the same events with their passages.`;
}
