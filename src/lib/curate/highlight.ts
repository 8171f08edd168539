/**
 * The article as the reviewer reads it: each paragraph cut where proposals' passages begin
 * and end, every piece knowing its code-point offsets, so that highlights are drawn as text
 * and a selection of words maps back to offsets for new selectors.
 */
import { segmentParagraph } from '$lib/corpus/segments';
import type { Span } from '$lib/corpus/anchor';
import type { Article } from '$lib/model/schema';

export interface Piece extends Span {
	text: string;
	/** Indices of the proposals whose passage covers this piece. */
	marks: number[];
}

/**
 * The paragraphs as pieces; `passages[i]` is the passage of proposal i. The reader's own
 * segmentation, with proposals' indices for events.
 */
export function markedParagraphs(article: Article, passages: (Span | undefined)[]): Piece[][] {
	const anchors = passages.flatMap((s, i) => (s ? [{ start: s.start, end: s.end, event: String(i) }] : []));
	return article.paragraphs.map((p) => segmentParagraph(article.text, p, anchors).map(({ events, ...piece }) => ({ ...piece, marks: events.map(Number) })));
}

/** Code-point offset of a point inside a piece, given in UTF-16 units as the DOM gives it. */
export const pointIn = (piece: Pick<Piece, 'start' | 'text'>, unit: number) => piece.start + [...piece.text.slice(0, unit)].length;

const WORD = /[\p{L}\p{N}'’-]/u;

/**
 * A selection widened to whole words and stripped of the spaces at its ends, as a reader
 * means it: "ombings in Bru" → "bombings in Brussels". Empty (undefined) when it holds no word.
 */
export function snapToWords(text: string, span: Span): Span | undefined {
	const chars = [...text];
	let { start, end } = span;
	while (start < end && !WORD.test(chars[start]!)) start++;
	while (end > start && !WORD.test(chars[end - 1]!)) end--;
	if (start >= end) return undefined;
	while (start > 0 && WORD.test(chars[start - 1]!)) start--;
	while (end < chars.length && WORD.test(chars[end]!)) end++;
	// A sentence's closing stop belongs with its words.
	if (/[.!?]/.test(chars[end] ?? '')) end++;
	return { start, end };
}
