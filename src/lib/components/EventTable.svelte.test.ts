import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { tick } from 'svelte';
import { article } from '$lib/test/articles';
import { event, timed } from '$lib/test/events';
import EventTable from './EventTable.svelte';

const a1 = article('a1', 'First paragraph.');
const events = timed(
	event('b', '2016-02', { title: 'Beta', kind: 'claim' }),
	event('a', '2016-01', { title: 'Alpha', kind: 'death', actors: ['masood', 'isis'] }),
	event('c', '2016-03', { title: 'Gamma', kind: 'attack', sources: [] })
);

const NAMES: Record<string, string> = { masood: 'Khalid Masood', isis: 'Abu Muhammad al-Adnani' };

function show() {
	const onselect = vi.fn();
	render(EventTable, { props: { events, articles: new Map([[a1.id, a1]]), nameOf: (id: string) => NAMES[id] ?? id, onselect } });
	return onselect;
}

const titles = () => screen.getAllByRole('row').slice(1).map((r) => within(r).getByRole('button').textContent);

describe('EventTable', () => {
	it('lists the events in time order with their dates, kinds, actors by full name and passages', () => {
		show();
		expect(screen.getByRole('table')).toHaveAccessibleName('3 events, by date, oldest first');
		expect(titles()).toEqual(['Alpha', 'Beta', 'Gamma']);
		const [alpha, , gamma] = screen.getAllByRole('row').slice(1);
		expect(within(alpha!).getAllByRole('cell').map((c) => c.textContent!.trim())).toEqual(['January 2016', 'Alpha', 'Death', 'Khalid MasoodAbu Muhammad al-Adnani', 'a — Test Gazette']);
		expect(gamma).toHaveTextContent('No source passage');
	});

	it('sorts by a column when its header is pressed, the other way when pressed again', async () => {
		show();
		const kind = screen.getByRole('columnheader', { name: /Kind/ });
		await fireEvent.click(within(kind).getByRole('button'));
		expect(titles()).toEqual(['Gamma', 'Beta', 'Alpha']);
		expect(kind).toHaveAttribute('aria-sort', 'ascending');
		expect(screen.getByRole('columnheader', { name: /Date/ })).not.toHaveAttribute('aria-sort');
		await fireEvent.click(within(kind).getByRole('button'));
		expect(titles()).toEqual(['Alpha', 'Beta', 'Gamma']);
		expect(kind).toHaveAttribute('aria-sort', 'descending');
		expect(screen.getByRole('table')).toHaveAccessibleName('3 events, by kind, Z to A');
	});

	it('selects an event with its button', async () => {
		const onselect = show();
		await fireEvent.click(screen.getByRole('button', { name: 'Beta' }));
		expect(onselect).toHaveBeenCalledWith('b');
		await tick();
	});
});
