// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importFile } from './index';

const r = importFile('gtd.csv', readFileSync('tests/fixtures/formats/gtd.csv', 'utf8'));

describe('GTD import', () => {
	it('reads iyear/imonth/iday with 0 as an unknown month or day, and extended + resolution as an interval', () => {
		expect(r.format).toBe('gtd');
		expect(r.events.map((e) => [e.id, e.date.edtf])).toEqual([
			['201607140001', '2016-07-14'],
			['201603220001', '2016-03'],
			['201600000001', '2016'],
			['201510010001', '2015-10-01/2015-10-05']
		]);
	});

	it('maps gname, nkill, nwound (-99 as unknown), summary, the place, and a URL in scite1 as the citation', () => {
		const [nice, brussels, , hostage] = r.events;
		expect(nice).toMatchObject({
			title: 'Vehicle Ramming in Nice, France',
			kind: 'attack',
			actors: ['jihadi-inspired-extremists'],
			places: ['nice'],
			casualties: { killed: 87, injured: 433 },
			summary: '07/14/2016: An assailant drove a truck into a crowd in Nice, France.',
			date: {
				basis: 'external',
				citation: { url: 'http://www.bbc.co.uk/news/world-europe-36801671' }
			}
		});
		expect(brussels!.date.basis).toBe('explicit');
		expect(brussels!.extra).toMatchObject({ approxdate: 'mid-March 2016', latitude: 50.85, gname: 'Islamic State of Iraq and the Levant (ISIL)' });
		expect(hostage!.casualties).toBeUndefined();
		expect(hostage!.actors).toEqual([]);
	});

	it('refuses impossible dates per row, naming the column', () =>
		expect(r.rejected).toEqual([
			{ record: 'row 5', line: 6, field: 'iday', message: 'day 30 does not exist in 2016-02' },
			{ record: 'row 6', line: 7, field: 'iday', message: 'day 5 is given without its month (imonth is 0)' },
			{ record: 'row 7', line: 8, field: 'resolution', message: 'it ends (2015-11-10) before it starts (2015-11-13)' }
		]));

	it.each([
		['0', '1', '1', 'iyear', 'unknown year (0): the event cannot be placed in time'],
		['2016', 'July', '1', 'imonth', 'expected a whole number (0 for unknown), got "July"'],
		['2016', '13', '1', 'imonth', 'month must lie between 1 and 12, not 13']
	])('refuses iyear %s imonth %s iday %s at %s', (y, m, d, field, message) =>
		expect(importFile('g.csv', `eventid,iyear,imonth,iday\n1,${y},${m},${d}\n`).rejected).toEqual([
			{ record: 'row 1', line: 2, field, message }
		]));
});
