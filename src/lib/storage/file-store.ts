/**
 * Files imported in the explorer, kept in the browser's IndexedDB so that a reload brings them
 * back: each file's bytes as they were read, with its name, size, type and the date it was
 * imported. Descriptions and bytes sit in two object stores, so listing never reads the bytes.
 */

/** A kept file as the data tools list it. */
export interface StoredFile {
	id: string;
	name: string;
	size: number;
	type: string;
	/** When it was imported: an ISO date-time. */
	importedAt: string;
}

const DB = 'event-timeline';
const LIST = 'imported-files';
const BYTES = 'imported-bytes';

/** Turns one IndexedDB request into a promise. */
function done<T>(req: IDBRequest<T>): Promise<T> {
	return new Promise((ok, fail) => {
		req.onsuccess = () => ok(req.result);
		req.onerror = () => fail(req.error);
	});
}

/** Waits for a transaction to commit; a full quota shows up here, as the transaction's error. */
function committed(tx: IDBTransaction): Promise<void> {
	return new Promise((ok, fail) => {
		tx.oncomplete = () => ok();
		tx.onerror = tx.onabort = () => fail(tx.error ?? new DOMException('the transaction was aborted', 'AbortError'));
	});
}

export class FileStore {
	private readonly db: IDBDatabase;

	private constructor(db: IDBDatabase) {
		this.db = db;
	}

	/** Opens the store; rejects where the browser has no IndexedDB, refuses it, or another tab blocks an upgrade. */
	static open(factory: IDBFactory | null = globalThis.indexedDB ?? null): Promise<FileStore> {
		if (!factory) return Promise.reject(new DOMException('this browser has no IndexedDB', 'SecurityError'));
		return new Promise((ok, fail) => {
			const req = factory.open(DB, 1);
			req.onupgradeneeded = () => {
				req.result.createObjectStore(LIST, { keyPath: 'id' });
				req.result.createObjectStore(BYTES);
			};
			req.onsuccess = () => ok(new FileStore(req.result));
			req.onerror = () => fail(req.error);
			req.onblocked = () => fail(new DOMException('another tab of this site holds the storage open', 'InvalidStateError'));
		});
	}

	/** The kept files, oldest first: the order they were imported in, and are restored in. */
	async list(): Promise<StoredFile[]> {
		const all = await done(this.db.transaction(LIST).objectStore(LIST).getAll() as IDBRequest<StoredFile[]>);
		return all.sort((a, b) => a.importedAt.localeCompare(b.importedAt) || a.id.localeCompare(b.id));
	}

	async put(file: File, importedAt = new Date()): Promise<StoredFile> {
		const bytes = await file.arrayBuffer();
		const entry: StoredFile = { id: crypto.randomUUID(), name: file.name, size: file.size, type: file.type, importedAt: importedAt.toISOString() };
		const tx = this.db.transaction([LIST, BYTES], 'readwrite');
		tx.objectStore(LIST).put(entry);
		tx.objectStore(BYTES).put(bytes, entry.id);
		await committed(tx);
		return entry;
	}

	/** A kept file as a File again, to be imported as it was the first time. */
	async read(entry: StoredFile): Promise<File | undefined> {
		const bytes = await done(this.db.transaction(BYTES).objectStore(BYTES).get(entry.id) as IDBRequest<ArrayBuffer | undefined>);
		return bytes && new File([bytes], entry.name, { type: entry.type, lastModified: Date.parse(entry.importedAt) });
	}

	async remove(id: string): Promise<void> {
		const tx = this.db.transaction([LIST, BYTES], 'readwrite');
		tx.objectStore(LIST).delete(id);
		tx.objectStore(BYTES).delete(id);
		await committed(tx);
	}

	close() {
		this.db.close();
	}
}

const SIZE = ['bytes', 'kB', 'MB', 'GB'];

/** "events.csv · 12.4 kB · 30 Nov 2026, 02:14", the date in the reader's own time zone. */
export function describeStoredFile(f: StoredFile, locale?: string, timeZone?: string): string {
	const power = Math.min(SIZE.length - 1, Math.max(0, Math.floor(Math.log10(Math.max(f.size, 1)) / 3)));
	const size = `${new Intl.NumberFormat(locale ?? 'en-GB', { maximumFractionDigits: power ? 1 : 0 }).format(f.size / 1000 ** power)} ${SIZE[power]}`;
	const date = new Intl.DateTimeFormat(locale ?? 'en-GB', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone }).format(new Date(f.importedAt));
	return `${f.name} · ${size} · ${date}`;
}
