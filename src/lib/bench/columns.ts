/**
 * The harness's synthetic events as columns: the same draws as events.mjs's generateEvents,
 * in the same order, written into typed arrays, so that a million events cost 9 MB and no
 * objects. The checksum is the harness's, read from the columns.
 */
import { CATEGORIES, CLUSTER_FRACTION, CLUSTER_START, DEFAULT_SEED, RANGE_END, RANGE_START, mulberry32 } from './events.mjs';

const MINUTE = 60000;

export interface BenchColumns {
	/** Each event's time (ms UTC); the event's id is its row. */
	time: Float64Array;
	/** Each event's category, an index into CATEGORIES. */
	category: Uint8Array;
}

export function generateColumns(n: number, seed = DEFAULT_SEED): BenchColumns {
	const rnd = mulberry32(seed);
	const time = new Float64Array(n);
	const category = new Uint8Array(n);
	for (let i = 0; i < n; i++) {
		const lo = rnd() < CLUSTER_FRACTION ? CLUSTER_START : RANGE_START;
		const minutes = Math.floor(rnd() * ((RANGE_END - lo) / MINUTE));
		category[i] = Math.floor(rnd() * CATEGORIES.length);
		time[i] = lo + minutes * MINUTE;
	}
	return { time, category };
}

const FNV_PRIME = 0x01000193;
const COLON = 58;
const SEMICOLON = 59;
/** The decimal digits of 0–999, three to a number, for hashing a number a chunk at a time. */
const CHUNKS = Uint8Array.from({ length: 3000 }, (_, k) => String(Math.floor(k / 3)).padStart(3, '0').charCodeAt(k % 3));
const chunks = new Uint16Array(8);

/** Hashes the decimal digits of a whole number ≥ 0, as its String() would spell them. */
function hashInteger(h: number, x: number): number {
	let k = 0;
	while (x >= 1000) {
		chunks[k++] = x % 1000;
		x = Math.floor(x / 1000);
	}
	// The leading chunk without its leading zeros, then every other chunk whole.
	const lead = x;
	for (let d = lead >= 100 ? 0 : lead >= 10 ? 1 : 2; d < 3; d++) h = Math.imul(h ^ CHUNKS[lead * 3 + d]!, FNV_PRIME);
	while (k > 0) {
		const c = chunks[--k]! * 3;
		h = Math.imul(h ^ CHUNKS[c]!, FNV_PRIME);
		h = Math.imul(h ^ CHUNKS[c + 1]!, FNV_PRIME);
		h = Math.imul(h ^ CHUNKS[c + 2]!, FNV_PRIME);
	}
	return h;
}

/** events.mjs's checksum (FNV-1a over "id:time:category;" of every event) without building a string per event. */
export function checksumColumns({ time, category }: BenchColumns): string {
	let h = 0x811c9dc5;
	for (let i = 0; i < time.length; i++) {
		h = hashInteger(h, i);
		h = Math.imul(h ^ COLON, FNV_PRIME);
		h = hashInteger(h, time[i]!);
		h = Math.imul(h ^ COLON, FNV_PRIME);
		h = hashInteger(h, category[i]!);
		h = Math.imul(h ^ SEMICOLON, FNV_PRIME);
	}
	return (h >>> 0).toString(16).padStart(8, '0');
}
