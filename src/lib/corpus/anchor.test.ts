// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArticle } from './article';
import { anchorQuote, describeQuote } from './anchor';
import { codePointText } from './codepoints';

const TEXT =
	'Isis claimed the attack. Masood acted alone, police said. ' +
	'Isis claimed the attack within a day, experts said.';

const quote = (exact: string, prefix?: string, suffix?: string) => ({ exact, prefix, suffix });

describe('anchorQuote', () => {
	it('finds a quote that stands once', () => {
		expect(anchorQuote(TEXT, quote('Masood acted alone'))).toEqual({ ok: true, span: { start: 25, end: 43 } });
	});

	it('reports a quote that is not in the text, with no spans', () => {
		expect(anchorQuote(TEXT, quote('Masood was directed'))).toEqual({
			ok: false,
			reason: 'missing',
			error: 'quote "Masood was directed" is not in the article',
			spans: []
		});
	});

	it.each([
		['prefix', quote('Masood acted alone', 'The attack. ')],
		['suffix', quote('Masood acted alone', undefined, ', experts said')]
	])('reports a quote that stands in the text but not with this %s', (_, q) => {
		expect(anchorQuote(TEXT, q)).toEqual({
			ok: false,
			reason: 'missing',
			error: 'quote "Masood acted alone" is in the article, but not with this prefix/suffix',
			spans: [{ start: 25, end: 43 }]
		});
	});

	it('refuses a quote that stands twice and has no context to tell them apart', () => {
		expect(anchorQuote(TEXT, quote('Isis claimed the attack'))).toEqual({
			ok: false,
			reason: 'ambiguous',
			error: 'quote "Isis claimed the attack" occurs 2 times; a prefix or suffix must tell them apart',
			spans: [
				{ start: 0, end: 23 },
				{ start: 58, end: 81 }
			]
		});
	});

	it('refuses a context that fits both places', () => {
		const r = anchorQuote('He said: Isis did it. They said: Isis did it.', quote('Isis did it', 'said: ', '.'));
		expect(r.ok || [r.reason, r.spans]).toEqual([
			'ambiguous',
			[
				{ start: 9, end: 20 },
				{ start: 33, end: 44 }
			]
		]);
	});

	it.each([
		['prefix', quote('Isis claimed the attack', 'police said. '), 58],
		['suffix', quote('Isis claimed the attack', undefined, '. Masood'), 0],
		['suffix', quote('Isis claimed the attack', undefined, ' within'), 58],
		['prefix and suffix', quote('Isis claimed the attack', 'said. ', ' within a day'), 58]
	])('tells a repeated quote apart by its %s', (_, q, start) => {
		expect(anchorQuote(TEXT, q)).toEqual({ ok: true, span: { start, end: start + 23 } });
	});

	it('finds overlapping occurrences', () => {
		const r = anchorQuote('abababa', quote('aba'));
		expect(r.ok ? [] : r.spans.map((s) => s.start)).toEqual([0, 2, 4]);
	});

	it('counts code points after an emoji', () => {
		const text = 'Supporters posted 🏴🏴 and 😀: Masood acted alone.';
		const expected = { ok: true, span: { start: 28, end: 46 } };
		expect(anchorQuote(text, quote('Masood acted alone'))).toEqual(expected);
		expect(anchorQuote(codePointText(text), quote('Masood acted alone', '😀: '))).toEqual(expected);
		expect([...text].slice(28, 46).join('')).toBe('Masood acted alone');
	});

	it('refuses an empty quote rather than matching everywhere', () => {
		expect(anchorQuote(TEXT, quote(''))).toMatchObject({ ok: false, reason: 'missing', error: 'the quote is empty' });
	});

	it('cuts a long quote in its message', () => {
		const long = 'x'.repeat(80);
		const r = anchorQuote(TEXT, quote(long));
		expect(r.ok || r.error).toBe(`quote "${'x'.repeat(57)}…" is not in the article`);
	});
});

describe('describeQuote', () => {
	it('gives the exact words with context either side, in code points', () => {
		expect(describeQuote(TEXT, { start: 25, end: 43 }, 6)).toEqual({
			type: 'TextQuoteSelector',
			exact: 'Masood acted alone',
			prefix: 'tack. ',
			suffix: ', poli'
		});
	});

	it('leaves out a context that would be empty at either end of the text', () => {
		expect(describeQuote('Masood', { start: 0, end: 6 })).toEqual({ type: 'TextQuoteSelector', exact: 'Masood' });
	});

	it('counts its context in code points and never splits an emoji', () => {
		const text = 'x🏴🏴 Masood 😀😀y';
		const masood = { start: 4, end: 10 };
		expect(describeQuote(text, masood, 3)).toEqual({
			type: 'TextQuoteSelector',
			exact: 'Masood',
			prefix: '🏴🏴 ',
			suffix: ' 😀😀'
		});
		expect(describeQuote(text, masood, 2)).toMatchObject({ prefix: '🏴 ', suffix: ' 😀' });
		expect(describeQuote(text, masood, 99)).toMatchObject({ prefix: 'x🏴🏴 ', suffix: ' 😀😀y' });
	});

	it('round-trips through anchorQuote for every sentence of the seed article', () => {
		const file = 'data/articles/000_596a886637f5ae04.txt';
		const article = parseArticle(file, readFileSync(new URL(`../../../${file}`, import.meta.url), 'utf8'));
		const cp = codePointText(article.text);
		const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
		let sentences = 0;
		for (const p of article.paragraphs) {
			const from = cp.toUnit(p.start);
			for (const s of segmenter.segment(cp.slice(p.start, p.end))) {
				const words = s.segment.trimEnd();
				const start = cp.toPoint(from + s.index);
				const span = { start, end: start + [...words].length };
				const selector = describeQuote(cp, span);
				expect(selector.exact).toBe(words);
				expect(anchorQuote(cp, selector)).toEqual({ ok: true, span });
				sentences++;
			}
		}
		expect(sentences).toBeGreaterThan(article.paragraphs.length);
	});
});
