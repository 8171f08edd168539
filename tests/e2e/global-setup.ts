/** Serves the built site for the browser tests, and stops serving when they end. */
import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { serveStatic } from './serve';

declare module 'vitest' {
	export interface ProvidedContext {
		/** Where the built site is served, without a trailing slash. */
		baseURL: string;
	}
}

export default async function setup(project: TestProject) {
	// BUILD_DIR, as the build reads it, lets a test run serve a copy built apart from build/.
	const dir = process.env.BUILD_DIR ?? 'build';
	if (!existsSync(`${dir}/index.html`)) throw new Error(`${dir}/index.html is missing: run \`npm run build\` first (npm run test:e2e does)`);
	const server = await serveStatic(dir);
	project.provide('baseURL', server.url);
	return server.close;
}
