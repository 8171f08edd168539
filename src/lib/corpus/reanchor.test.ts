// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { describeQuote } from './anchor';
import { reanchorQuote } from './reanchor';

const OLD = 'Isis claimed the attack. Investigators are probing Masoods possible links to a wider network. Police said nothing more.';
const quoteOf = (exact: string) => {
	const start = OLD.indexOf(exact);
	return describeQuote(OLD, { start, end: start + exact.length }, 16);
};
const PROBE = quoteOf('Investigators are probing Masoods possible links to a wider network.');

describe('reanchorQuote', () => {
	it('takes the exact match first, with no score', () => {
		expect(reanchorQuote(OLD, PROBE)).toEqual({ ok: true, span: { start: 25, end: 93 } });
	});

	it('finds a quote whose punctuation was mended, with its score and the passage as it now stands', () => {
		const text = OLD.replace('Masoods', 'Masood’s');
		const found = reanchorQuote(text, PROBE);
		expect(found).toMatchObject({
			ok: true,
			span: { start: 25, end: 94 },
			moved: { score: 0.992, quote: { exact: 'Investigators are probing Masood’s possible links to a wider network.' } }
		});
	});

	it('finds a quote across a changed line break', () => {
		const text = OLD.replace('to a wider', 'to a\nwider');
		expect(reanchorQuote(text, PROBE)).toMatchObject({ ok: true, span: { start: 25, end: 93 } });
	});

	it('refuses a quote whose passage was lost, rather than take a look-alike', () => {
		const text = OLD.replace('Investigators are probing Masoods possible links to a wider network. ', 'Investigators are studying maps of a wider region. ');
		expect(reanchorQuote(text, PROBE)).toMatchObject({
			ok: false,
			reason: 'missing',
			error: 'quote "Investigators are probing Masoods possible links to a wid…" is not in the article, nor any passage close to it'
		});
	});

	it('refuses a quote that two passages match equally well', () => {
		const twice = 'Police said the van was hired. Police said the car was hired.';
		const found = reanchorQuote(twice, { exact: 'Police said the bus was hired.' });
		expect(found).toEqual({
			ok: false,
			reason: 'ambiguous',
			error: 'quote "Police said the bus was hired." is no longer verbatim in the article, and 2 passages match it equally well (score 0.9 at 0–30 and 31–61): give it a longer prefix or suffix',
			spans: [
				{ start: 0, end: 30 },
				{ start: 31, end: 61 }
			]
		});
	});

	it('counts in code points when the text has astral characters', () => {
		const text = '😀 ' + OLD.replace('Masoods', 'Masood’s');
		expect(reanchorQuote(text, PROBE)).toMatchObject({ ok: true, span: { start: 27, end: 96 } });
	});
});
