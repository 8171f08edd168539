/**
 * Anchoring quotes in article text with W3C TextQuoteSelector / TextPositionSelector.
 * A quote that occurs more than once is told apart by its prefix and suffix; a quote that
 * still matches two places is an error, never a silent pick.
 */
import type { TextQuoteSelector } from '$lib/model/schema';
import { codePointText, quoted, type CodePointText } from './codepoints';

export interface Span {
	start: number;
	end: number;
}

export type Anchored =
	| { ok: true; span: Span }
	| { ok: false; reason: 'missing' | 'ambiguous'; error: string; spans: Span[] };

function occurrences(text: string, exact: string): number[] {
	const found: number[] = [];
	for (let i = text.indexOf(exact); i >= 0; i = text.indexOf(exact, i + 1)) found.push(i);
	return found;
}

/** Finds the one place where the quote stands, in code points. */
export function anchorQuote(
	article: string | CodePointText,
	quote: Pick<TextQuoteSelector, 'exact' | 'prefix' | 'suffix'>
): Anchored {
	const cp = typeof article === 'string' ? codePointText(article) : article;
	const { text } = cp;
	// An empty string stands everywhere, and indexOf('') never moves past the end.
	if (!quote.exact) return { ok: false, reason: 'missing', error: 'the quote is empty', spans: [] };
	const all = occurrences(text, quote.exact);
	const fits = all.filter(
		(u) =>
			(!quote.prefix || text.slice(0, u).endsWith(quote.prefix)) &&
			(!quote.suffix || text.slice(u + quote.exact.length).startsWith(quote.suffix))
	);
	const toSpan = (u: number): Span => ({
		start: cp.toPoint(u),
		end: cp.toPoint(u + quote.exact.length)
	});
	if (fits.length === 1) return { ok: true, span: toSpan(fits[0]!) };
	if (all.length === 0)
		return { ok: false, reason: 'missing', error: `quote ${quoted(quote.exact)} is not in the article`, spans: [] };
	if (fits.length === 0)
		return {
			ok: false,
			reason: 'missing',
			error: `quote ${quoted(quote.exact)} is in the article, but not with this prefix/suffix`,
			spans: all.map(toSpan)
		};
	return {
		ok: false,
		reason: 'ambiguous',
		error: `quote ${quoted(quote.exact)} occurs ${fits.length} times; a prefix or suffix must tell them apart`,
		spans: fits.map(toSpan)
	};
}

/**
 * The selector for the code points [start, end): the exact words with `context` code points
 * either side, as annotation tools store them, so the quote can be found again in a
 * corrected copy of the text.
 */
export function describeQuote(
	article: string | CodePointText,
	span: Span,
	context = 32
): TextQuoteSelector {
	const cp = typeof article === 'string' ? codePointText(article) : article;
	const exact = cp.slice(span.start, span.end);
	const prefix = cp.slice(Math.max(0, span.start - context), span.start);
	const suffix = cp.slice(span.end, span.end + context);
	return {
		type: 'TextQuoteSelector',
		exact,
		...(prefix ? { prefix } : {}),
		...(suffix ? { suffix } : {})
	};
}
