import { render, screen } from '@testing-library/svelte';
import { makeLayer } from '$lib/layers/layer';
import { datasetRow } from '$lib/test/events';
import { linearScale } from '$lib/timeline/scales';
import LayerBand from './LayerBand.svelte';

const { layer } = makeLayer({
	name: 'Campaign',
	format: 'CSV spreadsheet',
	events: [datasetRow('campaign', '2016/2017'), datasetRow('summit', '2017-01-10'), datasetRow('raid', '2016-03-01')]
});
const scaleOver = (from: string, to: string) => linearScale([Date.parse(from), Date.parse(to)], 600);
const base = linearScale([Date.parse('2010-01-01'), Date.parse('2020-01-01')], 600);
const band = (from: string, to: string, of = layer) =>
	render(LayerBand, { props: { layer: of, events: of.events, scale: scaleOver(from, to), base, width: 600, linked: () => false, onselect: () => {} } });

describe('LayerBand', () => {
	it('shows an event that began before the view when its middle is in it', () => {
		band('2016-12-01', '2017-02-01');
		expect(screen.getByRole('group')).toHaveAccessibleName('2 events of Campaign in view');
		expect(screen.getAllByRole('button').map((b) => b.dataset.id)).toEqual(['campaign', 'summit']);
	});

	it('leaves out an event whose middle is outside the view', () => {
		band('2016-02-01', '2016-04-01');
		expect(screen.getAllByRole('button').map((b) => b.dataset.id)).toEqual(['raid']);
		expect(screen.getByText(/1 of 3 events in view/)).toBeInTheDocument();
	});

	it('past a few hundred in view, counts them in bars instead: every event in view once, none outside it', () => {
		const days = Array.from({ length: 400 }, (_, i) => datasetRow(`d${i}`, new Date(Date.UTC(2016, 0, 1) + i * 86_400_000).toISOString().slice(0, 10)));
		const { layer: many } = makeLayer({ name: 'Daily', format: 'CSV spreadsheet', events: [...days, datasetRow('late', '2019-06-01')] });
		const { container } = band('2016-01-01', '2017-06-01', many);
		expect(screen.queryAllByRole('button')).toEqual([]);
		const counts = [...container.querySelectorAll('rect.bar title')].map((t) => Number(t.textContent!.split(' ')[0]));
		expect(counts.length).toBeGreaterThan(1);
		expect(counts.reduce((a, b) => a + b, 0)).toBe(400);
	});

	it('counts a year-long event where its middle is', () => {
		const year = Array.from({ length: 320 }, (_, i) => datasetRow(`y${i}`, '2016'));
		const { layer: spans } = makeLayer({ name: 'Years', format: 'CSV spreadsheet', events: year });
		const { container } = band('2016-06-01', '2016-08-01', spans);
		const bars = [...container.querySelectorAll('rect.bar title')].map((t) => t.textContent);
		expect(bars).toEqual(['320 events']);
	});
});
