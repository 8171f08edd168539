/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/**
 * Keeps the built site in the browser after one visit, so that the explorer, the reader, the
 * embed and every briefing open with no network: each build's files, pages and data are cached
 * together under the build's version and served from there. A new build waits until the reader
 * asks for it (the page's update notice), so a page never mixes two builds' scripts.
 */
import { base, build, files, prerendered, version } from '$service-worker';

const sw = self as unknown as ServiceWorkerGlobalScope;
const CACHE = `event-timeline-${version}`;
// SvelteKit's own check for a newer build must reach the network.
const SITE = [...build, ...files, ...prerendered].filter((p) => !p.endsWith('/_app/version.json'));
// Built after the site, by its own config, so no list above names it.
const ELEMENT = `${base}/element/event-timeline.js`;

sw.addEventListener('install', (event) => {
	event.waitUntil(
		(async () => {
			const cache = await caches.open(CACHE);
			await cache.addAll(SITE);
			// A site built without the element still works offline; only the element is missing.
			await cache.add(ELEMENT).catch(() => undefined);
		})()
	);
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			for (const key of await caches.keys()) if (key.startsWith('event-timeline-') && key !== CACHE) await caches.delete(key);
			await sw.clients.claim();
		})()
	);
});

sw.addEventListener('message', (event) => {
	if (event.data === 'skip-waiting') void sw.skipWaiting();
});

sw.addEventListener('fetch', (event) => {
	const { request } = event;
	if (request.method !== 'GET' || new URL(request.url).origin !== sw.location.origin) return;
	event.respondWith(
		(async () => {
			const cache = await caches.open(CACHE);
			// A page's state is in its query (?event=, ?step=), and SvelteKit asks for a page's data
			// with one (?x-sveltekit-invalidated=): each is the same prerendered file.
			const ignoreSearch = request.mode === 'navigate' || new URL(request.url).pathname.endsWith('/__data.json');
			const cached = await cache.match(request, { ignoreSearch });
			return cached ?? fetch(request);
		})()
	);
});
