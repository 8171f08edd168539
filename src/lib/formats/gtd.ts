/**
 * A Global Terrorism Database extract (start.umd.edu/gtd), as CSV → events. iyear/imonth/iday
 * give the EDTF date (0 = unknown: the month or the year, never a day 0), `extended` with
 * `resolution` an interval; `gname` the actor, `nkill`/`nwound` the casualties, `summary` the
 * summary, a URL in `scite1` the date's citation. Every original cell is kept in extra.
 */
import { UTCDate } from '@date-fns/utc';
import { format, isValid, parse } from 'date-fns';
import { parseTypedDay } from '$lib/time/typed-day';
import { defined, fieldOfColumns, finishRow, idsOf, readCount } from './cells';
import { joinInterval, partsToEdtf } from './dates';
import type { RowFormat } from './rows';
import { refuse, show, type Draft } from './sink';

const MAPPED = ['eventid', 'iyear', 'imonth', 'iday', 'nkill', 'nwound', 'summary', 'latitude', 'longitude'];
const FIELD: Record<string, string> = {
	id: 'eventid',
	title: 'attacktype1_txt',
	summary: 'summary',
	'date.edtf': 'iyear',
	'date.citation.url': 'scite1',
	'casualties.killed': 'nkill',
	'casualties.injured': 'nwound'
};
const fieldOf = fieldOfColumns(FIELD);

/** GTD writes resolution dates as ISO, "14 July 2016" or month-first (7/14/2016). */
function readDay(text: string): string | undefined {
	const typed = parseTypedDay(text, 'start');
	if (typed.ok && typed.precision === 'day') return typed.day;
	const us = parse(text.trim(), 'M/d/yyyy', new UTCDate(2000, 0, 1));
	return isValid(us) ? format(us, 'yyyy-MM-dd') : undefined;
}

function readDate(cells: Map<string, string>, d: Draft): string | undefined {
	const part = (column: string) => {
		const cell = cells.get(column)?.trim() ?? '';
		if (/^-?\d{1,6}$/.test(cell)) return Number(cell);
		refuse(d, column, `expected a whole number (0 for unknown), got ${show(cell)}`);
		return undefined;
	};
	const [year, month, day] = [part('iyear'), part('imonth'), part('iday')];
	if (year === undefined || month === undefined || day === undefined) return undefined;
	if (year === 0) return void refuse(d, 'iyear', 'unknown year (0): the event cannot be placed in time');
	if (month === 0 && day !== 0)
		return void refuse(d, 'iday', `day ${day} is given without its month (imonth is 0)`);
	const start = partsToEdtf({ year, ...(month ? { month } : {}), ...(month && day ? { day } : {}) });
	if (!start.ok) return void refuse(d, /^month/.test(start.error) ? 'imonth' : /^day/.test(start.error) ? 'iday' : 'iyear', start.error);
	const extended = cells.get('extended')?.trim();
	const resolution = cells.get('resolution')?.trim();
	if (extended !== '1' || !resolution) return start.value;
	const end = readDay(resolution);
	if (!end) return void refuse(d, 'resolution', `expected a day such as 2016-07-20, got ${show(resolution)}`);
	const range = joinInterval(start.value, end);
	if (!range.ok) refuse(d, 'resolution', range.error);
	return range.ok ? range.value : undefined;
}

function readRow(cells: Map<string, string>, d: Draft): void {
	const get = (c: string) => cells.get(c)?.trim() ?? '';
	const where = [get('city'), get('country_txt')].filter((p) => p && !/^unknown$/i.test(p)).join(', ');
	d.event.title = [get('attacktype1_txt') || 'Attack', where && `in ${where}`].filter(Boolean).join(' ');
	d.event.kind = 'attack';
	const edtf = readDate(cells, d);
	const url = /https?:\/\/[^\s"<>]+/.exec(get('scite1'))?.[0]?.replace(/[.,;)]+$/, '');
	if (edtf)
		d.event.date = url
			? { edtf, basis: 'external', citation: { url, title: get('scite1') } }
			: { edtf, basis: 'explicit' };
	d.event.actors = idsOf(get('gname'), get('gname2'), get('gname3'));
	d.event.places = idsOf(get('city'));
	const [killed, injured] = [readCount(d, cells, 'nkill', ['-99', '-9']), readCount(d, cells, 'nwound', ['-99', '-9'])];
	if (killed !== undefined || injured !== undefined) d.event.casualties = defined({ killed, injured });
	if (get('summary')) d.event.summary = get('summary');
	finishRow(d, cells, MAPPED);
}

export const GTD_FORMAT: RowFormat = {
	format: 'gtd',
	required: ['eventid', 'iyear', 'imonth', 'iday'],
	idColumn: 'eventid',
	fieldOf,
	readRow
};

export const isGtdHeader = (columns: string[]) => columns.includes('eventid') && columns.includes('iyear');
