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
const band = (from: string, to: string) =>
	render(LayerBand, { props: { layer, events: layer.events, scale: scaleOver(from, to), width: 600, linked: () => false, onselect: () => {} } });

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
});
