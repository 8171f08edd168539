/** Sorts and indexes a table's columns off the main thread (see table.ts); the buffers go back without a copy. */
import { sortColumns, transferablesOf, type TableColumns } from './table';

self.onmessage = (e: MessageEvent<{ columns: TableColumns; laneCount: number }>) => {
	try {
		const sorted = sortColumns(e.data.columns, e.data.laneCount);
		self.postMessage({ sorted }, { transfer: transferablesOf(sorted) });
	} catch (error) {
		self.postMessage({ error: error instanceof Error ? error.message : String(error) });
	}
};
