/**
 * Context layers in a real browser: an ACLED export dropped on the explorer becomes a layer under
 * the curated lanes, cross-referenced both ways with the curated events, never counted with them.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import type { TimedEvent } from '$lib/model/timed';
import { axeViolations } from './axe';
import { useBrowser } from './browser';
import { detailPanel, fetchPublishedCorpus, markShape, textOf } from './explorer-page';
import { dropFile, importDialog } from './import-page';

const { open } = useBrowser();
let events: TimedEvent[];
beforeAll(async () => ({ events } = await fetchPublishedCorpus()));

/**
 * ACLED's own columns (a subset, in its order), plus `title` and `date` columns that ACLED lacks:
 * the ACLED reader knows the file by its header and keeps the columns it does not map in extra.
 */
const ACLED = [
	'event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,assoc_actor_1,country,admin1,admin2,location,latitude,longitude,source,notes,fatalities,title,date',
	'GBR1234,22 March 2017,2017,1,Political violence,Violence against civilians,Attack,Unidentified Armed Group (United Kingdom),,United Kingdom,England,Greater London,London - Westminster,51.5007,-0.1246,BBC News,"On 22 March 2017, an assailant drove a car into pedestrians on Westminster Bridge and stabbed a police officer.",5,Attack on Westminster Bridge,2017-03-22',
	'GBR1240,26 March 2017,2017,1,Demonstrations,Protests,Peaceful protest,Protesters (United Kingdom),,United Kingdom,England,Greater London,London - Westminster,51.5007,-0.1246,Evening Standard,Vigil and march over the attack.,0,Vigil on Westminster Bridge,2017-03-26',
	'GBR1301,22 May 2017,2017,2,Political violence,Violence against civilians,Suicide bomb,Unidentified Armed Group (United Kingdom),,United Kingdom,England,Greater Manchester,Manchester,53.4876,-2.2446,The Guardian,Bombing at the arena.,22,Manchester Arena bombing,2017-05-22',
	'FRA1234,14 July 2016,2016,1,Political violence,Violence against civilians,Attack,Unidentified Armed Group (France),,France,Provence-Alpes-Cote d’Azur,Alpes-Maritimes,Nice,43.6950,7.2656,Le Monde,Truck attack on the Promenade des Anglais.,86,Nice truck attack,2016-07-14'
].join('\r\n');

describe('context layers', () => {
	test('an ACLED file becomes a layer under the curated lanes, cross-referenced both ways, and hides with its toggle', async () => {
		const page = await open('/');
		const count = page.getByTestId('shown-count');
		const before = await textOf(count);
		expect(before).toBe(`${events.length} of ${events.length} events`);

		await dropFile(page, 'acled-uk.csv', ACLED);
		const dialog = importDialog(page);
		await expect.poll(() => dialog.isVisible()).toBe(true);
		expect(await textOf(dialog.getByRole('heading', { level: 3 }))).toMatch(/^acled-uk\.csv \(ACLED export \(CSV\)\): 4 events in the context layer “acled-uk\.csv”(, \d+ notes)?$/);
		await dialog.getByRole('button', { name: 'Close' }).click();

		// A band of its own under the curated lanes, named; the curated counts and search are untouched.
		const band = page.getByTestId('layer-band');
		await expect.poll(() => band.count()).toBe(1);
		expect(await textOf(band.locator('.name'))).toMatch(/^acled-uk\.csv .+ · \d+ of 4 events in view$/);
		const [lanes, under] = await Promise.all([page.getByTestId('timeline').boundingBox(), band.boundingBox()]);
		expect(under!.y).toBeGreaterThanOrEqual(lanes!.y + lanes!.height - 1);
		expect(await textOf(count)).toBe(before);
		expect(await textOf(page.getByRole('banner').getByRole('paragraph').first())).toContain(`${events.length} events`);
		await page.getByRole('searchbox', { name: 'Search' }).fill('Manchester Arena');
		await expect.poll(() => textOf(count)).toBe(`0 of ${events.length} events`);
		await page.getByRole('searchbox', { name: 'Search' }).fill('');

		// The curated event names the dataset row; the link selects it, and it names the curated event back.
		await markShape(page, 'westminster-attack').click();
		const panel = detailPanel(page);
		const also = panel.getByTestId('also-in');
		expect(await textOf(also)).toBe('also in acled-uk.csv: GBR1234');
		await also.getByRole('button', { name: 'GBR1234' }).click();
		// ACLED rows have no title: the reader names each by its sub-event type and location.
		expect(await textOf(panel.getByRole('heading', { level: 2 }))).toBe('Attack in London - Westminster');
		expect(await textOf(panel.getByTestId('layer-of'))).toBe('From acled-uk.csv · GBR1234 · Violence against civilians');
		expect(await textOf(panel.getByTestId('also-in'))).toMatch(/^also in the curated events: .*Westminster attack/);
		expect(await band.locator('circle.dot.selected').getAttribute('data-row')).toBe('GBR1234');
		expect(await axeViolations(page), 'a dataset event open').toEqual([]);
		await page.keyboard.press('Escape');
		await expect.poll(() => panel.getByRole('heading', { level: 2 }).count()).toBe(0);
		await band.locator('circle[data-row="GBR1234"]').click();
		await panel.getByTestId('also-in').getByRole('button', { name: 'Westminster attack', exact: true }).click();
		expect(await textOf(panel.getByRole('heading', { level: 2 }))).toBe('Westminster attack');

		// The layer's own filters: a kind narrows it, the toggle hides it; the curated count never moves.
		const filters = page.getByTestId('layer-filter');
		await filters.getByRole('checkbox', { name: /^Protests/ }).check();
		await expect.poll(() => textOf(band.locator('.name'))).toMatch(/of 1 events in view$/);
		await filters.getByRole('checkbox', { name: /^Show acled-uk\.csv/ }).uncheck();
		await expect.poll(() => band.count()).toBe(0);
		expect(await textOf(count)).toBe(before);
		await filters.getByRole('checkbox', { name: /^Show acled-uk\.csv/ }).check();
		await expect.poll(() => band.count()).toBe(1);

		await filters.getByRole('button', { name: 'Remove layer' }).click();
		await expect.poll(() => band.count()).toBe(0);
		await markShape(page, 'westminster-attack').click();
		expect(await panel.getByTestId('also-in').count()).toBe(0);
	});
});
