/**
 * What a reader is told when the browser will not keep something: storage full, turned off
 * (a private window, a blocked site) or broken. The work goes on in memory either way.
 */

/** Why the browser refused to store something, from the error it threw; `kept` says what is kept, as in "the draft is kept". */
export function storageProblem(kept: string, error: unknown): string {
	const name = error instanceof DOMException || error instanceof Error ? error.name : '';
	if (name === 'QuotaExceededError') return `The browser's storage for this site is full, so ${kept} only until this page is closed. Free some space (remove a stored file) or save your work as a file.`;
	if (name === 'SecurityError' || name === 'InvalidStateError' || name === 'NotAllowedError')
		return `This browser does not let the site store anything (storage is off, as in a private window), so ${kept} only until this page is closed.`;
	const detail = error instanceof Error && error.message ? `: ${error.message}` : '';
	return `The browser refused to store anything${detail}, so ${kept} only until this page is closed.`;
}
