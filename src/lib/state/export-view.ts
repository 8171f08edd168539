/** The explorer's filtered view as a file in any export format, made in the browser. */
import { exportEvents, FORMATS, type ExportFormat } from '$lib/formats';
import type { ImportedEvent, Relation } from '$lib/model/schema';
import type { TimedEvent } from '$lib/model/timed';

export interface ViewFile {
	name: string;
	type: string;
	text: string;
}

/** Three formats write .json and two .csv: the name says which one a file is. */
const SUFFIX: Record<ExportFormat, string> = { json: '', csv: '', timelinejs: '.timelinejs', 'timelinejs-sheet': '.timelinejs-sheet', vis: '.vis' };

/** The parsed interval is the explorer's own; files carry the EDTF it came from. */
const plain = ({ when: _when, ...event }: TimedEvent): ImportedEvent => event;

export function viewFile(format: ExportFormat, events: TimedEvent[], relations: Relation[], base = 'event-timeline'): ViewFile {
	const { extension, mime } = FORMATS[format];
	return {
		name: `${base}${SUFFIX[format]}.${extension}`,
		type: `${mime};charset=utf-8`,
		text: exportEvents(format, { events: events.map(plain), relations })
	};
}
