// @vitest-environment node
import { readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { importFile } from './index';
import { streamRows, type StreamBatch } from './stream';
import type { ReportProblem } from './types';

const read = (name: string) => readFileSync(`tests/fixtures/formats/${name}`, 'utf8');

/** Streams a text in pieces of `size` characters, as a file read a chunk at a time. */
async function stream(text: string, size: number, signal?: AbortSignal) {
	const pieces = Array.from({ length: Math.ceil(text.length / size) }, (_, i) => text.slice(i * size, (i + 1) * size));
	const batches: StreamBatch[] = [];
	const end = await streamRows(Readable.from(pieces), {
		total: text.length,
		sample: text,
		onbatch: (b) => batches.push(b),
		signal
	});
	return { end, batches, events: batches.flatMap((b) => b.events), rejected: [...batches.flatMap((b) => b.rejected), ...end.rejected] };
}

describe('streamRows', () => {
	it.each(['acled.csv', 'gtd.csv', 'timelinejs-sheet.csv', 'events.csv', 'bad-events.csv', 'truncated-acled.csv'])(
		'gives %s the events, problems, notes and extra a whole-text import gives, in chunks cutting rows and quoted cells',
		async (name) => {
			const text = read(name);
			const whole = importFile(name, text);
			for (const size of [7, 100, text.length]) {
				const s = await stream(text, size);
				expect(s.end.format).toBe(whole.format);
				expect(s.events).toEqual(whole.events);
				expect(s.rejected.map(({ excerpt: _, ...p }: ReportProblem) => p)).toEqual(
					// Problems of the header come at the end of a stream, at the start of a whole import.
					[...whole.rejected.filter((p) => p.record), ...whole.rejected.filter((p) => !p.record)]
				);
				expect([...s.batches.flatMap((b) => b.notes.map(({ excerpt: _, ...n }: ReportProblem) => n)), ...s.end.notes]).toEqual(whole.notes);
				expect(s.end.extra).toEqual(whole.extra);
			}
		}
	);

	it('gives each refused row its text, and counts rows and characters read', async () => {
		const text = read('acled.csv');
		const s = await stream(text, 200);
		expect((s.rejected[0] as ReportProblem).excerpt).toMatch(/^FRA1300,20 Juillet 2016,/);
		const last = s.batches.at(-1)!.progress;
		expect(last).toEqual({ read: text.length, total: text.length, rows: 5 });
	});

	it('stops at a header that lacks a column, without reading on', async () => {
		const s = await stream('event_id_cnty,event_date\n' + 'X,2016-01-01\n'.repeat(1000), 50);
		expect(s.events).toEqual([]);
		expect(s.rejected.map((p) => p.message)).toEqual([expect.stringMatching(/^missing column "event_type"/)]);
		expect(s.batches.at(-1)!.progress.rows).toBe(0);
	});

	it('rejects with an AbortError when cancelled', async () => {
		const controller = new AbortController();
		controller.abort();
		await expect(stream(read('acled.csv'), 10, controller.signal)).rejects.toMatchObject({ name: 'AbortError' });
	});
});
