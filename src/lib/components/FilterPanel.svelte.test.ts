import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { tick } from 'svelte';
import { NO_FILTERS, type Filters } from '$lib/state/filters';
import type { FilterOptions, KeptEvent } from '$lib/state/filter-options';
import type { SearchHit } from '$lib/state/search';
import FilterPanel from './FilterPanel.svelte';

const OPTIONS: FilterOptions = {
	kinds: [
		{ id: 'attack', label: 'Attack', count: 7 },
		{ id: 'claim', label: 'Claim', count: 2 },
		{ id: 'propaganda-release', label: 'Propaganda release', count: 0 }
	],
	actors: [
		{ id: 'isis', label: 'Islamic State', count: 12 },
		{ id: 'adnani', label: 'Abu Muhammad al-Adnani', count: 3 },
		{ id: 'masood', label: 'Khalid Masood', count: 5 }
	],
	articles: [
		{ id: 'a1', label: 'Isis claims London attack', count: 20 },
		{ id: 'a2', label: 'Rumiya issue 3', count: 4 }
	]
};

/** Renders the panel as `bind:filters` would: reading and writing one $state. */
function panel(initial: Filters = NO_FILTERS, options = OPTIONS, more: { hits?: SearchHit[]; kept?: KeptEvent[] } = {}) {
	const state = $state({ filters: initial });
	const onselect = vi.fn();
	render(FilterPanel, {
		get filters() {
			return state.filters;
		},
		set filters(f: Filters) {
			state.filters = f;
		},
		options,
		shown: 9,
		total: 24,
		onselect,
		...more
	});
	return Object.assign(state, { onselect });
}

const group = (name: string) => screen.getByRole('group', { name });
const rows = (name: string) => within(group(name)).getAllByRole('checkbox').map((c) => c.closest('label')!.textContent!.replace(/\s+/g, ' ').trim());

