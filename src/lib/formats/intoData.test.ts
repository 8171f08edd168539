// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { readDataFiles } from '$lib/server/data-files';
import { checkData } from '$lib/model/validate';
import type { ImportedEvent, Relation } from '$lib/model/schema';
import { mergeIntoData } from './intoData';
import { emptyResult, type ImportResult } from './types';

const files = readDataFiles();
const curated = checkData(files).corpus;
const existingId = curated.events[0]!.id;
const article = curated.articles[0]!;
const quote = (exact: string) => {
	const start = [...article.text.slice(0, article.text.indexOf(exact))].length;
	return {
		article: article.id,
		quote: { type: 'TextQuoteSelector' as const, exact },
		position: { type: 'TextPositionSelector' as const, start, end: start + [...exact].length }
	};
};
// The first words of the article's first paragraph: an anchor any article in the layout has.
const passage = article.text.slice(article.paragraphs[0]!.start, article.paragraphs[0]!.start + 40);

const event = (id: string, over: Partial<ImportedEvent> = {}): ImportedEvent => ({
	id,
	title: `Imported ${id}`,
	kind: 'statement',
	date: { edtf: article.published, basis: 'explicit' },
	actors: [],
	places: [],
	assessments: [],
	sources: [quote(passage)],
	...over
});
const imported = (events: ImportedEvent[], relations: Relation[] = []): ImportResult => ({
	...emptyResult('csv'),
	events,
	relations
});
const TARGET = 'data/events/zz-imported.json';

describe('mergeIntoData', () => {
	it('writes the events the curated data can take into a new file that passes check:data', () => {
		const m = mergeIntoData(
			files,
			TARGET,
			imported(
				[event('new-a'), event('new-b')],
				[{ from: 'new-a', to: existingId, kind: 'cites', sources: [] }]
			)
		);
		expect(m.refused).toEqual([]);
		expect(m.added.map((e) => e.id)).toEqual(['new-a', 'new-b']);
		expect(m.relations).toHaveLength(1);
		const after = checkData({
			...files,
			events: [...files.events, { file: TARGET, text: m.text! }]
		});
		expect(after.issues).toEqual([]);
		expect(after.corpus.events).toHaveLength(curated.events.length + 2);
	});

	it('appends to an existing file and leaves every event it held as it was', () => {
		const [first] = files.events;
		const m = mergeIntoData(files, first!.file, imported([event('new-a')]));
		const after = checkData({
			...files,
			events: [{ file: first!.file, text: m.text! }, ...files.events.slice(1)]
		});
		expect(after.issues).toEqual([]);
		expect(after.corpus.events.slice(0, -1)).toEqual(curated.events);
	});

	it('refuses, each with why, what the curated data cannot take, and keeps the rest', () => {
		const m = mergeIntoData(
			files,
			TARGET,
			imported(
				[
					event(existingId),
					event('no-source', { sources: [] }),
					event('bad-quote', {
						sources: [
							{
								...quote(passage),
								quote: { type: 'TextQuoteSelector', exact: 'words the article never says' }
							}
						]
					}),
					event('unknown-actor', { actors: ['nobody-known'] }),
					event('fine')
				],
				[{ from: 'fine', to: 'no-source', kind: 'cites', sources: [] }]
			)
		);
		expect(m.added.map((e) => e.id)).toEqual(['fine']);
		expect(m.refused).toEqual([
			{
				record: `event ${existingId}`,
				field: 'id',
				message: `"${existingId}" is already in the curated data; rename it in the file to import it`
			},
			{
				record: 'event no-source',
				field: 'sources',
				message: 'no source passage: curated events need a quote from an article'
			},
			{
				record: 'relation fine → no-source',
				message: 'one of its events is not in the curated data'
			},
			{
				record: 'event bad-quote',
				field: 'sources[0].quote.exact',
				message: expect.stringMatching(/\S/)
			},
			{
				record: 'event unknown-actor',
				field: 'actors[0]',
				message: 'unknown entity "nobody-known"'
			}
		]);
	});

	it('writes nothing when the data folder already has problems', () => {
		const broken = {
			...files,
			events: [...files.events, { file: 'data/events/broken.json', text: '{' }]
		};
		const m = mergeIntoData(broken, TARGET, imported([event('new-a')]));
		expect(m.text).toBeUndefined();
		expect(m.blocking[0]).toMatchObject({ file: 'data/events/broken.json' });
	});
});
