import { describe, expect, test } from 'vitest';
import type { ImportResult } from '$lib/formats';
import { rowKey } from '$lib/layers/links';
import type { Corpus, ImportedEvent } from '$lib/model/schema';
import { event } from '$lib/test/events';
import { Explorer } from './explorer.svelte';

const corpus: Corpus = {
	articles: [],
	entities: [],
	events: [event('westminster', '2017-03-22', { title: 'Westminster attack' }), event('claim', '2017-03-23', { kind: 'claim' })],
	relations: []
};
const imported = (id: string, edtf: string, title: string): ImportedEvent => ({ ...event(id, edtf), title, sources: [] });

describe('Explorer.addEvents', () => {
	test('adds events to everything that derives from them', () => {
		const cleanup = $effect.root(() => {
			const x = new Explorer(corpus);
			x.filters = { ...x.filters, kinds: ['attack'] };
			expect(x.visible.map((e) => e.id)).toEqual(['westminster']);

			const r = x.addEvents([imported('manchester', '2017-05-22', 'Manchester Arena bombing'), imported('nice', '2016-07-14', 'Nice truck attack')]);
			expect(r).toEqual({ added: ['manchester', 'nice'], refused: [] });
			expect(x.events.map((e) => e.id)).toEqual(['nice', 'westminster', 'claim', 'manchester']);
			expect(x.visible.map((e) => e.id)).toEqual(['nice', 'westminster', 'manchester']);
			expect(x.items.map((i) => i.id)).toEqual(['nice', 'westminster', 'manchester']);
			expect(x.byId.get('nice')?.title).toBe('Nice truck attack');

			x.filters = { ...x.filters, kinds: [], q: 'arena' };
			expect(x.visible.map((e) => e.id)).toEqual(['manchester']);
			x.select('nice');
			expect(x.selected?.title).toBe('Nice truck attack');
		});
		cleanup();
	});

	test('keeps a loaded event whose id an import takes again, and says so', () => {
		const cleanup = $effect.root(() => {
			const x = new Explorer(corpus);
			const r = x.addEvents([imported('westminster', '1999', 'Impostor')]);
			expect(r.added).toEqual([]);
			expect(r.refused).toEqual([
				{ record: 'event westminster', field: 'id', message: 'id "westminster" is already loaded (“Westminster attack”); the loaded event is kept' }
			]);
			expect(x.byId.get('westminster')?.title).toBe('Westminster attack');
			expect(x.events).toHaveLength(2);
		});
		cleanup();
	});

	test('adds relations once both their events are loaded', () => {
		const cleanup = $effect.root(() => {
			const x = new Explorer(corpus);
			x.addEvents([imported('arrest', '2017-03-23', 'Arrests')], [{ from: 'arrest', to: 'westminster', kind: 'responds-to', sources: [] }]);
			expect(x.relations).toEqual([{ from: 'arrest', to: 'westminster', kind: 'responds-to', sources: [] }]);
		});
		cleanup();
	});
});

describe('Explorer filters', () => {
	const story: Corpus = {
		articles: [],
		entities: [{ id: 'isis', type: 'organisation', name: 'Isis', aliases: [] }],
		events: [
			event('westminster', '2017-03-22', { title: 'Westminster attack' }),
			event('claim', '2017-03-23', { kind: 'claim', title: 'Isis claims the attack', actors: ['isis'] })
		],
		relations: [{ from: 'claim', to: 'westminster', kind: 'claims', sources: [] }]
	};

	test('follow relations, count options given the other filters, and offer a way out of nothing', () => {
		const cleanup = $effect.root(() => {
			const x = new Explorer(story);
			x.filters = { ...x.filters, kinds: ['attack'], actors: ['isis'] };
			expect(x.visible.map((e) => e.id)).toEqual(['westminster']);
			expect(x.kept).toEqual([{ id: 'westminster', title: 'Westminster attack', why: 'claimed by Isis' }]);
			expect(x.options.kinds.map((o) => [o.id, o.count])).toEqual([['attack', 1], ['claim', 1]]);
			expect(x.suggestions).toEqual([]);

			x.filters = { ...x.filters, linked: false };
			expect(x.visible).toEqual([]);
			expect(x.options.actors).toEqual([{ id: 'isis', label: 'Isis', count: 0 }]);
			expect(x.suggestions.map((s) => [s.change, s.count])).toEqual([['linked', 1], ['kinds', 1], ['actors', 1]]);

			x.filters = { ...x.filters, linked: true, kinds: [], q: 'westminster' };
			expect(x.hits.map((h) => h.title.filter((s) => s.mark).map((s) => s.text))).toEqual([['Westminster']]);
		});
		cleanup();
	});
});

