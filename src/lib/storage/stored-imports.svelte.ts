/**
 * The imported files this browser keeps, as the data tools list them. The store is opened once
 * per page; where the browser refuses (storage full, turned off, blocked) the files are still
 * imported, for this page only, and `problem` says why they are not kept.
 */
import { FileStore, type StoredFile } from './file-store';
import { storageProblem } from './problems';

const KEPT = 'imported files are kept';

export class StoredImports {
	/** The kept files, oldest first. */
	files = $state<StoredFile[]>([]);
	/** Why files are not kept, or ''. */
	problem = $state('');
	#store: Promise<FileStore | undefined> | undefined;
	readonly #open: () => Promise<FileStore>;

	constructor(open: () => Promise<FileStore> = () => FileStore.open()) {
		this.#open = open;
	}

	/** Reads the kept files back, each beside its entry, to be imported again as they were the first time. */
	async restore(): Promise<{ entry: StoredFile; file: File }[]> {
		return this.#attempt(async (store) => {
			this.files = await store.list();
			const read = await Promise.all(this.files.map(async (entry) => ({ entry, file: await store.read(entry) })));
			return read.filter((r): r is { entry: StoredFile; file: File } => r.file !== undefined);
		}, []);
	}

	/** Keeps a file; its entry, or undefined where the browser keeps nothing. */
	async keep(file: File): Promise<StoredFile | undefined> {
		return this.#attempt(async (store) => {
			const entry = await store.put(file);
			this.files = [...this.files, entry];
			this.problem = '';
			return entry;
		}, undefined);
	}

	async remove(entry: StoredFile): Promise<void> {
		await this.#attempt(async (store) => {
			await store.remove(entry.id);
			this.files = this.files.filter((f) => f.id !== entry.id);
		}, undefined);
	}

	async #attempt<T>(act: (store: FileStore) => Promise<T>, fallback: T): Promise<T> {
		// Through a promise, so that a browser throwing at the very mention of indexedDB is caught too.
		this.#store ??= Promise.resolve()
			.then(this.#open)
			.catch((e) => {
				this.problem = storageProblem(KEPT, e);
				return undefined;
			});
		const store = await this.#store;
		if (!store) return fallback;
		try {
			return await act(store);
		} catch (e) {
			this.problem = storageProblem(KEPT, e);
			return fallback;
		}
	}
}
