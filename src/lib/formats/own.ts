/**
 * The app's own JSON: an event file ({events, relations}) or a whole corpus. Each event and
 * relation is checked on its own, so one bad record does not cost the others.
 */
import { fieldName } from '$lib/model/json-source';
import { Event } from '$lib/model/schema';
import { readJsonFile, toPath, type JsonText } from './jsonText';
import { fileResult, readRelations } from './fileLevel';
import { isRecord, newDraft, refuse, show, sortDrafts, type Draft } from './sink';
import { emptyResult, type ExportData, type ImportResult } from './types';

const EVENT_FIELDS = Object.keys(Event.shape);

function readEvent(raw: unknown, i: number, json: JsonText): Draft {
	const line = (field?: string) => json.lineOf(['events', i, ...(field ? toPath(field) : [])]);
	const d = newDraft(`events[${i}]`, isRecord(raw) ? raw.id : undefined, line, fieldName);
	if (!isRecord(raw)) {
		refuse(d, undefined, `expected an event object, got ${show(raw)}`);
		return d;
	}
	for (const [key, value] of Object.entries(raw)) {
		if (!EVENT_FIELDS.includes(key)) d.leftovers.push([key, value]);
		else if (key !== 'id') d.event[key] = value;
	}
	return d;
}

export function importOwn(text: string): ImportResult {
	const file = readJsonFile(text, 'json');
	if (!file.ok) return file.result;
	const { value, lineOf } = file.json;
	if (!isRecord(value) || !Array.isArray(value.events))
		return emptyResult('json', [
			{
				line: 1,
				field: 'events',
				message: 'not an event file: expected an object with an "events" list'
			}
		]);
	const { events, relations, ...fileExtra } = value;
	const sorted = sortDrafts(
		events.map((e, i) => readEvent(e, i, file.json)),
		'id',
		false
	);
	const rel = readRelations(relations, 'relations', (field) => lineOf(toPath(field)));
	return fileResult('json', sorted, rel, fileExtra, lineOf);
}

/** An event file in the layout of data/events/*.json. */
export function exportOwn(data: ExportData): string {
	return JSON.stringify({ events: data.events, relations: data.relations ?? [] }, null, 2) + '\n';
}
