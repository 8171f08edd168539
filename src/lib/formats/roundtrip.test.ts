// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EventFile } from '$lib/model/schema';
import { exportEvents, importFile, type ExportData, type ExportFormat } from './index';

const EVENTS_DIR = 'data/events';
const curated = readdirSync(EVENTS_DIR)
	.filter((f) => f.endsWith('.json'))
	.map((f) => [f, EventFile.parse(JSON.parse(readFileSync(join(EVENTS_DIR, f), 'utf8')))] as const);

const FIXTURES = 'tests/fixtures/formats';
const fixture = (name: string) => importFile(name, readFileSync(join(FIXTURES, name), 'utf8'));

/** Exports in one format and reads the file back. */
function through(format: ExportFormat, data: ExportData) {
	const text = exportEvents(format, data);
	return importFile(`export.${format === 'csv' || format === 'timelinejs-sheet' ? 'csv' : 'json'}`, text);
}

describe('round trips keep every event, date, precision and source', () => {
	it('has curated data to test on', () => expect(curated.length).toBeGreaterThan(0));

	describe.each(curated)('%s', (_, file) => {
		it.each(['json', 'csv', 'timelinejs', 'timelinejs-sheet', 'vis'] as const)('through %s', (format) => {
			const back = through(format, file);
			expect(back.rejected).toEqual([]);
			expect(back.notes).toEqual([]);
			expect(back.events).toEqual(file.events);
		});

		it.each(['json', 'timelinejs'] as const)('keeps the relations through %s', (format) => {
			expect(through(format, file).relations).toEqual(file.relations);
		});
	});

	it.each(['timeline.json', 'vis-items.json', 'events.csv'])(
		'%s, once imported, comes back the same from every format',
		(name) => {
			const first = fixture(name);
			expect(first.events.length).toBeGreaterThan(3);
			for (const format of ['json', 'csv', 'timelinejs', 'timelinejs-sheet', 'vis'] as const)
				expect(through(format, first).events, format).toEqual(first.events);
		}
	);
});
