/**
 * What a reader is told when the browser will not keep something: storage full, turned off
 * (a private window, a blocked site) or broken. The work goes on in memory either way.
 */

/** One sentence on why the browser refused to store `what`, from the error it threw. */
export function storageProblem(what: string, error: unknown): string {
	const name = error instanceof DOMException || error instanceof Error ? error.name : '';
	if (name === 'QuotaExceededError') return `The browser's storage for this site is full, so ${what} is kept only until this page is closed. Free some space (remove a stored file) or save your work as a file.`;
	if (name === 'SecurityError' || name === 'InvalidStateError' || name === 'NotAllowedError')
		return `This browser does not let the site store anything (storage is off, as in a private window), so ${what} is kept only until this page is closed.`;
	const detail = error instanceof Error && error.message ? `: ${error.message}` : '';
	return `The browser could not store ${what}${detail}. It is kept only until this page is closed.`;
}
