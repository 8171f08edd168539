/** axe-core in the page: the WCAG 2.1 A/AA rules and axe's best practices, one line per failing element. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import type { AxeResults, RunOptions } from 'axe-core';

const source = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const OPTIONS: RunOptions = { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } };

export async function axeViolations(page: Page): Promise<string[]> {
	// Evaluated through the debugging protocol: the site's CSP rightly refuses an injected <script>.
	await page.evaluate(source);
	const results = await page.evaluate(
		(options) => (window as unknown as { axe: { run(c: Document, o: RunOptions): Promise<AxeResults> } }).axe.run(document, options),
		OPTIONS
	);
	return results.violations.flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}): ${v.help} at ${n.target.join(' ')} — ${n.failureSummary ?? ''}`));
}
