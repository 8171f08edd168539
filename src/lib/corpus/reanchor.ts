/**
 * Re-anchors a quote in a corrected copy of its article (mended punctuation, a changed
 * line break), as annotation tools do: the exact match first, then an approximate match
 * (approx-string-match) scored by the quote and its prefix/suffix context. A match below
 * the minimum score, or two passages that match equally well, are errors: a quote never
 * jumps silently to a look-alike sentence.
 */
import approxSearch from 'approx-string-match';
import type { TextQuoteSelector } from '$lib/model/schema';
import { anchorQuote, describeQuote, type Anchored, type Span } from './anchor';
import { codePointText, quoted, type CodePointText } from './codepoints';

/**
 * Lowest score of a fuzzy match that is taken (a quote that stands verbatim, once, is taken
 * at any score: only its context changed). Mended punctuation or a changed line break
 * costs a sentence a few hundredths; a look-alike sentence costs far more.
 */
export const MIN_SCORE = 0.9;
const MAX_QUOTE_ERRORS = 0.25;
/** Two matches whose scores differ by less than this match "equally well". */
const TIE = 0.01;
const WEIGHTS = { quote: 50, prefix: 20, suffix: 20 };

export interface Moved {
	/** Quote and context as they now stand in the text, to store in place of the old ones. */
	quote: TextQuoteSelector;
	score: number;
	/** What check:data reports until --fix stores the new anchor. */
	message: string;
}

export type Reanchored = (Anchored & { ok: false }) | { ok: true; span: Span; moved?: Moved };

/** 1 when `expected` stands in `actual` unchanged, less by the share of characters that differ. */
function similarity(actual: string, expected: string): number {
	if (!actual) return 0;
	const [best] = approxSearch(actual, expected, expected.length);
	return best ? 1 - best.errors / expected.length : 0;
}

const round = (n: number) => Math.round(n * 1000) / 1000;
const range = (s: Span) => `${s.start}–${s.end}`;

export function reanchorQuote(
	article: string | CodePointText,
	quote: Pick<TextQuoteSelector, 'exact' | 'prefix' | 'suffix'>
): Reanchored {
	const cp = typeof article === 'string' ? codePointText(article) : article;
	const exact = anchorQuote(cp, quote);
	if (exact.ok || exact.reason === 'ambiguous') return exact;

	const { text } = cp;
	const q = quoted(quote.exact);
	const found = approxSearch(text, quote.exact, Math.floor(quote.exact.length * MAX_QUOTE_ERRORS));
	const { prefix, suffix } = quote;
	// Only the context the selector has counts: a quote without one is judged by itself.
	const weight = WEIGHTS.quote + (prefix ? WEIGHTS.prefix : 0) + (suffix ? WEIGHTS.suffix : 0);
	const scored = found
		.map((m) => {
			const total =
				WEIGHTS.quote * (1 - m.errors / quote.exact.length) +
				(prefix ? WEIGHTS.prefix * similarity(text.slice(Math.max(0, m.start - prefix.length), m.start), prefix) : 0) +
				(suffix ? WEIGHTS.suffix * similarity(text.slice(m.end, m.end + suffix.length), suffix) : 0);
			const span = { start: cp.toPoint(m.start), end: cp.toPoint(m.end) };
			return { span, score: round(total / weight), verbatim: m.errors === 0 };
		})
		.sort((a, b) => b.score - a.score);
	const best = scored[0];
	// The quote itself, word for word and only once, is found whatever its context became.
	const sole = best?.verbatim && scored.filter((m) => m.verbatim).length === 1;
	// Nothing close enough: the exact search's own message says what is wrong.
	if (!best || (best.score < MIN_SCORE && !sole))
		return exact.spans.length ? exact : { ...exact, error: `${exact.error}, nor any passage close to it` };
	const near = (s: Span) => s.start < best.span.end && best.span.start < s.end;
	const rivals = scored.filter((m) => !near(m.span) && best.score - m.score < TIE);
	const passage = quoted(cp.slice(best.span.start, best.span.end));
	if (rivals.length)
		return {
			ok: false,
			reason: 'ambiguous',
			error:
				`quote ${q} is no longer verbatim in the article, and ${rivals.length + 1} passages match it equally well ` +
				`(score ${best.score} at ${[best, ...rivals].map((m) => range(m.span)).join(' and ')}): give it a longer prefix or suffix`,
			spans: [best, ...rivals].map((m) => m.span)
		};
	return {
		ok: true,
		span: best.span,
		moved: {
			quote: describeQuote(cp, best.span),
			score: best.score,
			message: best.verbatim
				? `quote ${q} stands at ${range(best.span)}, but its prefix/suffix changed (score ${best.score}; npm run check:data -- --fix re-anchors it)`
				: `quote ${q} is no longer verbatim in the article; the closest passage, ${passage} at ` +
					`${range(best.span)}, scores ${best.score} (npm run check:data -- --fix re-anchors it there)`
		}
	};
}
