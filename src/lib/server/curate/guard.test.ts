import { describe, expect, it } from 'vitest';
import { refuse, type Caller } from './guard';

const own: Caller = {
	method: 'PUT',
	remote: '127.0.0.1',
	host: 'localhost:5173',
	origin: 'http://localhost:5173',
	secFetchSite: 'same-origin',
	contentType: 'application/json'
};

describe('refuse', () => {
	it.each<[string, Partial<Caller>]>([
		['a page of the app itself', {}],
		['a read without Origin', { method: 'GET', origin: undefined, secFetchSite: undefined, contentType: undefined }],
		['a local tool without browser headers', { origin: undefined, secFetchSite: undefined }],
		['an IPv6 loopback caller', { remote: '::1', host: '[::1]:5173', origin: 'http://[::1]:5173' }],
		['an article upload', { method: 'POST', contentType: 'application/octet-stream' }]
	])('lets %s through', (_, change) => {
		expect(refuse({ ...own, ...change })).toBeUndefined();
	});

	it.each<[string, Partial<Caller>, number, RegExp]>([
		['another machine', { remote: '192.168.1.20' }, 403, /loopback/],
		['a name rebound to 127.0.0.1', { host: 'evil.example:5173', origin: 'http://evil.example:5173' }, 403, /only at localhost/],
		['a page on another site', { origin: 'https://evil.example', secFetchSite: undefined }, 403, /from https:\/\/evil\.example/],
		['another port of this machine', { origin: 'http://localhost:8080', secFetchSite: 'same-site' }, 403, /same-site request/],
		['a cross-site fetch', { secFetchSite: 'cross-site' }, 403, /cross-site/],
		['a sandboxed page', { origin: 'null', secFetchSite: undefined }, 403, /from null/],
		['a form post', { contentType: 'application/x-www-form-urlencoded' }, 415, /send JSON/]
	])('refuses %s', (_, change, status, message) => {
		const r = refuse({ ...own, ...change });
		expect(r?.status).toBe(status);
		expect(r?.message).toMatch(message);
	});
});
