/**
 * A spreadsheet File streamed in a Web Worker where the browser has them (the page stays
 * responsive), read whole and parsed in chunks on the calling thread where it has not (tests).
 */
import { streamRows, type StreamBatch, type StreamEnd } from './stream';
import type { WorkerMessage, WorkerRequest } from './import.worker';
import type { FormatName } from './types';

const SAMPLE = 65536;

/** Streams `file`, handing each chunk to `onbatch`; `signal` cancels it (an AbortError). */
export async function streamFile(
	file: File,
	onbatch: (batch: StreamBatch) => void,
	options: { format?: FormatName; signal?: AbortSignal } = {}
): Promise<StreamEnd> {
	const { format, signal } = options;
	if (typeof Worker === 'undefined') {
		// Without workers (Node, in tests) there is no FileReader either: papaparse cuts the text into the same chunks.
		const text = await file.text();
		return streamRows(text, { total: file.size, sample: text.slice(0, SAMPLE), format, onbatch, signal });
	}
	const worker = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
	return new Promise<StreamEnd>((resolve, reject) => {
		const stop = () => {
			worker.terminate();
			reject(new DOMException('import cancelled', 'AbortError'));
		};
		if (signal?.aborted) return stop();
		signal?.addEventListener('abort', stop);
		worker.onmessage = ({ data }: MessageEvent<WorkerMessage>) => {
			if (data.type === 'batch') return onbatch(data.batch);
			signal?.removeEventListener('abort', stop);
			worker.terminate();
			if (data.type === 'end') resolve(data.end);
			else reject(new Error(data.message));
		};
		worker.onerror = (e) => {
			worker.terminate();
			reject(new Error(`the import worker failed: ${e.message}`));
		};
		worker.postMessage({ file, format } satisfies WorkerRequest);
	});
}
