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

	/** Reads the kept files back, to be imported again as they were the first time. */
	async restore(): Promise<File[]> {
		return this.#attempt(async (store) => {
			this.files = await store.list();
			const files = await Promise.all(this.files.map((f) => store.read(f)));
			return files.filter((f) => f !== undefined);
		}, []);
	}

	async keep(file: File): Promise<void> {
		await this.#attempt(async (store) => {
			this.files = [...this.files, await store.put(file)];
			this.problem = '';
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
