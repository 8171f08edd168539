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
