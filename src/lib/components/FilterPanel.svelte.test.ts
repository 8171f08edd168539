import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { tick } from 'svelte';
import { NO_FILTERS, type Filters } from '$lib/state/filters';
import FilterPanel from './FilterPanel.svelte';

const ACTORS = [
	{ id: 'isis', label: 'Islamic State', count: 12 },
	{ id: 'adnani', label: 'Abu Muhammad al-Adnani', count: 3 },
	{ id: 'masood', label: 'Khalid Masood', count: 5 }
];
const ARTICLES = [
	{ id: 'a1', label: 'Isis claims London attack', count: 20 },
	{ id: 'a2', label: 'Rumiya issue 3', count: 4 }
];

/** Renders the panel as `bind:filters` would: reading and writing one $state. */
function panel(initial: Filters = NO_FILTERS, articles = ARTICLES) {
	const state = $state({ filters: initial });
	render(FilterPanel, {
		get filters() {
			return state.filters;
		},
		set filters(f: Filters) {
			state.filters = f;
		},
		kindCounts: new Map([['attack', 7], ['claim', 2], ['propaganda-release', 3]]),
		actors: ACTORS,
		articles,
		shown: 9,
		total: 24
	});
	return state;
}

const choose = async (list: HTMLElement, ...values: string[]) => {
	for (const o of within(list).getAllByRole('option') as HTMLOptionElement[]) o.selected = values.includes(o.value);
	await fireEvent.change(list);
};

describe('FilterPanel', () => {
	it('offers the kinds the corpus holds, in schema order, with their counts, and says how many events show', () => {
		panel();
		expect(screen.getByRole('search', { name: 'Filter events' })).toBeInTheDocument();
		expect(screen.getAllByRole('checkbox').map((c) => c.parentElement!.textContent!.replace(/\s+/g, ' ').trim())).toEqual([
			'Attack 7',
			'Claim 2',
			'Propaganda release 3'
		]);
		expect(screen.getByTestId('shown-count')).toHaveTextContent('9 of 24 events');
		expect(screen.getByRole('button', { name: 'Clear filters' })).toBeDisabled();
	});

	it('writes the search text into the filters as it is typed', async () => {
		const state = panel();
		await fireEvent.input(screen.getByRole('searchbox', { name: 'Search' }), { target: { value: 'knife' } });
		expect(state.filters).toEqual({ ...NO_FILTERS, q: 'knife' });
	});

	it('toggles kinds on and off', async () => {
		const state = panel();
		await fireEvent.click(screen.getByRole('checkbox', { name: /^Attack/ }));
		await fireEvent.click(screen.getByRole('checkbox', { name: /^Claim/ }));
		expect(state.filters.kinds).toEqual(['attack', 'claim']);
		await fireEvent.click(screen.getByRole('checkbox', { name: /^Attack/ }));
		expect(state.filters.kinds).toEqual(['claim']);
	});

	it('takes every selected actor and article', async () => {
		const state = panel();
		const actors = screen.getByRole('listbox', { name: 'Actors' });
		expect(within(actors).getAllByRole('option').map((o) => o.textContent)).toEqual([
			'Islamic State (12)',
			'Abu Muhammad al-Adnani (3)',
			'Khalid Masood (5)'
		]);
		await choose(actors, 'isis', 'masood');
		await choose(screen.getByRole('listbox', { name: 'Articles' }), 'a2');
		expect(state.filters).toEqual({ ...NO_FILTERS, actors: ['isis', 'masood'], articles: ['a2'] });
	});

	it('hides the article choice when there is one article', () => {
		panel(NO_FILTERS, ARTICLES.slice(0, 1));
		expect(screen.queryByRole('listbox', { name: 'Articles' })).toBeNull();
	});

	it('sets and clears the date range', async () => {
		const state = panel();
		await fireEvent.change(screen.getByLabelText('From'), { target: { value: '2016-01-01' } });
		await fireEvent.change(screen.getByLabelText('To'), { target: { value: '2016-12-31' } });
		expect(state.filters).toMatchObject({ from: '2016-01-01', to: '2016-12-31' });
		await fireEvent.change(screen.getByLabelText('From'), { target: { value: '' } });
		expect(state.filters.from).toBeUndefined();
	});

	it('shows filters set from outside (a URL) and clears them all', async () => {
		const state = panel({ kinds: ['claim'], actors: ['adnani'], articles: [], from: '2016-05-01', q: 'rumiya' });
		expect(screen.getByRole('checkbox', { name: /^Claim/ })).toBeChecked();
		expect(screen.getByRole('checkbox', { name: /^Attack/ })).not.toBeChecked();
		expect(screen.getByRole('option', { name: /Adnani/, selected: true })).toBeInTheDocument();
		expect(screen.getByRole('searchbox', { name: 'Search' })).toHaveValue('rumiya');
		expect(screen.getByLabelText('From')).toHaveValue('2016-05-01');

		await fireEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
		expect(state.filters).toEqual(NO_FILTERS);
		await tick();
		expect(screen.getByRole('checkbox', { name: /^Claim/ })).not.toBeChecked();
		expect(screen.getByRole('searchbox', { name: 'Search' })).toHaveValue('');
		expect(screen.getByRole('button', { name: 'Clear filters' })).toBeDisabled();
	});
});
