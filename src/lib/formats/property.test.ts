// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { ImportedEvent } from '$lib/model/schema';
import { parseEdtf } from '$lib/time/interval';
import { events, HOSTILE, relation, text } from './arbitraries';
import {
	exportEvents,
	importFile,
	EXPORT_FORMATS,
	FORMAT_NAMES,
	type FormatName,
	type ImportResult
} from './index';

const RUNS = { numRuns: 150 };

// Hundreds of generated files per format take seconds on a busy two-core machine: more than vitest's default 5 s.
vi.setConfig({ testTimeout: 30_000 });

/** What every import must give, whatever it was fed. */
function wellFormed(r: ImportResult) {
	for (const p of [...r.rejected, ...r.notes]) expect(p.message.length).toBeGreaterThan(0);
	for (const e of r.events) {
		expect(ImportedEvent.safeParse(e).success).toBe(true);
		expect(parseEdtf(e.date.edtf).ok).toBe(true);
	}
	expect(new Set(r.events.map((e) => e.id)).size).toBe(r.events.length);
}

const importers = FORMAT_NAMES.map((f) => [f] as const);
const exporters = EXPORT_FORMATS.map((f) => [f] as const);

describe('valid events round-trip through every format', () => {
	it.each(exporters)('%s', (format) =>
		fc.assert(
			fc.property(events, (list) => {
				const back = importFile('x', exportEvents(format, { events: list }), format);
				expect(back.rejected).toEqual([]);
				expect(back.events).toEqual(list);
			}),
			RUNS
		)
	);

	it.each(['json', 'timelinejs'] as const)('relations through %s', (format) =>
		fc.assert(
			fc.property(
				events
					.filter((l) => l.length > 0)
					.chain((list) =>
						fc.tuple(fc.constant(list), fc.array(relation(list.map((e) => e.id)), { maxLength: 3 }))
					),
				([list, relations]) => {
					const back = importFile('x', exportEvents(format, { events: list, relations }), format);
					expect(back.relations).toEqual(relations);
				}
			),
			{ numRuns: 50 }
		)
	);
});

describe('hostile input never throws, and every rejection says why', () => {
	it.each(importers)('%s: any text', (format) =>
		fc.assert(
			fc.property(
				fc.oneof(fc.string({ unit: 'binary' }), text, fc.constantFrom(...HOSTILE)),
				(input) => wellFormed(importFile('x', input, format))
			),
			RUNS
		)
	);

	it.each(importers)('%s: any JSON value', (format) =>
		fc.assert(
			fc.property(fc.jsonValue(), (value) =>
				wellFormed(importFile('x', JSON.stringify(value), format))
			),
			RUNS
		)
	);

	/** A header row of a layout's columns, then rows of any cells and cells the layout reads. */
	const sheetOf = (header: string[], cells: string[]) =>
		fc
			.array(fc.array(fc.oneof(text, fc.constantFrom(...cells, '')), { maxLength: header.length + 1 }), { maxLength: 6 })
			.map((rows) => [header, ...rows]);

	/** Records shaped like each format's, with any value in any field. */
	const anything = fc.oneof(
		fc.jsonValue({ maxDepth: 2 }),
		fc.constantFrom(...HOSTILE),
		fc.constant(undefined)
	);
	const shapes: Record<FormatName, fc.Arbitrary<unknown>> = {
		json: fc.record({
			events: fc.array(
				fc.record({
					id: anything,
					title: anything,
					kind: anything,
					date: fc.record({ edtf: anything, basis: anything }),
					sources: anything,
					extra: anything,
					__proto__: anything
				})
			)
		}),
		timelinejs: fc.record({
			events: fc.array(
				fc.record(
					{
						unique_id: anything,
						start_date: fc.oneof(
							anything,
							fc.record({ year: anything, month: anything, day: anything, hour: anything })
						),
						end_date: anything,
						text: fc.oneof(anything, fc.record({ headline: anything, text: anything })),
						group: anything,
						display_date: anything,
						event_timeline: anything
					},
					{ requiredKeys: [] }
				)
			),
			eras: anything
		}),
		vis: fc.array(
			fc.record(
				{
					id: anything,
					content: anything,
					start: anything,
					end: anything,
					group: anything,
					title: anything,
					type: anything,
					event_timeline: anything
				},
				{ requiredKeys: [] }
			)
		),
		csv: fc.array(
			fc.array(fc.oneof(text, fc.constantFrom('title', 'date', 'id', 'killed', '2016', '"', '')), {
				maxLength: 8
			}),
			{ maxLength: 6 }
		),
		'timelinejs-sheet': sheetOf(
			['Year', 'Month', 'Day', 'Time', 'End Year', 'Display Date', 'Headline', 'Type', 'Group', 'event_timeline'],
			['2016', '13', '0', '-13800000000', '25:00', '2:30 PM', 'title', 'era', '{"id":"x"}', '{']
		),
		acled: sheetOf(
			['event_id_cnty', 'event_date', 'time_precision', 'event_type', 'actor1', 'latitude', 'fatalities'],
			['FRA1', '14 July 2016', '2016-02-30', '2', '4', 'Battles', '91', '-3', '1.5']
		),
		gtd: sheetOf(
			['eventid', 'iyear', 'imonth', 'iday', 'extended', 'resolution', 'nkill', 'scite1'],
			['201607140001', '2016', '0', '31', '1', '7/20/2016', '-99', 'see http://x.org/a.']
		)
	};
	const write = (format: FormatName, v: unknown) =>
		Array.isArray(v) && Array.isArray(v[0]) && format !== 'vis'
			? (v as string[][]).map((row) => row.join(',')).join('\n')
			: JSON.stringify(v);

	it.each(importers)('%s: records with any value in any field', (format) =>
		fc.assert(
			fc.property(shapes[format], (value) =>
				wellFormed(importFile('x', write(format, value), format))
			),
			RUNS
		)
	);

	it.each(exporters)('%s: a valid export cut short or with a character changed', (format) =>
		fc.assert(
			fc.property(events, fc.nat(), fc.string({ maxLength: 2 }), (list, at, insert) => {
				const full = exportEvents(format, { events: list });
				const cut = at % (full.length + 1);
				wellFormed(importFile('x', full.slice(0, cut) + insert + full.slice(cut + 1), format));
			}),
			RUNS
		)
	);

	it('survives JSON nested deeper than any parser stack', () => {
		const deep = '['.repeat(100000) + ']'.repeat(100000);
		for (const format of FORMAT_NAMES) wellFormed(importFile('x', deep, format));
		expect(importFile('x', deep, 'vis').rejected).toEqual([
			{ line: 1, message: 'not readable: nested too deeply' }
		]);
	});
});
