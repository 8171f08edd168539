// Types for the shared benchmark's generator (events.mjs, copied verbatim from the harness).
export const CATEGORIES: string[];
export interface BenchEvent {
	id: number;
	time: number;
	category: number;
	label: string;
}
export function generateEvents(n: number, seed?: number): BenchEvent[];
export function checksum(events: BenchEvent[]): string;
export function readParams(search: string): { n: number; seed: number };
export const RANGE_START: number;
export const RANGE_END: number;
export const CLUSTER_START: number;
export const CLUSTER_FRACTION: number;
export function mulberry32(seed: number): () => number;
export const DEFAULT_SEED: number;
