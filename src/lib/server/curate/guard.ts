/**
 * Who may call the curation API: a page of the dev server itself, on this machine. A page on
 * another site (or a site rebinding its name to 127.0.0.1) must not be able to write data/.
 */

export interface Caller {
	method: string;
	/** The socket's remote address. */
	remote: string | undefined;
	host: string | undefined;
	origin: string | undefined;
	secFetchSite: string | undefined;
	contentType: string | undefined;
}

export interface Refusal {
	status: number;
	message: string;
}

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);
const LOOPBACK_NAMES = new Set(['localhost', '127.0.0.1', '[::1]']);

/** The host name of a Host header or an origin's authority, without its port. */
const hostName = (authority: string) => authority.replace(/:\d+$/, '').toLowerCase();

/** Why the request is refused, or undefined when it may go on. */
export function refuse(c: Caller): Refusal | undefined {
	if (!c.remote || !LOOPBACK.has(c.remote))
		return { status: 403, message: 'the curation API answers only on this machine (loopback)' };
	if (!c.host || !LOOPBACK_NAMES.has(hostName(c.host)))
		return { status: 403, message: `the curation API answers only at localhost, not at "${c.host ?? ''}"` };
	if (c.secFetchSite && c.secFetchSite !== 'same-origin' && c.secFetchSite !== 'none')
		return { status: 403, message: `refused a ${c.secFetchSite} request: only the app's own pages may curate` };
	if (c.origin !== undefined && c.origin !== `http://${c.host}`)
		return { status: 403, message: `refused a request from ${c.origin}: only the app's own pages may curate` };
	const writes = c.method !== 'GET' && c.method !== 'HEAD';
	// A form on another page can post only the simple content types; these need the app's own script.
	const type = c.contentType?.split(';')[0]!.trim().toLowerCase();
	if (writes && type !== 'application/json' && type !== 'application/octet-stream')
		return { status: 415, message: 'send JSON (application/json) or an article file (application/octet-stream)' };
	return undefined;
}
