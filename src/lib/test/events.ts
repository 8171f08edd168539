/** Small hand-made events for unit tests: valid by the schema, independent of the data folder. */
import type { Event, ImportedEvent } from '$lib/model/schema';
import { timeEvents } from '$lib/model/timed';

export function event(id: string, edtf: string, over: Partial<Event> = {}): Event {
	return {
		id,
		title: id,
		kind: 'attack',
		date: { edtf, basis: 'explicit' },
		actors: [],
		places: [],
		assessments: [],
		sources: [
			{
				article: 'a1',
				quote: { type: 'TextQuoteSelector', exact: id },
				position: { type: 'TextPositionSelector', start: 0, end: id.length }
			}
		],
		...over
	};
}

/** A row of a dataset: an imported event with no source passage. */
export const datasetRow = (id: string, edtf: string, over: Partial<ImportedEvent> = {}): ImportedEvent => ({ ...event(id, edtf), sources: [], ...over });

export const timed = (...events: Event[]) => timeEvents(events);