describe('FilterPanel', () => {
	it('offers the kinds with their counts given the other filters, and says how many events show', () => {
		panel();
		expect(screen.getByRole('search', { name: 'Filter events' })).toBeInTheDocument();
		expect(rows('Kinds')).toEqual(['Attack 7', 'Claim 2', 'Propaganda release 0']);
		expect(screen.getByTestId('shown-count')).toHaveTextContent('9 of 24 events');
		expect(screen.getByRole('button', { name: 'Clear filters' })).toBeDisabled();
	});

	it('dims an option that would show nothing, and still lets it be ticked', async () => {
		const state = panel();
		const none = screen.getByRole('checkbox', { name: /^Propaganda release/ });
		expect(none.closest('li')).toHaveClass('empty');
		expect(screen.getByRole('checkbox', { name: /^Attack/ }).closest('li')).not.toHaveClass('empty');
		await fireEvent.click(none);
		expect(state.filters.kinds).toEqual(['propaganda-release']);
	});

	it('writes the search text into the filters as it is typed', async () => {
		const state = panel();
		await fireEvent.input(screen.getByRole('searchbox', { name: 'Search' }), { target: { value: 'knife' } });
		expect(state.filters).toEqual({ ...NO_FILTERS, q: 'knife' });
	});

	it('lists the search results with the matched words marked, and selects the one chosen', async () => {
		const hits: SearchHit[] = [
			{ id: 'claim', title: [{ text: 'Isis claims the ', mark: false }, { text: 'Westminster', mark: true }, { text: ' attack', mark: false }] },
			{ id: 'speech', title: [{ text: 'Adnani speech', mark: false }], also: { field: 'Actors', text: [{ text: 'Isis, ', mark: false }, { text: 'Daesh', mark: true }] } }
		];
		const state = panel({ ...NO_FILTERS, q: 'westminster' }, OPTIONS, { hits });
		const list = screen.getByRole('list', { name: 'Search results' });
		expect([...list.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['Westminster', 'Daesh']);
		expect(within(list).getAllByRole('button').map((b) => b.textContent!.replace(/\s+/g, ' ').trim())).toEqual([
			'Isis claims the Westminster attack',
			'Adnani speech Actors: Isis, Daesh'
		]);
		await fireEvent.click(within(list).getByRole('button', { name: /Westminster/ }));
		expect(state.onselect).toHaveBeenCalledWith('claim');
	});

	it('toggles kinds on and off', async () => {
		const state = panel();
		await fireEvent.click(screen.getByRole('checkbox', { name: /^Attack/ }));
		await fireEvent.click(screen.getByRole('checkbox', { name: /^Claim/ }));
		expect(state.filters.kinds).toEqual(['attack', 'claim']);
		await fireEvent.click(screen.getByRole('checkbox', { name: /^Attack/ }));
		expect(state.filters.kinds).toEqual(['claim']);
	});

	it('takes every ticked actor and article, each name whole beside its count', async () => {
		const state = panel();
		expect(rows('Actors')).toEqual(['Islamic State 12', 'Abu Muhammad al-Adnani 3', 'Khalid Masood 5']);
		await fireEvent.click(within(group('Actors')).getByRole('checkbox', { name: /^Khalid Masood/ }));
		await fireEvent.click(within(group('Actors')).getByRole('checkbox', { name: /^Islamic State/ }));
		await fireEvent.click(within(group('Articles')).getByRole('checkbox', { name: /^Rumiya/ }));
		expect(state.filters).toEqual({ ...NO_FILTERS, actors: ['isis', 'masood'], articles: ['a2'] });
	});

	it('finds an actor by name in a long list, keeping the ticked ones in view', async () => {
		const many = Array.from({ length: 10 }, (_, i) => ({ id: `p${i}`, label: `Person ${i}`, count: 1 }));
		panel({ ...NO_FILTERS, actors: ['p1'] }, { ...OPTIONS, actors: [...many, { id: 'adnani', label: 'Abu Muhammad al-Adnani', count: 3 }] });
		await fireEvent.input(screen.getByRole('searchbox', { name: 'Find actors' }), { target: { value: 'adna' } });
		expect(rows('Actors')).toEqual(['Person 1 1', 'Abu Muhammad al-Adnani 3']);
	});

	it('follows relations unless told not to, and says why a linked event is shown', async () => {
		const kept = [{ id: 'westminster-attack', title: 'Westminster attack', why: 'claimed by Islamic State' }];
		const state = panel({ ...NO_FILTERS, actors: ['isis'] }, OPTIONS, { kept });
		const linked = screen.getByRole('checkbox', { name: 'Include events linked to them' });
		expect(linked).toBeChecked();
		expect(screen.getByTestId('kept')).toHaveTextContent('Westminster attack — claimed by Islamic State');
		await fireEvent.click(screen.getByRole('button', { name: 'Westminster attack' }));
		expect(state.onselect).toHaveBeenCalledWith('westminster-attack');
		await fireEvent.click(linked);
		expect(state.filters.linked).toBe(false);
	});

	it('hides the article choice when there is one article', () => {
		panel(NO_FILTERS, { ...OPTIONS, articles: OPTIONS.articles.slice(0, 1) });
		expect(screen.queryByRole('group', { name: 'Articles' })).toBeNull();
	});

	it('reads dates typed as ISO or day-month-year, echoes them, and never uses a date mask', async () => {
		const state = panel();
		expect(document.querySelector('input[type=date]')).toBeNull();
		const from = screen.getByRole('textbox', { name: 'From' });
		await fireEvent.input(from, { target: { value: '14 Jul 2016' } });
		await fireEvent.change(from);
		expect(state.filters.from).toBe('2016-07-14');
		await tick();
		expect(from).toHaveAccessibleDescription('from 14 July 2016');
		const to = screen.getByRole('textbox', { name: 'To' });
		await fireEvent.input(to, { target: { value: '2016' } });
		await fireEvent.change(to);
		expect(state.filters.to).toBe('2016-12-31');
		await fireEvent.input(from, { target: { value: '' } });
		await fireEvent.change(from);
		expect(state.filters.from).toBeUndefined();
	});

	it('says inline why a date cannot be read, and keeps the filter as it was', async () => {
		const state = panel({ ...NO_FILTERS, from: '2016-05-01' });
		const from = screen.getByRole('textbox', { name: 'From' });
		await fireEvent.input(from, { target: { value: '07/14/2016' } });
		await fireEvent.change(from);
		await tick();
		expect(from).toHaveAttribute('aria-invalid', 'true');
		expect(from).toHaveAccessibleDescription(/“07\/14\/2016” is not a date: type .*14 Jul 2016/);
		expect(state.filters.from).toBe('2016-05-01');
	});

	it('shows filters set from outside (a URL) and clears them all', async () => {
		const state = panel({ kinds: ['claim'], actors: ['adnani'], linked: true, articles: [], from: '2016-05-01', q: 'rumiya' });
		expect(screen.getByRole('checkbox', { name: /^Claim/ })).toBeChecked();
		expect(screen.getByRole('checkbox', { name: /^Attack/ })).not.toBeChecked();
		expect(screen.getByRole('checkbox', { name: /Adnani/ })).toBeChecked();
		expect(screen.getByRole('searchbox', { name: 'Search' })).toHaveValue('rumiya');
		expect(screen.getByRole('textbox', { name: 'From' })).toHaveValue('2016-05-01');

		await fireEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
		expect(state.filters).toEqual(NO_FILTERS);
		await tick();
		expect(screen.getByRole('checkbox', { name: /^Claim/ })).not.toBeChecked();
		expect(screen.getByRole('searchbox', { name: 'Search' })).toHaveValue('');
		expect(screen.getByRole('textbox', { name: 'From' })).toHaveValue('');
		expect(screen.getByRole('button', { name: 'Clear filters' })).toBeDisabled();
	});
});
