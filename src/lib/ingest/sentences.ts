/**
 * Splits an article into sentences with code-point offsets into its raw text. compromise
 * does the splitting (it knows "Dr.", "U.S.", "Jan. 5", "p.m."); sentences never cross a
 * paragraph, since the layout gives paragraphs for certain.
 */
import nlp from 'compromise';
import type { Article } from '$lib/model/schema';
import { codePointText } from '$lib/corpus/codepoints';

export interface Sentence {
	/** Code points into the article's raw text, [start, end). */
	start: number;
	end: number;
	text: string;
	paragraph: number;
}

interface SentenceJson {
	offset: { start: number; length: number };
}

export function splitSentences(article: Pick<Article, 'text' | 'paragraphs'>): Sentence[] {
	const cp = codePointText(article.text);
	return article.paragraphs.flatMap((p, paragraph) => {
		const para = codePointText(cp.slice(p.start, p.end));
		const found = nlp.tokenize(para.text).json({ offset: true }) as SentenceJson[];
		return found.flatMap(({ offset }) => {
			const raw = para.text.slice(offset.start, offset.start + offset.length);
			const lead = raw.length - raw.trimStart().length;
			const text = raw.trim();
			if (!text) return [];
			const start = p.start + para.toPoint(offset.start + lead);
			return [{ start, end: start + [...text].length, text, paragraph }];
		});
	});
}
