import { briefingEntries } from '$lib/server/briefings';

export const entries = briefingEntries;
