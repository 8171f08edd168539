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

/** A full stop, question or exclamation mark, with any closing quotes or brackets after it. */
const STOP = /[.!?][\u201D\u2019"')\]]*/;
/** Words whose full stop does not end a sentence ("Mr. May", "U.S. forces", "J. Smith"). */
const ABBREVIATION = /(?:^|[\s(])(?:Mr|Mrs|Ms|Dr|Prof|St|Mt|Gen|Col|Lt|Sgt|Capt|Gov|Sen|Rep|Rev|No|vs|etc|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|[A-Z]|(?:[A-Z]\.)+[A-Z])\.$/;

/** Where each sentence of `text` ends (just after its stop and closing marks). */
function sentenceEnds(text: string): number[] {
	const ends: number[] = [];
	for (const m of text.matchAll(new RegExp(`${STOP.source}(?=\\s|$)`, 'g'))) {
		const end = m.index + m[0].length;
		if (!ABBREVIATION.test(text.slice(Math.max(0, m.index - 12), m.index + 1))) ends.push(end);
	}
	return ends;
}

/**
 * The quote within its whole sentence or sentences: the paragraph's passage cut at the
 * sentence ends before and after the quote, so a reader sees a whole sentence, never a
 * fragment, and not a paragraph that runs on.
 */
export function sentencePassage(article: Article, at: Pick<TextPositionSelector, 'start' | 'end'>): Passage | undefined {
	const p = passageOf(article, at);
	if (!p) return undefined;
	const startAt = sentenceEnds(p.before).at(-1);
	let before = p.before.slice(startAt ?? 0).trimStart();
	// A paragraph that starts in lower case continues a sentence the layout broke off: take in its start.
	const previous = article.paragraphs[p.paragraph - 1];
	if (startAt === undefined && previous && /^\p{Ll}/u.test(before || p.quote)) {
		const text = codePointText(article.text).slice(previous.start, previous.end).trimEnd();
		before = `${text.slice(sentenceEnds(text).filter((end) => end < text.length).at(-1) ?? 0).trim()} ${before}`;
	}
	const endsQuote = sentenceEnds(p.quote.trimEnd()).at(-1) === p.quote.trimEnd().length;
	const afterEnd = endsQuote ? (/^[\u201D\u2019"')\]]*/.exec(p.after)?.[0].length ?? 0) : (sentenceEnds(p.after)[0] ?? p.after.length);
	return { ...p, before, after: p.after.slice(0, afterEnd) };
}

/** The element id of a passage in the article reader, for links that scroll to it. */
export const passageAnchor = (at: Pick<TextPositionSelector, 'start' | 'end'>) => `q-${at.start}-${at.end}`;
