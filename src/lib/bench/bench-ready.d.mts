// Types for the shared benchmark's ready signal (bench-ready.mjs, copied verbatim from the harness).
export function signalReady(): void;
