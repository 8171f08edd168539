/** Briefings in a real browser: stepping by keyboard, the presenter's window, print, export and the builder. */
import { mkdir, readdir, readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { Briefing, checkBriefings } from '$lib/model/briefing';
import type { Corpus } from '$lib/model/schema';
import type { TimedEvent } from '$lib/model/timed';
import { started, useBrowser, visit } from './browser';
import { displayed, fetchPublishedCorpus, markShape, textOf } from './explorer-page';

const { open } = useBrowser();
let corpus: Corpus;
let events: TimedEvent[];
let id: string;
let briefing: Briefing;
const OUT = 'test-results/present';

beforeAll(async () => {
	({ corpus, events } = await fetchPublishedCorpus());
	// The seed briefing: the first file in data/briefings/.
	const file = (await readdir('data/briefings')).filter((f) => f.endsWith('.json')).sort()[0]!;
	id = file.replace(/\.json$/, '');
	briefing = Briefing.parse(JSON.parse(await readFile(`data/briefings/${file}`, 'utf8')));
	await mkdir(OUT, { recursive: true });
});

const eventOf = (i: number) => events.find((e) => e.id === briefing.steps[i]!.event)!;
const card = (page: Page) => page.getByTestId('step').first();

async function expectStep(page: Page, i: number) {
	const e = eventOf(i);
	await expect.poll(() => textOf(card(page).getByRole('heading', { level: 2 })), { message: `step ${i + 1}` }).toBe(e.title);
	expect(await textOf(page.getByText(/^Step \d+ of \d+$/))).toBe(`Step ${i + 1} of ${briefing.steps.length}`);
	expect(await card(page).locator('.number').count(), 'the bar counts the steps; the card does only on paper').toBe(0);
	expect(await textOf(card(page).locator('figure mark').first())).toBe(displayed(e.sources[0]!, corpus).quote);
	await expect.poll(() => new URL(page.url()).searchParams.get('step')).toBe(String(i + 1));
	// The timeline has flown to the event: its mark lies inside the drawing.
	await expect
		.poll(async () => {
			const [mark, svg] = await Promise.all([markShape(page, e.id).first().boundingBox(), page.getByTestId('timeline').boundingBox()]);
			return Boolean(mark && svg && mark.x + mark.width >= svg.x && mark.x <= svg.x + svg.width);
		})
		.toBe(true);
}

describe('presenting the seed briefing', () => {
	test('the keyboard steps through it from its title slide, each step showing its event’s passage, in order', async () => {
		const page = await open(`/present/${id}/`, { viewport: { width: 1600, height: 900 }, reducedMotion: 'reduce' });
		const title = page.getByTestId('title-slide');
		expect(await textOf(title.getByRole('heading', { level: 2 }))).toBe(briefing.title);
		const keys = ['ArrowRight', 'Space', 'PageDown'];
		await page.keyboard.press('ArrowRight');
		for (let i = 0; i < briefing.steps.length; i++) {
			await expectStep(page, i);
			if (i < briefing.steps.length - 1) await page.keyboard.press(keys[i % keys.length]!);
		}
		await page.keyboard.press('ArrowRight');
		await expectStep(page, briefing.steps.length - 1);
		await page.keyboard.press('Home');
		await expect.poll(() => title.isVisible(), { message: 'Home goes back to the title' }).toBe(true);
		await page.keyboard.press('ArrowLeft');
		expect(await title.isVisible()).toBe(true);
		await page.keyboard.press('ArrowRight');
		await expectStep(page, 0);
		await page.keyboard.press('End');
		await expectStep(page, briefing.steps.length - 1);
		await page.keyboard.press('ArrowLeft');
		await expectStep(page, briefing.steps.length - 2);
		await page.screenshot({ path: `${OUT}/audience.png` });
	});

	test('a step flies the timeline to its event, unless reduced motion is asked for', async () => {
		/** The axis labels seen in each animation frame for a second after pressing End. */
		const framesAfterEnd = async (page: Page) => {
			await page.getByTestId('timeline').waitFor();
			return page.evaluate(async () => {
				const seen = new Set<string>();
				dispatchEvent(new KeyboardEvent('keydown', { key: 'End', bubbles: true }));
				const until = performance.now() + 1000;
				while (performance.now() < until) {
					await new Promise(requestAnimationFrame);
					seen.add([...document.querySelectorAll('[data-testid=axis] text')].map((t) => t.textContent).join('|'));
				}
				return seen.size;
			});
		};
		expect(await framesAfterEnd(await open(`/present/${id}/`)), 'views passed through').toBeGreaterThan(3);
		expect(await framesAfterEnd(await open(`/present/${id}/`, { reducedMotion: 'reduce' })), 'views passed through').toBeLessThanOrEqual(2);
	});

	test('the presenter’s window shows notes, the next step and a timer, and both windows stay in step', async () => {
		const page = await open(`/present/${id}/?step=2`, { reducedMotion: 'reduce' });
		const [presenter] = await Promise.all([page.waitForEvent('popup'), page.getByRole('button', { name: 'Presenter view' }).click()]);
		const errors: string[] = [];
		presenter.on('pageerror', (e) => errors.push(e.message));
		presenter.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
		await presenter.waitForLoadState();
		await started(presenter);

		const shows = async (i: number) => {
			await expect.poll(() => textOf(presenter.getByTestId('presenter-current'))).toBe(eventOf(i).title);
			expect(await textOf(presenter.getByTestId('presenter-notes'))).toBe(briefing.steps[i]!.note ?? 'No notes for this step.');
			const next = briefing.steps[i + 1] ? eventOf(i + 1).title : 'End of the briefing.';
			expect(await textOf(presenter.getByTestId('presenter-next'))).toContain(next);
			await expectStep(page, i);
		};
		await shows(1);
		await page.keyboard.press('ArrowRight');
		await shows(2);
		await presenter.keyboard.press('ArrowRight');
		await shows(3);
		await presenter.getByRole('button', { name: 'Last ⇥' }).click();
		await shows(briefing.steps.length - 1);
		await page.keyboard.press('Home');
		await expect.poll(() => textOf(presenter.getByTestId('presenter-current')), { message: 'the title slide' }).toBe(briefing.title);
		await page.keyboard.press('ArrowRight');
		await shows(0);

		const timer = presenter.getByRole('timer');
		const before = await textOf(timer);
		expect(before).toMatch(/^0:\d\d$/);
		await expect.poll(() => textOf(timer), { timeout: 3000 }).not.toBe(before);
		await presenter.screenshot({ path: `${OUT}/presenter.png` });
		expect(errors).toEqual([]);
	});

	test('prints one step per page', async () => {
		const page = await open(`/present/${id}/`);
		await page.emulateMedia({ media: 'print' });
		const pages = page.locator('.print-steps .page');
		expect(await pages.count()).toBe(briefing.steps.length + 1);
		expect(await pages.last().isVisible()).toBe(true);
		expect(await page.getByTestId('timeline').isVisible(), 'the stage is not printed').toBe(false);
		const pdf = await page.pdf({ path: `${OUT}/briefing.pdf`, format: 'A4' });
		expect(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)).toHaveLength(briefing.steps.length + 1);
	});
});

