import { describe, expect, it } from 'vitest';
import { event } from '$lib/test/events';
import { parseCorpusText } from './corpus-input';

const events = [event('nice-attack', '2016-07-14')];

describe('parseCorpusText', () => {
	it('reads a whole corpus', () => {
		const corpus = { articles: [], entities: [], events, relations: [] };
		expect(parseCorpusText(JSON.stringify(corpus), 'corpus.json')).toEqual(corpus);
	});

	it('reads an event file as a corpus without articles', () => {
		expect(parseCorpusText(JSON.stringify({ events }), 'events.json')).toEqual({ articles: [], entities: [], events, relations: [] });
	});

	it.each([
		['not JSON', '{"events": [', /^inline: not valid JSON: /],
		['not an object', '42', /^inline: not a valid event file: Invalid input: expected object, received number$/],
		['a bad kind', JSON.stringify({ events: [{ ...events[0], kind: 'bombing' }] }), /^inline: not a valid event file: field events\[0\]\.kind: Invalid option/],
		['a corpus without relations', JSON.stringify({ articles: [], entities: [], events }), /^inline: not a valid corpus: field relations: Invalid input/],
		['a date that is not EDTF', JSON.stringify({ events: [event('x', '14 July 2016')] }), /^inline: event x: /]
	])('refuses %s, naming the source', (_, text, message) => {
		expect(() => parseCorpusText(text, 'inline')).toThrow(message);
	});
});
