/**
 * TimelineJS's Google-Sheet template, saved as CSV ↔ events. A row's Year…End Time become
 * EDTF at the precision they give, Headline the title, Text the summary, Group the kind when
 * it names one (else kept in extra as the lane to draw it in); the `title` row is the file's
 * title and `era` rows its eras, both kept in the file's extra in TimelineJS3 JSON's shape.
 * sheet-export.ts writes the same layout.
 */
import { applyCarried, CARRIED_KEY } from './carried';
import { partsToEdtf, rangeToEdtf, type DateParts } from './dates';
import type { FileLevel, RowFormat } from './rows';
import { isRecord, readKind, refuse, show, type Draft, type ModelPath } from './sink';
import { roundTrip } from './timelinejs';

/** The template's columns, as its header row writes them. */
export const SHEET_HEADERS = [
	'Year',
	'Month',
	'Day',
	'Time',
	'End Year',
	'End Month',
	'End Day',
	'End Time',
	'Display Date',
	'Headline',
	'Text',
	'Media',
	'Media Credit',
	'Media Caption',
	'Media Thumbnail',
	'Type',
	'Group',
	'Background'
] as const;
/** Columns the importer maps onto event fields; the others (media, background) go to extra. */
const READ = [
	'year',
	'month',
	'day',
	'time',
	'end_year',
	'end_month',
	'end_day',
	'end_time',
	'display_date',
	'headline',
	'text',
	'type',
	'group',
	CARRIED_KEY
];
const FIELD: Record<string, string> = {
	title: 'headline',
	summary: 'text',
	kind: 'group',
	'date.edtf': 'year',
	'date.written': 'display_date'
};
const fieldOf = (path: ModelPath) => {
	const text = path.map(String).join('.');
	if (FIELD[text]) return FIELD[text];
	if (path[0] === 'extra' && path.length > 1) return String(path[1]);
	return `${CARRIED_KEY}.${text}`;
};

/** The column a date error is about, by the part its message starts with. */
const partColumn = (error: string) => {
	const part = /^(\w+)/.exec(error)?.[1] ?? '';
	return part === 'month' || part === 'day' ? part : /^(hour|minute|second|millisecond)$/.test(part) ? 'time' : 'year';
};

const TIME = /^(\d{1,2})(?::(\d{2}))?(?::(\d{2})(?:\.(\d{1,3}))?)?\s*(?:([ap])\.?m\.?)?$/i;

/** A date from the Year, Month, Day and Time columns (`prefix` "end_" for the end). */
function readParts(cells: Map<string, string>, d: Draft, prefix: '' | 'end_'): DateParts | undefined {
	const parts: Partial<DateParts> = {};
	for (const part of ['year', 'month', 'day'] as const) {
		const cell = cells.get(prefix + part)?.trim();
		if (!cell) continue;
		if (/^-?\d{1,16}$/.test(cell)) parts[part] = Number(cell);
		else refuse(d, prefix + part, `expected a whole number, got ${show(cell)}`);
	}
	const time = cells.get(prefix + 'time')?.trim();
	if (time) {
		const m = TIME.exec(time);
		if (!m) refuse(d, prefix + 'time', `expected a time such as 14:30 or 2:30 PM, got ${show(time)}`);
		else {
			const [, h, min, s, ms, half] = m;
			let hour = Number(h);
			if (half && (hour < 1 || hour > 12))
				refuse(d, prefix + 'time', `${time}: a 12-hour time needs an hour from 1 to 12`);
			if (half) hour = (hour % 12) + (half.toLowerCase() === 'p' ? 12 : 0);
			Object.assign(parts, {
				hour,
				minute: Number(min ?? 0),
				second: Number(s ?? 0),
				...(ms ? { millisecond: Number(ms.padEnd(3, '0')) } : {})
			});
		}
	}
	if (!Object.keys(parts).length) return undefined;
	if (parts.year === undefined) {
		refuse(d, prefix + 'year', 'missing: a date needs at least its year');
		return undefined;
	}
	const edtf = partsToEdtf(parts as DateParts);
	if (!edtf.ok) refuse(d, prefix + partColumn(edtf.error), edtf.error);
	return edtf.ok ? (parts as DateParts) : undefined;
}

