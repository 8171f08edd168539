// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { acledDate, acledKind } from './acled';
import { importFile } from './index';

const read = (name: string) => readFileSync(`tests/fixtures/formats/${name}`, 'utf8');

describe('ACLED import', () => {
	const r = importFile('2016-export.csv', read('acled.csv'));

	it('maps id, date at its precision, kind, actors, place, fatalities and notes', () => {
		expect(r.format).toBe('acled');
		expect(r.events.map((e) => [e.id, e.title, e.kind, e.date.edtf, e.actors, e.places, e.casualties])).toEqual([
			['fra1234', 'Attack in Nice', 'attack', '2016-07-14', ['sole-perpetrator-france', 'civilians-france'], ['nice'], { killed: 86 }],
			['fra1240', 'Attack in Saint-Etienne-du-Rouvray', 'attack', '2016-07-23/2016-07-29', ['unidentified-armed-group-france', 'civilians-france'], ['saint-etienne-du-rouvray'], { killed: 1 }],
			['bel77', 'Suicide bomb in Brussels', 'attack', '2016-03', ['islamic-state-international', 'civilians-belgium'], ['brussels'], { killed: 32 }]
		]);
		expect(r.events[0]!.summary).toBe('A truck drove into a crowd on the Promenade des Anglais, killing 86.');
		expect(r.events[0]!.date).toEqual({ edtf: '2016-07-14', basis: 'explicit', written: '14 July 2016' });
	});

	it('keeps the original cells (id, types, names, source, coordinates as numbers) in extra', () =>
		expect(r.events[0]!.extra).toMatchObject({
			event_id_cnty: 'FRA1234',
			event_type: 'Violence against civilians',
			sub_event_type: 'Attack',
			actor1: 'Sole Perpetrator (France)',
			actor2: 'Civilians (France)',
			location: 'Nice',
			source: 'Le Monde',
			latitude: 43.695,
			longitude: 7.265
		}));

	it('refuses bad rows one by one, naming the column', () =>
		expect(r.rejected).toEqual([
			{ record: 'row 4', line: 5, field: 'event_date', message: 'expected a day such as "14 July 2016" or 2016-07-14, got "20 Juillet 2016"' },
			{ record: 'row 5', line: 6, field: 'fatalities', message: 'expected a whole number of people, got "three"' },
			{ record: 'row 5', line: 6, field: 'latitude', message: 'expected a number between -90 and 90, got "91.5"' }
		]));

	it('reads the good rows of a file cut short and refuses the broken last one', () => {
		const cut = importFile('cut.csv', read('truncated-acled.csv'));
		expect(cut.events.map((e) => e.id)).toEqual(['fra1234', 'fra1240']);
		expect(cut.rejected[0]).toEqual({ record: 'row 3', line: 4, message: 'malformed CSV: Quoted field unterminated' });
	});

	it('reports an empty file and a header alone plainly', () => {
		expect(importFile('e.csv', '', 'acled').rejected).toEqual([{ line: 1, message: 'empty file: expected a header row naming the columns' }]);
		const header = importFile('h.csv', 'event_id_cnty,event_date,event_type\r\n');
		expect([header.format, header.events, header.rejected]).toEqual(['acled', [], []]);
	});
});

describe('acledDate', () => {
	it.each([
		['14 July 2016', '1', '2016-07-14'],
		['2016-07-14', '', '2016-07-14'],
		['14 July 2016', '2', '2016-07-11/2016-07-17'],
		['1 January 2016', '2', '2015-12-29/2016-01-04'],
		['14 July 2016', '3', '2016-07']
	])('%s at precision %j is %s', (written, precision, edtf) =>
		expect(acledDate(written, precision)).toEqual({ ok: true, edtf }));

	it.each([
		['30 February 2016', '1', 'event_date'],
		['July 2016', '1', 'event_date'],
		['14 July 2016', '4', 'time_precision']
	])('refuses %s at precision %s, naming %s', (written, precision, field) =>
		expect(acledDate(written, precision)).toMatchObject({ ok: false, field }));
});

describe('acledKind', () => {
	it.each([
		['Battles', 'Armed clash', 'military-operation'],
		['Explosions/Remote violence', 'Air/drone strike', 'attack'],
		['Violence against civilians', 'Abduction/forced disappearance', 'attack'],
		['Strategic developments', 'Arrests', 'investigation'],
		['Strategic developments', 'Agreement', 'meeting'],
		['Protests', 'Peaceful protest', 'other'],
		['Riots', 'Mob violence', 'other']
	])('%s / %s is %s', (type, sub, kind) => expect(acledKind(type, sub)).toBe(kind));
});
