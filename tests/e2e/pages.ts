/** Every kind of page the site has, with real ids from the built corpus and the data folder. */
import { readdirSync } from 'node:fs';
import type { Corpus } from '$lib/model/schema';

export const PAGE_NAMES = ['the explorer', 'the article list', 'the reader', 'the embed', 'the briefing', 'the presenter view'] as const;

export function sitePages(corpus: Corpus): { name: (typeof PAGE_NAMES)[number]; path: string }[] {
	const article = corpus.articles[0]!.id;
	const briefing = readdirSync('data/briefings').find((f) => f.endsWith('.json'))!.replace(/\.json$/, '');
	return [
		{ name: 'the explorer', path: '/' },
		{ name: 'the article list', path: '/articles/' },
		{ name: 'the reader', path: `/articles/${article}/` },
		{ name: 'the embed', path: '/embed/' },
		{ name: 'the briefing', path: `/present/${briefing}/` },
		{ name: 'the presenter view', path: `/present/${briefing}/presenter/` }
	];
}
