// The standalone <event-timeline> element: one ES module, built after the site into its element/ folder.
import { fileURLToPath } from 'node:url';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vite';

const path = (p: string) => fileURLToPath(new URL(p, import.meta.url));

export default defineConfig({
	plugins: [
		svelte({
			// Every component's styles go into the element's shadow root, none into the page's head.
			emitCss: false,
			compilerOptions: { css: 'injected' }
		})
	],
	resolve: {
		alias: { $lib: path('src/lib'), '$app/paths': path('src/lib/element/paths.ts') }
	},
	build: {
		lib: { entry: path('src/lib/element/index.ts'), formats: ['es'], fileName: () => 'event-timeline.js' },
		outDir: `${process.env.BUILD_DIR ?? 'build'}/element`,
		emptyOutDir: true,
		minify: true,
		copyPublicDir: false
	}
});
