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
	if (!existsSync('build/index.html')) throw new Error('build/index.html is missing: run `npm run build` first (npm run test:e2e does)');
	const server = await serveStatic('build');
	project.provide('baseURL', server.url);
	return server.close;
}
