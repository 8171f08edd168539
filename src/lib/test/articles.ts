/** Small hand-made articles for component tests, in the corpus layout, with sources quoting them. */
import { anchorQuote } from '$lib/corpus/anchor';
import { parseArticle } from '$lib/corpus/article';
import type { Article, Source } from '$lib/model/schema';

/** An article of the given paragraphs, published 23 March 2017 by "Test Gazette". */
export function article(id: string, ...paragraphs: string[]): Article {
	const lines = ['TEST HEADLINE', '-', '24.03.2017', 'Test Gazette (23 March 2017)', ...paragraphs, 'Kaynak/Source:'];
	return parseArticle(`data/articles/${id}.txt`, lines.join('\n\n') + '\n');
}

/** A source quoting `exact` where it stands, once, in the article. */
export function quote(a: Article, exact: string): Source {
	const found = anchorQuote(a.text, { exact });
	if (!found.ok) throw new Error(`fixture ${a.id}: ${found.error}`);
	return {
		article: a.id,
		quote: { type: 'TextQuoteSelector', exact },
		position: { type: 'TextPositionSelector', ...found.span }
	};
}
