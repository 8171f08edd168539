/** The briefings as the build serves them: read from data/briefings/, checked with the data they point into. */
import { error } from '@sveltejs/kit';
import type { NamedBriefing } from '$lib/model/briefing';
import { checkData } from '$lib/model/validate';
import { formatIssue } from '$lib/model/issues';
import { readDataFiles } from '$lib/server/data-files';

export function loadBriefings(): NamedBriefing[] {
	const { briefings, issues } = checkData(readDataFiles());
	if (issues.length) throw new Error(`the data folder has ${issues.length} problem(s):\n${issues.map(formatIssue).join('\n')}`);
	return briefings;
}

export const briefingEntries = () => loadBriefings().map(({ id }) => ({ briefing: id }));

export function loadBriefing(id: string): NamedBriefing {
	const found = loadBriefings().find((b) => b.id === id);
	if (!found) error(404, `No briefing "${id}" in data/briefings/`);
	return found;
}
