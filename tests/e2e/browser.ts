/**
 * Headless Chromium for the browser tests. Each test gets a fresh context, and fails if a page
 * throws or logs a console error.
 */
import { afterAll, afterEach, beforeAll, expect, inject } from 'vitest';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { launchChromium } from './chromium';


/** Hooks for a test file: one browser for the file, a fresh context per `open`. */
export function useBrowser() {
	let browser: Browser | undefined;
	let contexts: BrowserContext[] = [];
	let errors: string[] = [];

	beforeAll(async () => {
		browser = await launchChromium();
	});
	afterAll(async () => {
		await browser?.close();
	});
	afterEach(async () => {
		await Promise.all(contexts.map((c) => c.close()));
		contexts = [];
		const seen = errors;
		errors = [];
		expect(seen, 'page errors and console errors').toEqual([]);
	});

	/** Opens a path of the built site (e.g. "/?q=isis") and waits until the app has started. */
	async function open(path: string, options: BrowserContextOptions = {}): Promise<Page> {
		if (!browser) throw new Error('open() called outside a test: the browser is not running');
		const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
		contexts.push(context);
		const page = await context.newPage();
		page.on('pageerror', (e) => errors.push(`page error: ${e.message}`));
		page.on('console', (m) => {
			if (m.type() === 'error') errors.push(`console error: ${m.text()} (${m.location().url})`);
		});
		await page.goto(inject('baseURL') + path);
		await started(page);
		return page;
	}

	return { open };
}

/**
 * Waits until the app has started in the page and in each of its frames: the layout drops its
 * "not finished loading" notice once its scripts run, and the app needs no request after that.
 * Waiting for the network to fall quiet instead also waits on requests no test needs (a favicon,
 * an error page's module), and one that stalls on a loaded machine fails the test.
 */
export async function started(page: Page): Promise<void> {
	await Promise.all(page.frames().map((frame) => frame.locator('.unstarted').waitFor({ state: 'detached' })));
}

/** Goes to `url` (or reloads, without one) and waits until the app has started. */
export async function visit(page: Page, url?: string): Promise<void> {
	await (url === undefined ? page.reload() : page.goto(url));
	await started(page);
}
