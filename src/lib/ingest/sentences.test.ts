// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { codePointText } from '$lib/corpus/codepoints';
import { splitSentences } from './sentences';

function article(...paragraphs: string[]) {
	const text = paragraphs.join('\n\n');
	let at = 0;
	const spans = paragraphs.map((p) => {
		const start = [...text.slice(0, text.indexOf(p, at))].length;
		at = text.indexOf(p, at) + p.length;
		return { start, end: start + [...p].length };
	});
	return { text, paragraphs: spans };
}

describe('splitSentences', () => {
	it.each([
		['titles without a full stop', 'Dr Rickli said it. He left.', ['Dr Rickli said it.', 'He left.']],
		['titles with a full stop', 'Dr. Rickli said it. Mr. Smith left.', ['Dr. Rickli said it.', 'Mr. Smith left.']],
		['initialisms', 'The U.S. army left on Jan. 5 at 3 p.m. sharp. It rained.', ['The U.S. army left on Jan. 5 at 3 p.m. sharp.', 'It rained.']],
		['decimal numbers', 'Turnout was 2.5 per cent. Few voted.', ['Turnout was 2.5 per cent.', 'Few voted.']]
	])('keeps %s inside the sentence', (_, text, expected) => {
		expect(splitSentences(article(text)).map((s) => s.text)).toEqual(expected);
	});

	it('gives code-point offsets that slice the raw text to the sentence', () => {
		const a = article('Headline 😀 here. Then more.', 'A second 😀 paragraph. Its end.');
		const cp = codePointText(a.text);
		const sentences = splitSentences(a);
		expect(sentences.map((s) => [s.paragraph, cp.slice(s.start, s.end)])).toEqual([
			[0, 'Headline 😀 here.'],
			[0, 'Then more.'],
			[1, 'A second 😀 paragraph.'],
			[1, 'Its end.']
		]);
		expect(sentences.every((s) => cp.slice(s.start, s.end) === s.text)).toBe(true);
	});
});
