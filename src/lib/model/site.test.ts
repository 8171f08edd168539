import { describe, expect, test } from 'vitest';
import { article as testArticle } from '$lib/test/articles';
import { siteHeading } from './site';

const article = (id: string, published: string, headline: string) => ({ ...testArticle(id, 'Text.'), published, headline });

describe('siteHeading', () => {
	test('data/site.json words come first', () => {
		const h = siteHeading({ articles: [article('a', '2017-03-23', 'A')], events: [], site: { title: 'T', standfirst: 'S' } });
		expect(h).toEqual({ title: 'T', standfirst: 'S' });
	});
	test('without them, the newest article gives the title and the counts the standfirst', () => {
		const h = siteHeading({ articles: [article('old', '2016-01-01', 'Old news'), article('new', '2017-03-23', 'New news')], events: [] });
		expect(h.title).toBe('New news');
		expect(h.standfirst).toBe('0 dated events from 2 articles, each linked to the passage it comes from.');
	});
	test('a site.json with a title only keeps the derived standfirst', () => {
		const h = siteHeading({ articles: [article('a', '2017-03-23', 'A')], events: [], site: { title: 'T' } });
		expect(h.title).toBe('T');
		expect(h.standfirst).toMatch(/^0 dated events from an article of /);
	});
	test('an empty corpus still has a title', () => {
		expect(siteHeading({ articles: [], events: [] }).title).toBe('Event timeline');
	});
});
