/**
 * The paragraph around a quoted passage, split so the quoted words can be highlighted.
 * Offsets are code points into the raw text; only the displayed copy is mended.
 */
import type { Article, TextPositionSelector } from '$lib/model/schema';
import { codePointText } from './codepoints';

/** The corpus text lost its dashes to "□"; readers see a dash, anchors keep the raw text. */
export function mend(text: string): string {
	return text.replace(/\s?\u25A1\s?/g, ' — ');
}

export interface Passage {
	/** Index of the paragraph that holds the quote's start. */
	paragraph: number;
	before: string;
	quote: string;
	after: string;
}

export function passageOf(article: Article, at: Pick<TextPositionSelector, 'start' | 'end'>): Passage | undefined {
	const paragraph = article.paragraphs.findIndex((p) => p.start <= at.start && at.start < p.end);
	const p = article.paragraphs[paragraph];
	if (!p) return undefined;
	const cp = codePointText(article.text);
	const end = Math.max(at.end, p.end);
	return {
		paragraph,
		before: cp.slice(p.start, at.start),
		quote: cp.slice(at.start, at.end),
		after: cp.slice(at.end, end)
	};
}

/** The element id of a passage in the article reader, for links that scroll to it. */
export const passageAnchor = (at: Pick<TextPositionSelector, 'start' | 'end'>) => `q-${at.start}-${at.end}`;
