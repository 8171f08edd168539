/**
 * Links from data (imported files, curated citations) are untrusted: only absolute http and
 * https addresses become links; anything else (javascript:, data:, relative paths) stays text.
 */
export function safeHref(value: unknown): string | undefined {
	if (typeof value !== 'string' || !URL.canParse(value.trim())) return undefined;
	const url = new URL(value.trim());
	return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
}