describe('export of the view', () => {
	async function download(page: Page, button: string) {
		const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button, exact: true }).click()]);
		const path = `${OUT}/${file.suggestedFilename()}`;
		await file.saveAs(path);
		return { name: file.suggestedFilename(), data: await readFile(path) };
	}

	test('saves the explorer’s timeline as an SVG with its marks and font, and as a PNG twice its size', async () => {
		const page = await open('/', { viewport: { width: 1400, height: 900 } });
		const drawn = await page.locator('[data-testid=timeline] g.mark').count();
		const svg = await download(page, 'SVG');
		expect(svg.name).toBe('event-timeline.svg');
		const text = svg.data.toString('utf8');
		expect(text).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="\d+" height="\d+"/);
		expect(text).toContain("@font-face{font-family:'Atkinson Hyperlegible Next'");
		expect(text).toContain('data:font/woff2;base64,');
		expect(text).toContain(`${drawn} events`);
		expect(text.match(/<g [^>]*data-event="/g)?.length, 'every mark drawn on the page').toBe(drawn);
		expect(text).not.toMatch(/\sclass="|tabindex=|on[a-z]+="/);

		const png = await download(page, 'PNG');
		expect(png.name).toBe('event-timeline.png');
		expect(png.data.subarray(1, 4).toString('latin1')).toBe('PNG');
		const width = Number(text.match(/width="(\d+)"/)![1]);
		expect(png.data.readUInt32BE(16), 'PNG width').toBe(width * 2);
	});

	test('saves a briefing step as SVG and PNG', async () => {
		const page = await open(`/present/${id}/?step=15`, { viewport: { width: 1600, height: 900 }, reducedMotion: 'reduce' });
		await expectStep(page, 14);
		const svg = await download(page, 'SVG');
		expect(svg.name).toBe(`${id}-step-15.svg`);
		expect(svg.data.toString('utf8')).toContain(`data-event="${eventOf(14).id}"`);
		const png = await download(page, 'PNG');
		expect(png.name).toBe(`${id}-step-15.png`);
	});
});

describe('building a briefing in the explorer', () => {
	test('picks events, orders them, takes notes, saves valid JSON, and keeps the draft over a reload', async () => {
		const page = await open('/');
		await page.getByRole('button', { name: 'Briefing', exact: true }).click();
		const builder = page.getByRole('region', { name: 'Briefing' });
		await builder.getByRole('textbox', { name: 'Title' }).fill('Summer of 2016');
		const [a, b] = [events.find((e) => e.id.includes('nice')) ?? events.at(-1)!, events.find((e) => e.kind === 'call-to-action') ?? events[0]!];
		for (const e of [a, b]) {
			await markShape(page, e.id).first().click();
			await builder.getByRole('button', { name: 'Add the selected event' }).click();
		}
		expect(await builder.getByRole('button', { name: 'Add the selected event' }).isDisabled(), 'an event is added once').toBe(true);
		await builder.getByRole('button', { name: 'Move step 2 up' }).click();
		await builder.getByRole('textbox', { name: 'Note for step 1' }).fill('The call comes first.');

		await visit(page);
		await page.getByRole('button', { name: 'Briefing', exact: true }).click();
		await expect.poll(() => builder.getByRole('textbox', { name: 'Title' }).inputValue()).toBe('Summer of 2016');

		const [file] = await Promise.all([page.waitForEvent('download'), builder.getByRole('button', { name: 'Save as JSON' }).click()]);
		expect(file.suggestedFilename()).toBe('summer-of-2016.json');
		await file.saveAs(`${OUT}/summer-of-2016.json`);
		const text = await readFile(`${OUT}/summer-of-2016.json`, 'utf8');
		expect(JSON.parse(text)).toEqual({ title: 'Summer of 2016', steps: [{ event: b.id, note: 'The call comes first.' }, { event: a.id }] });
		const checked = checkBriefings([{ file: 'data/briefings/summer-of-2016.json', text }], new Map(events.map((e) => [e.id, ''])));
		expect(checked.issues).toEqual([]);
	});
});
