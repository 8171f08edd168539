/**
 * A spreadsheet read as a stream, a chunk at a time: papaparse reads a browser File or a
 * Node stream, and each chunk's rows are mapped and handed on at once, so that only the
 * events stay in memory and the caller can show how far it got.
 */
import Papa from 'papaparse';
import type { ImportedEvent } from '$lib/model/schema';
import { layoutPicker } from './layouts';
import { guessShape, RowReader, type RawRow, type RowBatch } from './rows';
import type { FormatName, ImportResult, Problem, ReportProblem } from './types';

/** How far a stream got: characters read of the file's bytes (equal for plain ASCII), rows read. */
export interface StreamProgress {
	read: number;
	total: number;
	rows: number;
}

/** One chunk's worth of a streamed file. */
export interface StreamBatch {
	events: ImportedEvent[];
	rejected: ReportProblem[];
	notes: ReportProblem[];
	progress: StreamProgress;
}

/** What is known of the whole file once it was read. */
export type StreamEnd = Pick<ImportResult, 'extra'> & {
	format?: FormatName;
	rejected: Problem[];
	notes: Problem[];
};

export interface StreamOptions {
	/** The file's size in bytes, for progress. */
	total: number;
	/** The file's first bytes as text: the separator is guessed from them. */
	sample: string;
	/** The layout to read, over the one the header names. */
	format?: FormatName;
	onbatch(batch: StreamBatch): void;
	/** Stops reading: the promise rejects with an AbortError. */
	signal?: AbortSignal;
}

/**
 * Gathers a stream's batches into one import result, for a caller that keeps the whole file's
 * events. One by one: a chunk may hold more rows than a call takes arguments.
 */
export function gatherBatches() {
	const result: ImportResult = { format: 'csv', events: [], relations: [], rejected: [], notes: [], extra: {} };
	return {
		result,
		add(batch: StreamBatch) {
			for (const e of batch.events) result.events.push(e);
			for (const p of batch.rejected) result.rejected.push(p);
			for (const n of batch.notes) result.notes.push(n);
		},
		/** The result, once the end of the file gives its format and its file-level problems and fields. */
		end(end: StreamEnd): ImportResult {
			result.format = end.format ?? result.format;
			result.rejected.push(...end.rejected);
			result.notes.push(...end.notes);
			result.extra = end.extra;
			return result;
		}
	};
}

/** Chunks of a megabyte: a progress step every few hundred rows, few enough messages to stay cheap. */
const CHUNK = 1024 * 1024;

const withExcerpts = (batch: RowBatch, problems: Problem[]): ReportProblem[] =>
	problems.map((p) => {
		const excerpt = batch.excerpt(p.line);
		return excerpt ? { ...p, excerpt } : p;
	});

/** Reads a spreadsheet as a stream, handing each chunk's events and problems to `onbatch`. */
export function streamRows(input: string | Papa.LocalFile | NodeJS.ReadableStream, options: StreamOptions): Promise<StreamEnd> {
	const { total, sample, format, onbatch, signal } = options;
	const shape = guessShape(sample.replace(/^\uFEFF/, ''));
	const reader = new RowReader(layoutPicker(format), shape.delimiter);
	return new Promise((resolve, reject) => {
		const abort = () => reject(new DOMException('import cancelled', 'AbortError'));
		if (signal?.aborted) return abort();
		let parser: Papa.Parser | undefined;
		signal?.addEventListener('abort', () => {
			parser?.abort();
			abort();
		});
		const config = {
			...shape,
			skipEmptyLines: false,
			chunkSize: CHUNK,
			chunk(results: Papa.ParseResult<string[]>, p: Papa.Parser) {
				parser = p;
				const errors = new Map<number, string[]>();
				for (const e of results.errors)
					if (e.row !== undefined) errors.set(e.row, [...(errors.get(e.row) ?? []), e.message]);
				const rows: RawRow[] = results.data.map((cells, i) => ({ cells, errors: errors.get(i) ?? [] }));
				const batch = reader.push(rows);
				onbatch({
					events: batch.events,
					rejected: withExcerpts(batch, batch.rejected),
					notes: withExcerpts(batch, batch.notes),
					progress: { read: Math.min(results.meta.cursor, total), total, rows: reader.rows }
				});
				if (batch.refused) p.abort();
			},
			complete() {
				if (signal?.aborted) return;
				resolve({ format: reader.format, ...reader.finish() });
			},
			error(err: Error) {
				reject(err);
			}
		};
		// papaparse picks its streamer from the input: a File in the browser, a readable stream in Node, a text cut in chunks.
		Papa.parse(input as Papa.LocalFile, config as Papa.ParseLocalConfig<string[], Papa.LocalFile>);
	});
}