describe('Explorer context layers', () => {
	const city: Corpus = { ...corpus, entities: [{ id: 'london', type: 'place', name: 'London', aliases: [] }], events: [event('westminster', '2017-03-22', { title: 'Westminster attack', places: ['london'] })] };
	const acledRow = (id: string, edtf: string, location: string): ImportedEvent => ({ ...imported(id.toLowerCase(), edtf, `${location} incident`), extra: { event_id_cnty: id, event_type: 'Violence against civilians', location } });
	const dataset = (events: ImportedEvent[]): ImportResult => ({ format: 'csv', events, relations: [], rejected: [], notes: [], extra: {} });

	test('a dataset becomes a layer beside the curated events, never among them', () => {
		const cleanup = $effect.root(() => {
			const x = new Explorer(city);
			const r = x.addImport('acled.csv', dataset([acledRow('GBR1', '2017-03-22', 'London'), acledRow('GBR2', '2017-03-22', 'Leeds')]));
			expect(r.layer?.name).toBe('acled.csv');
			expect(r.added).toEqual(['gbr1', 'gbr2']);
			expect(x.events.map((e) => e.id)).toEqual(['westminster']);
			expect(x.visible).toHaveLength(1);
			x.filters = { ...x.filters, q: 'leeds' };
			expect(x.visible).toEqual([]);
			expect(x.context.shown.map((s) => s.events.map((e) => e.row))).toEqual([['GBR1', 'GBR2']]);

			expect(x.crossLinks.byCurated.get('westminster')).toEqual([{ layer: 'acled-csv', row: 'gbr1' }]);
			expect(x.crossLinks.byRow.get(rowKey('acled-csv', 'gbr1'))).toEqual(['westminster']);

			x.context.filters['acled-csv'] = { ...x.context.filterOf('acled-csv'), shown: false };
			expect(x.context.shown[0]!.events).toEqual([]);
		});
		cleanup();
	});

	test('curated events in another format still join the corpus', () => {
		const cleanup = $effect.root(() => {
			const x = new Explorer(city);
			const r = x.addImport('other.json', { ...dataset([imported('nice', '2016-07-14', 'Nice truck attack')]), format: 'json' });
			expect(r.layer).toBeUndefined();
			expect(x.events.map((e) => e.id)).toEqual(['nice', 'westminster']);
			expect(x.layers).toEqual([]);
		});
		cleanup();
	});

	test('a dataset event is selected apart from the curated one; removing its layer closes it', () => {
		const cleanup = $effect.root(() => {
			const x = new Explorer(city);
			const { layer } = x.addLayer({ id: 'acled', name: 'ACLED', format: 'ACLED export', events: [acledRow('GBR1', '2017-03-22', 'London')] });
			expect(layer.id).toBe('acled');
			x.select('westminster');
			x.selectInLayer('acled', 'gbr1');
			expect(x.selected).toBeUndefined();
			expect(x.context.selected?.event.row).toBe('GBR1');
			x.removeLayer('acled');
			expect(x.layers).toEqual([]);
			expect(x.context.selected).toBeUndefined();
			expect(x.crossLinks.byCurated.size).toBe(0);
		});
		cleanup();
	});
});
