/** The Content Security Policy in a real browser: set on every page, without eval, and never broken by the site itself. */
import { beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import type { Corpus } from '$lib/model/schema';
import { useBrowser, visit } from './browser';
import { fetchPublishedCorpus } from './explorer-page';
import { dropFile, importDialog } from './import-page';
import { PAGE_NAMES, sitePages } from './pages';

const { open } = useBrowser();
let corpus: Corpus;
beforeAll(async () => ({ corpus } = await fetchPublishedCorpus()));

interface Violation {
	directive: string;
	blocked: string;
}

/**
 * Opens a path with a listener for CSP violations in place before the page's own scripts run.
 * The browser helper opens a page of the site first, so the listener is added, then the page loaded.
 */
async function openWatched(path: string): Promise<{ page: Page; violations: () => Promise<Violation[]> }> {
	const page = await open('/articles/');
	await page.addInitScript(() => {
		const seen: Violation[] = ((window as unknown as { cspViolations: Violation[] }).cspViolations = []);
		document.addEventListener('securitypolicyviolation', (e) => seen.push({ directive: e.violatedDirective, blocked: e.blockedURI }));
	});
	await visit(page, new URL(path, page.url()).href);
	// The typeface is the one request a started page still makes by itself.
	await page.evaluate(() => document.fonts.ready.then(() => undefined));
	return { page, violations: () => page.evaluate(() => (window as unknown as { cspViolations: Violation[] }).cspViolations) };
}

const policyOf = (page: Page) => page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');

describe('the Content Security Policy', () => {
	test('the listener hears a violation', async () => {
		const { page, violations } = await openWatched('/articles/');
		await page.evaluate(() =>
			document.dispatchEvent(new SecurityPolicyViolationEvent('securitypolicyviolation', { violatedDirective: 'script-src', blockedURI: 'inline', effectiveDirective: 'script-src', originalPolicy: '', disposition: 'enforce', statusCode: 200 }))
		);
		expect(await violations()).toEqual([{ directive: 'script-src', blocked: 'inline' }]);
	});

	test.each(PAGE_NAMES)('holds on %s: set, without eval or inline script, and nothing violates it', async (name) => {
		const { path } = sitePages(corpus).find((p) => p.name === name)!;
		const { page, violations } = await openWatched(path);
		const policy = await policyOf(page);
		expect(policy).toMatch(/default-src 'self'/);
		expect(policy).toMatch(/object-src 'none'/);
		expect(policy).not.toMatch(/unsafe-eval/);
		// Scripts from the site itself and SvelteKit's own hashed start-up script, nothing else.
		expect(/script-src ([^;]*)/.exec(policy ?? '')?.[1]).toMatch(/^'self'( 'sha256-[A-Za-z0-9+/=]+')*$/);
		// Some work on the page: scripts that load late (zoom, charts) are caught as well.
		await page.keyboard.press('Tab');
		await page.waitForTimeout(300);
		expect(await violations()).toEqual([]);
	});

	test('holds while a file is imported and the view exported', async () => {
		const { page, violations } = await openWatched('/');
		await dropFile(page, 'one.csv', 'title,date\nOne,2016-01-01\n');
		await importDialog(page).getByRole('button', { name: 'Close' }).click();
		await page.getByText('Export view').click();
		await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /^CSV spreadsheet/ }).click()]);
		expect(await violations()).toEqual([]);
	});
});
