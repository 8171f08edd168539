/**
 * The corpus as the build and the dev server serve it: every file of the data folder (data/, or
 * the one DATA_DIR names) read, validated, and refused on any problem.
 */
import { checkData } from '$lib/model/validate';
import { formatIssue } from '$lib/model/issues';
import type { Corpus } from '$lib/model/schema';
import { readDataFiles } from '$lib/server/data-files';

export function loadCorpus(): Corpus {
	const { corpus, issues } = checkData(readDataFiles());
	if (issues.length)
		throw new Error(`the data folder has ${issues.length} problem(s):\n${issues.map(formatIssue).join('\n')}`);
	return corpus;
}
