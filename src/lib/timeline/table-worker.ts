/** `sortColumns` in a Web Worker: the page stays responsive while a million rows are sorted. */
import { EventTable, type SortedColumns, type TableColumns, type TableText } from './table';

/**
 * Hands the columns to a worker (their buffers move, so they are unusable here afterwards)
 * and resolves with the sorted table. Rejects with the worker's message for bad rows.
 */
export function buildTable(columns: TableColumns, text: TableText): Promise<EventTable> {
	const worker = new Worker(new URL('./table.worker.ts', import.meta.url), { type: 'module' });
	const buffers = [columns.start, columns.end, columns.lane].flatMap((a) => (a ? [a.buffer as ArrayBuffer] : []));
	return new Promise<EventTable>((resolve, reject) => {
		worker.onmessage = (e: MessageEvent<{ sorted: SortedColumns } | { error: string }>) => {
			worker.terminate();
			if ('error' in e.data) reject(new Error(e.data.error));
			else resolve(new EventTable(e.data.sorted, text));
		};
		worker.onerror = (e) => {
			worker.terminate();
			reject(new Error(`table worker: ${e.message}`));
		};
		worker.postMessage({ columns, laneCount: text.lanes.length }, [...new Set(buffers)]);
	});
}
