/**
 * Where the briefing draft lives in the browser (localStorage): the draft itself, and any
 * stored text that could not be read, kept aside under keys of its own rather than lost. Only
 * the reader's Clear and Delete remove either.
 */
import { storageProblem } from './problems';

export const DRAFT_KEY = 'event-timeline:briefing-draft';
const ASIDE = `${DRAFT_KEY}:unreadable:`;

/** A stored draft that could not be read, kept as it was found. */
export interface Aside {
	key: string;
	/** When it was set aside (an ISO date-time). */
	keptAt: string;
	text: string;
}

/** The browser's localStorage, or undefined where the browser refuses it (storage turned off). */
export function browserStorage(): Storage | undefined {
	try {
		return globalThis.localStorage ?? undefined;
	} catch {
		return undefined;
	}
}

export class DraftStore {
	/** Why the last write failed, or '' while the draft is stored. */
	problem = $state('');

	private readonly store: Storage | undefined;

	constructor(store: Storage | undefined) {
		this.store = store;
		if (!store) this.problem = storageProblem('the draft is kept', new DOMException('no storage', 'SecurityError'));
	}

	read(): string | null {
		return this.attempt(() => this.store?.getItem(DRAFT_KEY) ?? null, null);
	}

	write(text: string): void {
		if (!this.store) return;
		try {
			this.store.setItem(DRAFT_KEY, text);
			this.problem = '';
		} catch (e) {
			this.problem = storageProblem('the draft is kept', e);
		}
	}

	clear(): void {
		this.attempt(() => this.store?.removeItem(DRAFT_KEY), undefined);
	}

	/** Copies text to a key of its own; false if the browser refused (the text then stays where it was). */
	keepAside(text: string, now = new Date()): boolean {
		const key = ASIDE + now.toISOString();
		return this.attempt(() => {
			if (!this.store) return false;
			this.store.setItem(key, text);
			return true;
		}, false);
	}

	asides(): Aside[] {
		const store = this.store;
		if (!store) return [];
		return this.attempt(
			() =>
				Array.from({ length: store.length }, (_, i) => store.key(i))
					.filter((k): k is string => !!k?.startsWith(ASIDE))
					.sort()
					.map((key) => ({ key, keptAt: key.slice(ASIDE.length), text: store.getItem(key) ?? '' })),
			[]
		);
	}

	drop(aside: Aside): void {
		this.attempt(() => this.store?.removeItem(aside.key), undefined);
	}

	private attempt<T>(act: () => T, fallback: T): T {
		try {
			return act();
		} catch (e) {
			this.problem = storageProblem('the draft is kept', e);
			return fallback;
		}
	}
}
