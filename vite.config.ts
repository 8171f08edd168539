import { sveltekit } from '@sveltejs/kit/vite';
import { svelteTesting } from '@testing-library/svelte/vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

/**
 * The write API of the Curate page, mounted by `npm run dev` only (`apply: 'serve'`): the static
 * build has none. Its code loads through Vite, which resolves $lib and reloads it on change.
 */
function curate(): Plugin {
	return {
		name: 'event-timeline:curate',
		apply: 'serve',
		configureServer(server) {
			server.middlewares.use('/api/curate', (req, res, next) => {
				const root = server.config.root;
				Promise.all([server.ssrLoadModule('/src/lib/server/curate/api.ts'), server.ssrLoadModule('/src/lib/server/data-files.ts')])
					.then(([api, files]) => api.serveCurate(req, res, { root, data: files.dataDir(root) }))
					.catch(next);
			});
		}
	};
}

export default defineConfig({
	plugins: [sveltekit(), svelteTesting(), curate()],
	server: { fs: { allow: ['data'] } },
	test: {
		include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
		environment: 'jsdom',
		setupFiles: ['src/test-setup.ts'],
		globals: true
	}
});
