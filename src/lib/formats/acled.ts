/**
 * An ACLED export (acleddata.com), as CSV → events. `event_id_cnty` is the id, `event_date`
 * at its `time_precision` the EDTF date, `event_type`/`sub_event_type` the kind, the actors
 * and location entity ids, `fatalities` the killed, `notes` the summary. Every original cell
 * (the names, types, source, admin areas, coordinates) is kept in extra under its column.
 */
import { UTCDate } from '@date-fns/utc';
import { addDays, format } from 'date-fns';
import type { EventKind } from '$lib/model/schema';
import { parseTypedDay } from '$lib/time/typed-day';
import { fieldOfColumns, finishRow, idsOf, readCount } from './cells';
import type { RowFormat } from './rows';
import { memo } from '$lib/memo';
import { refuse, show, slugify, type Draft } from './sink';

/** ACLED's event types as kinds; Strategic developments by their sub-event type. */
const KINDS: Record<string, EventKind> = {
	battles: 'military-operation',
	'explosions/remote violence': 'attack',
	'violence against civilians': 'attack',
	'strategic developments/agreement': 'meeting',
	'strategic developments/arrests': 'investigation',
	'strategic developments/headquarters or base established': 'military-operation',
	'strategic developments/non-violent transfer of territory': 'military-operation'
};
export const acledKind = (type: string, sub: string): EventKind =>
	KINDS[`${type}/${sub}`.toLowerCase()] ?? KINDS[type.toLowerCase()] ?? 'other';

/** Columns mapped to fields the model has, and so not kept again in extra. */
const MAPPED = ['notes', 'fatalities', 'latitude', 'longitude'];
const FIELD: Record<string, string> = {
	title: 'sub_event_type',
	kind: 'event_type',
	summary: 'notes',
	'date.edtf': 'event_date',
	'date.written': 'event_date',
	'casualties.killed': 'fatalities'
};
const fieldOf = fieldOfColumns(FIELD);

const iso = (d: Date) => format(d, 'yyyy-MM-dd');

/** The EDTF of an ACLED date at its precision: a day, the week around it, or its month. */
export function acledDate(written: string, precision: string): { ok: true; edtf: string } | { ok: false; field: string; error: string } {
	const day = parseTypedDay(written, 'start');
	if (!day.ok || day.precision !== 'day')
		return { ok: false, field: 'event_date', error: `expected a day such as "14 July 2016" or 2016-07-14, got ${show(written)}` };
	const [y, m, d] = day.day.split('-').map(Number) as [number, number, number];
	const date = new UTCDate(y, m - 1, d);
	switch (precision.trim() || '1') {
		case '1':
			return { ok: true, edtf: day.day };
		case '2':
			// ACLED codes an event known to the week on a day of that week: the seven days around it.
			return { ok: true, edtf: `${iso(addDays(date, -3))}/${iso(addDays(date, 3))}` };
		case '3':
			return { ok: true, edtf: day.day.slice(0, 7) };
		default:
			return { ok: false, field: 'time_precision', error: `expected 1 (day), 2 (week) or 3 (month), got ${show(precision)}` };
	}
}

// An export repeats its days thousands of times; reading one takes a date-fns parse or two.
const readDay = memo((key) => {
	const bar = key.indexOf('|');
	return acledDate(key.slice(bar + 1), key.slice(0, bar));
});
const cachedDate = (written: string, precision: string) => readDay(`${precision}|${written}`);

function readRow(cells: Map<string, string>, d: Draft): void {
	const get = (c: string) => cells.get(c)?.trim() ?? '';
	const id = get('event_id_cnty');
	if (id) d.id = slugify(id);
	else refuse(d, 'event_id_cnty', 'empty: every ACLED event has an event_id_cnty');
	const [type, sub, location] = [get('event_type'), get('sub_event_type'), get('location')];
	d.event.title = [sub || type || 'Event', location && `in ${location}`].filter(Boolean).join(' ');
	d.event.kind = acledKind(type, sub);
	const date = cachedDate(get('event_date'), get('time_precision'));
	if (date.ok) d.event.date = { edtf: date.edtf, basis: 'explicit', written: get('event_date') };
	else refuse(d, date.field, date.error);
	d.event.actors = idsOf(get('actor1'), get('actor2'), ...[...cells.keys()].filter((c) => c.startsWith('assoc_actor')).map(get));
	d.event.places = idsOf(location);
	const killed = readCount(d, cells, 'fatalities');
	if (killed !== undefined) d.event.casualties = { killed };
	if (get('notes')) d.event.summary = get('notes');
	finishRow(d, cells, MAPPED);
}

export const ACLED_FORMAT: RowFormat = {
	format: 'acled',
	required: ['event_id_cnty', 'event_date', 'event_type'],
	idColumn: 'event_id_cnty',
	fieldOf,
	readRow
};

export const isAcledHeader = (columns: string[]) =>
	columns.includes('event_id_cnty') && columns.includes('event_date');
