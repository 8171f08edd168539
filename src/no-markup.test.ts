// @vitest-environment node
/**
 * No text from data, files, URLs or messages is ever parsed as HTML: the source has no way
 * to do it. Svelte escapes every {expression}; these are the ways around that.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';

const SINKS = /\{@html\b|\.innerHTML\b|\.outerHTML\b|insertAdjacentHTML|document\.write|createContextualFragment|new DOMParser|\bsrcdoc\b/;

function sources(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
		const path = join(dir, d.name);
		if (d.isDirectory()) return sources(path);
		return /\.(svelte|ts|js|mjs)$/.test(d.name) && !/\.test\.ts$/.test(d.name) ? [path] : [];
	});
}

test('no source file writes markup from a string', () => {
	const files = [...sources('src'), ...sources('scripts')];
	expect(files.length).toBeGreaterThan(50);
	const found = files.flatMap((f) =>
		readFileSync(f, 'utf8')
			.split('\n')
			.flatMap((line, i) => (SINKS.test(line) ? [`${f}:${i + 1}: ${line.trim()}`] : []))
	);
	expect(found).toEqual([]);
});

test('the check finds a sink where there is one', () => {
	expect(['{@html title}', 'el.innerHTML = x', "el.insertAdjacentHTML('beforeend', x)"].map((l) => SINKS.test(l))).toEqual([true, true, true]);
});
