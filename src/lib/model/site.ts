/**
 * The headline and standfirst above the explorer: data/site.json's words where it has them,
 * otherwise words derived from the corpus, so that no corpus is shown under another's title.
 */
import { mend } from '$lib/corpus/passage';
import type { Corpus } from './schema';

export interface SiteHeading {
	title: string;
	standfirst: string;
}

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;

export function siteHeading(corpus: Pick<Corpus, 'articles' | 'events' | 'site'>): SiteHeading {
	const newest = corpus.articles.reduce<Corpus['articles'][number] | undefined>((a, b) => (!a || b.published > a.published ? b : a), undefined);
	const title = corpus.site?.title ?? (newest ? mend(newest.headline) : 'Event timeline');
	const from = corpus.articles.length === 1 && newest ? `an article of ${newest.publisher}` : plural(corpus.articles.length, 'article');
	const standfirst =
		corpus.site?.standfirst ?? `${plural(corpus.events.length, 'dated event')} from ${from}, each linked to the passage it comes from.`;
	return { title, standfirst };
}
