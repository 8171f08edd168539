/**
 * Registers the service worker that keeps the site for use offline, and says when a newer
 * build is waiting. Not inside frames: an embed on another site should not fill the reader's
 * storage with this whole site, and a sandboxed frame may not register at all.
 */
import { base } from '$app/paths';

/** Called when a newer build is ready; `apply` switches to it and reloads the page. */
export type OnUpdate = (apply: () => void) => void;

export async function registerOffline(onupdate: OnUpdate): Promise<void> {
	if (window.top !== window || !('serviceWorker' in navigator)) return;
	let sw: ServiceWorkerContainer;
	let reg: ServiceWorkerRegistration;
	try {
		sw = navigator.serviceWorker;
		reg = await sw.register(`${base}/service-worker.js`);
	} catch (e) {
		// The site works as before, online only.
		console.warn(`This site will not open offline: ${(e as Error).message}`);
		return;
	}
	const offer = (worker: ServiceWorker) =>
		onupdate(() => {
			sw.addEventListener('controllerchange', () => location.reload());
			worker.postMessage('skip-waiting');
		});
	// A page with no worker yet is on the newest build already: nothing to offer.
	if (reg.waiting && sw.controller) offer(reg.waiting);
	reg.addEventListener('updatefound', () => {
		const worker = reg.installing;
		worker?.addEventListener('statechange', () => {
			if (worker.state === 'installed' && sw.controller) offer(worker);
		});
	});
	// A page left open for days looks again when the reader comes back to it.
	document.addEventListener('visibilitychange', () => {
		if (document.visibilityState === 'visible') reg.update().catch(() => undefined);
	});
}
