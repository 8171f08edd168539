/** Articles in the corpus layout for tests, built from a publication day and paragraphs. */
import { format } from 'date-fns';
import { UTCDate } from '@date-fns/utc';
import { parseArticle } from '$lib/corpus/article';
import type { Article } from '$lib/model/schema';

export function articleText(published: string, ...paragraphs: string[]): string {
	const day = new UTCDate(`${published}T00:00:00Z`);
	return [
		'A HEADLINE',
		'-',
		format(day, 'dd.MM.yyyy'),
		`Test Times (${format(day, 'd MMMM yyyy')})`,
		...paragraphs,
		'Kaynak/Source:'
	].join('\n\n');
}

export const testArticle = (id: string, published: string, ...paragraphs: string[]): Article =>
	parseArticle(`${id}.txt`, articleText(published, ...paragraphs));
