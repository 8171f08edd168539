/**
 * Reads a spreadsheet in a Web Worker, so that a file of a hundred megabytes keeps the page
 * responsive: each chunk's events and problems are posted back as they are read.
 */
import { streamRows, type StreamBatch, type StreamEnd } from './stream';
import type { FormatName } from './types';

export interface WorkerRequest {
	file: File;
	format?: FormatName;
}

export type WorkerMessage =
	| { type: 'batch'; batch: StreamBatch }
	| { type: 'end'; end: StreamEnd }
	| { type: 'error'; message: string };

// The worker's own scope: DOM typings know `self` only as a window.
const scope = self as unknown as {
	onmessage: (e: MessageEvent<WorkerRequest>) => void;
	postMessage(message: WorkerMessage): void;
};

scope.onmessage = async ({ data: { file, format } }) => {
	try {
		const sample = await file.slice(0, 65536).text();
		const end = await streamRows(file, {
			total: file.size,
			sample,
			format,
			onbatch: (batch) => scope.postMessage({ type: 'batch', batch })
		});
		scope.postMessage({ type: 'end', end });
	} catch (err) {
		scope.postMessage({ type: 'error', message: (err as Error).message });
	}
};
