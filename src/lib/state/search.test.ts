import { describe, expect, it } from 'vitest';
import { event, timed } from '$lib/test/events';
import { buildSearch, excerpt, markTerms, type Segment } from './search';

const events = timed(
	event('claim', '2017-03-23', { kind: 'claim', title: 'Isis claims the Westminster attack', actors: ['isis'] }),
	event('speech', '2016-05', { kind: 'call-to-action', title: 'Al-Adnani’s last announcement', summary: 'A call for attacks during Ramadan.', actors: ['isis'] })
);
const search = buildSearch(events, [{ id: 'isis', type: 'organisation', name: 'Isis', aliases: ['Daesh'] }]);
/** Segments as text with the marked words in brackets. */
const show = (s: Segment[]) => s.map((x) => (x.mark ? `[${x.text}]` : x.text)).join('');

describe('markTerms', () => {
	it.each([
		['Isis claims the Westminster attack', ['westminster'], 'Isis claims the [Westminster] attack'],
		['Isis claims the Westminster attack', ['isis', 'attack'], '[Isis] claims the Westminster [attack]'],
		['Al-Adnani’s last announcement', ['adnani'], 'Al-[Adnani]’s last announcement'],
		['attacks, attack', ['attack'], 'attacks, [attack]'],
		['no match here', ['zzz'], 'no match here'],
		['', ['a'], '']
	])('%s with %j', (text, terms, marked) => expect(show(markTerms(text, terms))).toBe(marked));
});

describe('excerpt', () => {
	it('cuts long text around the first mark, with ellipses', () => {
		const text = `${'word '.repeat(30)}target ${'more '.repeat(30)}`;
		const cut = show(excerpt(markTerms(text, ['target']), 40));
		expect(cut).toMatch(/^….*\[target\].*…$/);
		expect(cut.length).toBeLessThanOrEqual(40 + 4);
	});
	it('keeps short text whole', () => expect(show(excerpt(markTerms('a target', ['target'])))).toBe('a [target]'));
});

describe('search hits', () => {
	it('marks the matched words of the title, typo and prefix included', () => {
		expect(search.hits('Westminstr').map((h) => show(h.title))).toEqual(['Isis claims the [Westminster] attack']);
		expect(search.hits('westm att').map((h) => show(h.title))).toEqual(['Isis claims the [Westminster] [attack]']);
	});

	it('says which other field matched when the title holds none of the words', () => {
		const [hit] = search.hits('daesh ramadan');
		expect(hit!.id).toBe('speech');
		expect(hit!.also?.field).toBe('Summary');
		expect(show(hit!.also!.text)).toBe('A call for attacks during [Ramadan].');
		expect(show(search.hits('daesh').find((h) => h.id === 'claim')!.also!.text)).toBe('Isis, [Daesh]');
	});

	it('answers the filters with the set of ids', () => expect(search('daesh')).toEqual(new Set(['claim', 'speech'])));
});
