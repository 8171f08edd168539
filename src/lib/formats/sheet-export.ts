/**
 * Events as TimelineJS's Google-Sheet template (CSV): the layout sheet.ts reads, written so
 * that TimelineJS shows it and a sheet exported here comes back the same.
 */
import Papa from 'papaparse';
import type { ImportedEvent } from '$lib/model/schema';
import { CARRIED_KEY, withCarried } from './carried';
import { edtfToRange, type DateParts } from './dates';
import { FORMULA } from './rows';
import { SHEET_HEADERS } from './sheet';
import type { ExportData } from './types';

type Row = Record<string, string>;

/** The cells of one date: Year, Month, Day and Time. */
function dateCells(p: DateParts | undefined, prefix: string): Row {
	const pad = (n: number | undefined) => (n === undefined ? '' : String(n).padStart(2, '0'));
	const time =
		p?.hour === undefined
			? ''
			: `${pad(p.hour)}:${pad(p.minute)}:${pad(p.second)}${p.millisecond ? `.${String(p.millisecond).padStart(3, '0')}` : ''}`;
	return {
		[`${prefix}Year`]: p ? String(p.year) : '',
		[`${prefix}Month`]: p?.month === undefined ? '' : String(p.month),
		[`${prefix}Day`]: p?.day === undefined ? '' : String(p.day),
		[`${prefix}Time`]: time
	};
}

const cell = (v: unknown) => (v === undefined ? '' : typeof v === 'string' ? v : JSON.stringify(v));

/** A title or era slide (as TimelineJS3 JSON or a sheet import keeps them) as a row. */
function slideRow(slide: unknown, type: 'title' | 'era'): Row {
	const s = (slide && typeof slide === 'object' ? slide : {}) as Record<string, Record<string, unknown> | undefined>;
	return {
		...dateCells(s.start_date as DateParts | undefined, ''),
		...dateCells(s.end_date as DateParts | undefined, 'End '),
		Headline: cell(s.text?.headline),
		Text: cell(s.text?.text),
		Media: cell(s.media?.url),
		'Media Credit': cell(s.media?.credit),
		'Media Caption': cell(s.media?.caption),
		'Media Thumbnail': cell(s.media?.thumbnail),
		Type: type,
		Background: cell(s.background?.url)
	};
}

// Columns an event's extra may fill: the fields a sheet import kept there.
const EXTRA_HEADERS: Record<string, string> = {
	media: 'Media',
	media_credit: 'Media Credit',
	media_caption: 'Media Caption',
	media_thumbnail: 'Media Thumbnail',
	background: 'Background',
	type: 'Type',
	group: 'Group'
};

function eventRow(e: ImportedEvent): Row {
	const range = edtfToRange(e.date.edtf);
	if (!range.ok) throw new Error(`event ${e.id}: ${range.error}`);
	const fromExtra: Record<string, unknown> = {};
	// A cell reads back as a non-empty string, and a Type of title or era is no event: other
	// values, and fields the sheet has no column for, travel in the carried block.
	const fitsColumn = (key: string) => {
		const v = e.extra?.[key];
		return (
			key in EXTRA_HEADERS &&
			typeof v === 'string' &&
			v.trim() !== '' &&
			!(key === 'type' && /^(title|era)$/i.test(v.trim())) &&
			!(key === 'group' && e.kind !== 'other')
		);
	};
	const carried = withCarried(fromExtra, e, (key) => !fitsColumn(key))[CARRIED_KEY];
	const row: Row = {
		...dateCells(range.value.start, ''),
		...dateCells(range.value.end, 'End '),
		'Display Date': e.date.written ?? '',
		Headline: e.title,
		Text: e.summary ?? '',
		Group: e.kind,
		[CARRIED_KEY]: JSON.stringify({ id: e.id, ...(carried as object) })
	};
	for (const [key, header] of Object.entries(EXTRA_HEADERS))
		if (key in fromExtra) row[header] = cell(fromExtra[key]);
	return row;
}

/**
 * A sheet TimelineJS reads: the template's columns in its order, a title row and era rows
 * from `extra`, one row per event; an `event_timeline` column (ignored by TimelineJS) carries
 * the id and what the template has no column for, so that a round trip loses nothing.
 */
export function exportSheet(data: ExportData): string {
	const { title, eras } = data.extra ?? {};
	const rows: Row[] = [
		...(title ? [slideRow(title, 'title')] : []),
		...(Array.isArray(eras) ? eras.map((era) => slideRow(era, 'era')) : []),
		...data.events.map(eventRow)
	];
	const fields = [...SHEET_HEADERS, CARRIED_KEY];
	const data2 = rows.map((r) => fields.map((f) => r[f] ?? ''));
	return Papa.unparse({ fields, data: data2 }, { escapeFormulae: FORMULA }) + '\r\n';
}