/** The dates of a row as EDTF, refusing the row for a bad one. */
function readDates(cells: Map<string, string>, d: Draft): string | undefined {
	const start = readParts(cells, d, '');
	const end = readParts(cells, d, 'end_');
	if (!start) {
		if (!d.problems.length) refuse(d, 'year', 'missing: every event needs a year');
		return undefined;
	}
	if (d.problems.length) return undefined;
	const range = rangeToEdtf(start, end);
	if (!range.ok) refuse(d, 'end_year', range.error);
	return range.ok ? range.value : undefined;
}

/** The part of a TimelineJS3 slide a title or era row gives, in TimelineJS3 JSON's shape. */
function slideOf(cells: Map<string, string>): Record<string, unknown> {
	const get = (c: string) => cells.get(c) || undefined;
	const media = {
		url: get('media'),
		credit: get('media_credit'),
		caption: get('media_caption'),
		thumbnail: get('media_thumbnail')
	};
	const slide: Record<string, unknown> = {
		text: Object.fromEntries(Object.entries({ headline: get('headline'), text: get('text') }).filter(([, v]) => v))
	};
	if (media.url) slide.media = Object.fromEntries(Object.entries(media).filter(([, v]) => v));
	if (get('background')) slide.background = { url: get('background') };
	return slide;
}

/** A `title` or `era` row, kept in the file: the title once, eras as a list. */
function readFileRow(type: 'title' | 'era', cells: Map<string, string>, d: Draft, file: FileLevel) {
	const where = { record: d.record, line: d.line(), field: 'type' };
	if (type === 'title') {
		if (file.extra.title) {
			file.problems.push({ ...where, message: 'a second title row: the first one is the title' });
			return;
		}
		file.extra.title = slideOf(cells);
		file.notes.push({ ...where, message: "the title row: kept as the file's title (extra.title)" });
		return;
	}
	const start = readParts(cells, d, '');
	const end = readParts(cells, d, 'end_');
	if (!start || !end) refuse(d, start ? 'end_year' : 'year', 'an era needs a start and an end');
	const range = start && end ? rangeToEdtf(start, end) : undefined;
	if (range && !range.ok) refuse(d, 'end_year', range.error);
	if (d.problems.length) return file.problems.push(...d.problems);
	const eras = (file.extra.eras ??= []) as unknown[];
	eras.push({ start_date: start, end_date: end, ...slideOf(cells) });
	if (eras.length === 1)
		file.notes.push({ ...where, message: "era rows: not events; kept in the file's eras (extra.eras)" });
}

function readRow(cells: Map<string, string>, d: Draft, file: FileLevel): boolean {
	const type = cells.get('type')?.trim().toLowerCase();
	if (type === 'title' || type === 'era') {
		readFileRow(type, cells, d, file);
		return false;
	}
	const headline = cells.get('headline');
	if (headline) d.event.title = headline;
	else refuse(d, 'headline', 'empty: every event needs a headline');
	if (cells.get('text')) d.event.summary = cells.get('text');
	const edtf = readDates(cells, d);
	readKind(d, cells.get('group') || undefined);
	if (type) d.leftovers.push(['type', cells.get('type')]);
	let carried: unknown;
	const block = cells.get(CARRIED_KEY);
	if (block)
		try {
			carried = JSON.parse(block);
		} catch (err) {
			refuse(d, CARRIED_KEY, `not valid JSON: ${(err as Error).message}`);
		}
	// The template has no id column: an export carries the id in the block.
	if (isRecord(carried) && 'id' in carried) {
		const { id, ...rest } = carried;
		d.id = id;
		carried = rest;
	}
	applyCarried(carried, d, { edtf, roundTrip, written: cells.get('display_date') || undefined, field: 'year' });
	for (const [c, cell] of cells) if (!READ.includes(c) && cell) d.leftovers.push([c, cell]);
	return true;
}

export const SHEET_FORMAT: RowFormat = {
	format: 'timelinejs-sheet',
	required: ['year', 'headline'],
	idColumn: CARRIED_KEY + '.id',
	fieldOf,
	readRow
};

/** Whether a header row is TimelineJS's template. */
export const isSheetHeader = (columns: string[]) =>
	columns.includes('year') && columns.includes('headline') && columns.includes('display_date');
