/**
 * A pasted article written in the corpus's plain-text layout (see parseArticle): headline,
 * "-", the filed date, "Publisher (23 March 2017)", then the paragraphs, one per line.
 */
import { format } from 'date-fns';
import { UTCDate } from '@date-fns/utc';
import { slug } from '$lib/model/slug';

export interface Pasted {
	headline: string;
	publisher: string;
	/** ISO day of publication, as a date input gives it. */
	published: string;
	text: string;
}

/** The article file's text; `filed` is the day it joins the corpus. */
export function composeArticle(p: Pasted, filed: Date): string {
	const day = new UTCDate(`${p.published}T00:00:00Z`);
	const paragraphs = p.text
		.split(/\n\s*\n|\n/)
		.map((l) => l.trim())
		.filter(Boolean);
	return [
		p.headline.trim(),
		'-',
		format(new UTCDate(filed), 'dd.MM.yyyy'),
		`${p.publisher.trim()} (${format(day, 'd MMMM yyyy')})`,
		...paragraphs
	].join('\n\n') + '\n';
}

/** A file name for a pasted article: its publication day and the first words of its headline. */
export function suggestName(p: Pick<Pasted, 'headline' | 'published'>): string {
	const words = slug(p.headline).split('-').filter(Boolean).slice(0, 6).join('-');
	return [p.published, words].filter(Boolean).join('-').replace(/^-+|-+$/g, '');
}
