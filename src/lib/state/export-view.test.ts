import { describe, expect, test } from 'vitest';
import { EXPORT_FORMATS, importFile } from '$lib/formats';
import { event, timed } from '$lib/test/events';
import { viewFile } from './export-view';

const events = timed(event('a', '2016-05'), event('b', '2017-03-22', { kind: 'claim', sources: [] }));
const relations = [{ from: 'b', to: 'a', kind: 'responds-to' as const, sources: [] }];

describe('viewFile', () => {
	test.each([
		['json', 'event-timeline.json', 'application/json;charset=utf-8'],
		['csv', 'event-timeline.csv', 'text/csv;charset=utf-8'],
		['timelinejs', 'event-timeline.timelinejs.json', 'application/json;charset=utf-8'],
		['vis', 'event-timeline.vis.json', 'application/json;charset=utf-8']
	] as const)('names a %s file %s', (format, name, type) => {
		const f = viewFile(format, events, relations);
		expect(f.name).toBe(name);
		expect(f.type).toBe(type);
	});

	test.each(EXPORT_FORMATS)('a %s export imports again as the same events, without the parsed interval', (format) => {
		const f = viewFile(format, events, relations);
		expect(f.text).not.toContain('"when"');
		const back = importFile(f.name, f.text);
		expect(back.rejected).toEqual([]);
		expect(back.events.map((e) => [e.id, e.date.edtf, e.kind, e.sources.length])).toEqual([
			['a', '2016-05', 'attack', 1],
			['b', '2017-03-22', 'claim', 0]
		]);
	});
});
