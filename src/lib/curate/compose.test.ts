import { describe, expect, it } from 'vitest';
import { parseArticle } from '$lib/corpus/article';
import { composeArticle, suggestName } from './compose';

const pasted = {
	headline: ' Attack in Brussels ',
	publisher: 'The Times (London)',
	published: '2016-03-22',
	text: 'First paragraph.\n\nSecond paragraph.\nThird.'
};

describe('composeArticle', () => {
	it('writes the corpus layout, which the article parser reads back', () => {
		const text = composeArticle(pasted, new Date(Date.UTC(2016, 2, 23)));
		expect(text).toBe(
			'Attack in Brussels\n\n-\n\n23.03.2016\n\nThe Times (London) (22 March 2016)\n\nFirst paragraph.\n\nSecond paragraph.\n\nThird.\n'
		);
		const article = parseArticle('data/articles/x.txt', text);
		expect(article).toMatchObject({ headline: 'Attack in Brussels', publisher: 'The Times (London)', published: '2016-03-22', filed: '2016-03-23' });
		expect(article.paragraphs).toHaveLength(3);
	});

	it('suggests a file name from the day and headline', () => {
		expect(suggestName(pasted)).toBe('2016-03-22-attack-in-brussels');
		expect(suggestName({ headline: '', published: '' })).toBe('');
	});
});
