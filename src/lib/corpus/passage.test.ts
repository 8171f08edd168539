import { describe, expect, it } from 'vitest';
import { parseArticle } from './article';
import { mend, passageAnchor, passageOf, sentencePassage } from './passage';

const text = 'Head\n\n-\n\n24.03.2017\n\nPaper (23 March 2017)\n\nFirst one. 😀 Quoted words here.\n\nSecond \u25A1 para.\n\nKaynak/Source:';
const article = parseArticle('data/articles/t.txt', text);
const at = (quote: string) => {
	const unit = text.indexOf(quote);
	const start = [...text.slice(0, unit)].length;
	return { start, end: start + [...quote].length };
};

describe('passageOf', () => {
	it('splits the paragraph around the quote, counting code points', () => {
		expect(passageOf(article, at('Quoted words'))).toEqual({
			paragraph: 0,
			before: 'First one. 😀 ',
			quote: 'Quoted words',
			after: ' here.'
		});
	});

	it('finds a quote in a later paragraph', () => {
		expect(passageOf(article, at('para'))?.paragraph).toBe(1);
	});

	it('returns nothing for offsets outside every paragraph', () => {
		expect(passageOf(article, { start: 0, end: 4 })).toBeUndefined();
	});
});

describe('mend', () => {
	it.each([
		['Bridge \u25A1 where', 'Bridge — where'],
		['no dash', 'no dash']
	])('%j → %j', (raw, shown) => expect(mend(raw)).toBe(shown));

	it('names the passage anchor by its offsets', () => expect(passageAnchor({ start: 3, end: 9 })).toBe('q-3-9'));
});

describe('sentencePassage', () => {
	const long = parseArticle(
		'data/articles/s.txt',
		'Head\n\n-\n\n24.03.2017\n\nPaper (23 March 2017)\n\nAn opening line. Mr. Masood drove onto the bridge, police said. A later sentence! The “last one.” Trailing words\n\nKaynak/Source:'
	);
	const atIn = (quote: string) => {
		const unit = long.text.indexOf(quote);
		const start = [...long.text.slice(0, unit)].length;
		return { start, end: start + [...quote].length };
	};

	it.each([
		['drove onto the bridge', 'Mr. Masood ', ', police said.'],
		['An opening', '', ' line.'],
		['A later sentence!', '', ''],
		['last one', 'The “', '.”'],
		['police said. A later', 'Mr. Masood drove onto the bridge, ', ' sentence!'],
		['Trailing', '', ' words']
	])('widens %j to its sentence', (quote, before, after) => {
		expect(sentencePassage(long, atIn(quote))).toMatchObject({ quote, before, after });
	});

	it('returns nothing where the paragraph is not found', () => expect(sentencePassage(long, { start: 0, end: 3 })).toBeUndefined());

	it('takes in the start of a sentence that the layout broke into two paragraphs', () => {
		const broken = parseArticle('data/articles/b.txt', 'Head\n\n-\n\n24.03.2017\n\nPaper (23 March 2017)\n\nDone here. Police said that\n\nalthough nothing was known, he was watched.\n\nKaynak/Source:');
		const unit = broken.text.indexOf('he was watched');
		const start = [...broken.text.slice(0, unit)].length;
		expect(sentencePassage(broken, { start, end: start + 14 })).toMatchObject({ before: 'Police said that although nothing was known, ', after: '.' });
	});
});
