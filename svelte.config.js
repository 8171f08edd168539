import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
export default {
	preprocess: vitePreprocess(),
	// The one custom element, <event-timeline>, built alone by vite.element.config.ts.
	compilerOptions: { customElement: ({ filename }) => filename.endsWith('/element/EventTimeline.svelte') },
	kit: {
		// Fully prerendered so the build runs from any static host, under any base path.
		// BUILD_DIR lets a test build a second copy (say, under a base path) beside the usual one.
		adapter: adapter({ pages: process.env.BUILD_DIR ?? 'build', assets: process.env.BUILD_DIR ?? 'build', fallback: undefined, strict: true }),
		paths: { base: process.env.BASE_PATH ?? '', relative: true },
		alias: { $data: 'data' },
		// Registered by the root layout, only in a top-level page, so that it can offer updates.
		serviceWorker: { register: false },
		// No eval, no inline script but SvelteKit's own (hashed), no other origin: data from
		// files, URLs and messages can never run as code. Styles may be inline, as components
		// set positions and colours through style attributes.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self', 'data:'],
				'connect-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		}
	}
};
