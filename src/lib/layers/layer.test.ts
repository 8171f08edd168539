import { describe, expect, test } from 'vitest';
import { datasetRow } from '$lib/test/events';
import { ALL_OF_LAYER, datasetTitle, filterLayer, joinsCorpus, layerOptions, makeLayer } from './layer';

const DAY = 86_400_000;
const row = (id: string, edtf: string, extra: Record<string, string> = {}) => datasetRow(id, edtf, { extra });
const acled = (id: string, edtf: string, type: string, actor: string, precision = '1') =>
	row(id, edtf, { event_id_cnty: id.toUpperCase(), event_type: type, actor1: actor, location: 'London - Westminster', time_precision: precision });

describe('joinsCorpus', () => {
	const anchored = { ...row('a', '2017'), sources: [{ article: 'x', quote: { type: 'TextQuoteSelector' as const, exact: 'x' }, position: { type: 'TextPositionSelector' as const, start: 0, end: 1 } }] };
	test.each([
		['the project’s own format', 'json', [row('a', '2017')], true],
		['a dataset without passages', 'csv', [row('a', '2017')], false],
		['curated events exported to CSV and read back', 'csv', [anchored], true],
		['a file with some events anchored', 'timelinejs', [anchored, row('b', '2017')], false],
		['an empty dataset', 'csv', [], false]
	])('%s', (_, format, events, joins) => expect(joinsCorpus(format, events)).toBe(joins));
});

describe('datasetTitle', () => {
	test.each([
		['a title', { title: ' ACLED UK ' }, 'ACLED UK'],
		['a TimelineJS title slide', { title: { text: { headline: 'The <i>Westminster</i> attack' } } }, 'The Westminster attack'],
		['none', { eras: [] }, undefined],
		['an empty one', { title: { text: {} } }, undefined]
	])('%s', (_, extra, title) => expect(datasetTitle(extra)).toBe(title));
});

describe('makeLayer', () => {
	test('reads the dataset’s own row id, kind, actors, places and precision, in time order', () => {
		const { layer, refused } = makeLayer({ name: 'ACLED UK 2017.csv', format: 'ACLED', events: [acled('gbr2', '2017-03-23', 'Riots', 'Rioters', '2'), acled('gbr1', '2017-03-22', 'Violence against civilians', 'Unidentified Armed Group')] });
		expect(refused).toEqual([]);
		expect(layer.id).toBe('acled-uk-2017-csv');
		expect(layer.events.map((e) => [e.row, e.kindName, e.actorNames, e.placeNames, e.slack])).toEqual([
			['GBR1', 'Violence against civilians', ['Unidentified Armed Group'], ['London - Westminster'], 0],
			['GBR2', 'Riots', ['Rioters'], ['London - Westminster'], 3 * DAY]
		]);
		expect([...layer.events[0]!.names]).toEqual(['unidentified armed group', 'london westminster', 'london', 'westminster']);
	});

	test('a date it cannot place is refused by name; an id taken by another layer is not reused', () => {
		const { layer, refused } = makeLayer({ name: 'sheet', format: 'CSV', events: [row('ok', '2017'), row('bad', '2017-13-45')] }, (id) => id === 'sheet');
		expect(layer.id).toBe('sheet-2');
		expect(layer.events.map((e) => e.id)).toEqual(['ok']);
		expect(refused).toEqual([expect.objectContaining({ record: 'event bad', field: 'date.edtf' })]);
	});
});

describe('filterLayer', () => {
	const { layer } = makeLayer({ name: 'acled', format: 'ACLED', events: [acled('a', '2017-03-22', 'Riots', 'Rioters'), acled('b', '2017-03-23', 'Protests', 'Protesters'), acled('c', '2017-03-24', 'Riots', 'Police')] });
	test.each([
		['everything', ALL_OF_LAYER, ['a', 'b', 'c']],
		['hidden', { ...ALL_OF_LAYER, shown: false }, []],
		['one kind', { ...ALL_OF_LAYER, kinds: ['Riots'] }, ['a', 'c']],
		['a kind and an actor', { shown: true, kinds: ['Riots'], actors: ['Police'] }, ['c']]
	])('%s', (_, f, ids) => expect(filterLayer(layer.events, f).map((e) => e.id)).toEqual(ids));

	test('offers its kinds and actors, most frequent first', () => {
		const { kinds, actors } = layerOptions(layer.events);
		expect(kinds.map((k) => [k.label, k.count])).toEqual([['Riots', 2], ['Protests', 1]]);
		expect(actors.map((a) => a.id)).toEqual(['Police', 'Protesters', 'Rioters']);
	});
});

describe('a layer event’s names', () => {
	test('are the dataset’s cells, not those again as the ids an importer made of them', () => {
		const e = { ...acled('gbr1', '2017-03-22', 'Violence against civilians', 'Unidentified Armed Group (United Kingdom)'), actors: ['unidentified-armed-group-united-kingdom'], places: ['london-westminster'] };
		const { layer } = makeLayer({ name: 'ACLED', format: 'ACLED export', events: [e] });
		expect(layer.events[0]!.actorNames).toEqual(['Unidentified Armed Group (United Kingdom)']);
		expect(layer.events[0]!.placeNames).toEqual(['London - Westminster']);
	});

	test('are the ids where the dataset kept no cells', () => {
		const { layer } = makeLayer({ name: 'sheet', format: 'CSV spreadsheet', events: [datasetRow('a', '2017', { actors: ['isis'] })] });
		expect(layer.events[0]!.actorNames).toEqual(['isis']);
	});
});
