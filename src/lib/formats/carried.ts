/**
 * TimelineJS slides and vis-timeline items have no place for sources, actors or the date's
 * basis. Exports carry those fields under one key that both tools ignore, so that a file
 * exported here and imported again loses nothing; the tool's own fields win where they say
 * the same thing (the user may have edited them in the tool).
 */
import { zodIssues } from '$lib/model/issues';
import { fieldName } from '$lib/model/json-source';
import { z } from 'zod';
import { EventDate, ImportedEvent } from '$lib/model/schema';
import { type Draft } from './sink';

export const CARRIED_KEY = 'event_timeline';

export const Carried = ImportedEvent.pick({
	planned: true,
	actors: true,
	places: true,
	casualties: true,
	claim: true,
	assessments: true,
	sources: true,
	extra: true
})
	.partial()
	.extend({ date: EventDate.optional() });
export type Carried = z.infer<typeof Carried>;

/** Sets an own property even for names such as "constructor" that objects inherit. */
export function setOwn(target: Record<string, unknown>, key: string, value: unknown) {
	Object.defineProperty(target, key, {
		value,
		enumerable: true,
		writable: true,
		configurable: true
	});
}

/**
 * The tool's record with the event's extra fields put back where they came from: "media" on
 * the record, "start_date.format" inside its start_date. What would overwrite a field the
 * export writes goes into the carried block instead.
 */
export function withCarried(
	record: Record<string, unknown>,
	e: ImportedEvent,
	/** Whether the importer reads a field: such a field must never be filled from extra. */
	mapped: (key: string) => boolean
): Record<string, unknown> {
	const clashes: [string, unknown][] = [];
	for (const [key, value] of Object.entries(e.extra ?? {})) {
		const [head, ...rest] = key.split('.');
		const inner = rest.join('.');
		const parent = record[head!];
		if (mapped(key) || key === CARRIED_KEY) clashes.push([key, value]);
		else if (!inner && !Object.hasOwn(record, key)) setOwn(record, key, value);
		else if (
			inner &&
			parent &&
			typeof parent === 'object' &&
			!Array.isArray(parent) &&
			!Object.hasOwn(parent, inner)
		)
			setOwn(parent as Record<string, unknown>, inner, value);
		else clashes.push([key, value]);
	}
	const carried: Carried = {
		date: e.date,
		...(e.planned ? { planned: e.planned } : {}),
		...(e.actors.length ? { actors: e.actors } : {}),
		...(e.places.length ? { places: e.places } : {}),
		...(e.casualties ? { casualties: e.casualties } : {}),
		...(e.claim ? { claim: e.claim } : {}),
		...(e.assessments.length ? { assessments: e.assessments } : {}),
		...(e.sources.length ? { sources: e.sources } : {}),
		...(clashes.length ? { extra: Object.fromEntries(clashes) } : {})
	};
	setOwn(record, CARRIED_KEY, carried);
	return record;
}

interface ToolDate {
	/** The EDTF the tool's own date fields give. */
	edtf: string | undefined;
	/** The tool's dates as they would be written for an EDTF, read back: equal means unedited. */
	roundTrip(edtf: string): string | undefined;
	/** The tool's own wording of the date, for tools that have one (TimelineJS display_date). */
	written?: string;
	/** Field that holds the tool's date, for messages. */
	field: string;
}

/**
 * Merges the carried block into a draft's event. The carried EDTF (with its qualifiers and
 * unspecified digits) is used only while the tool's dates still say what it said.
 */
export function applyCarried(raw: unknown, draft: Draft, tool: ToolDate): void {
	const parsed = raw === undefined ? undefined : Carried.safeParse(raw);
	if (parsed && !parsed.success)
		draft.problems.push(
			...zodIssues(parsed.error, (path) => {
				const field = `${CARRIED_KEY}.${fieldName(path)}`;
				return { record: draft.record, line: draft.line(field), field };
			})
		);
	const { date: carried, ...rest } = parsed?.data ?? {};
	Object.assign(draft.event, { sources: [] }, rest);
	let edtf = tool.edtf;
	if (carried && edtf !== undefined && carried.edtf !== edtf) {
		if (tool.roundTrip(carried.edtf) === edtf) edtf = carried.edtf;
		else
			draft.notes.push({
				record: draft.record,
				line: draft.line(tool.field),
				field: `${CARRIED_KEY}.date.edtf`,
				message: `"${carried.edtf}" disagrees with ${tool.field}; the date there (${edtf}) is used`
			});
	}
	const date: Record<string, unknown> = { basis: 'explicit', ...carried, edtf };
	// A tool that has a field for the wording (TimelineJS display_date) has the last word on it.
	if ('written' in tool) date.written = tool.written;
	if (date.written === undefined) delete date.written;
	draft.event.date = date;
}
