import { describe, expect, it } from 'vitest';
import { parseArticle } from '$lib/corpus/article';
import { markedParagraphs, pointIn, snapToWords } from './highlight';

const TEXT = 'H\n-\n24.03.2017\nP (23 March 2017)\nOne two three. Four five.\nSix 😀 seven.\n';
const article = parseArticle('data/articles/a.txt', TEXT);
const p0 = article.paragraphs[0]!;

describe('markedParagraphs', () => {
	it('cuts paragraphs where passages begin and end, overlaps included', () => {
		const [first, second] = markedParagraphs(article, [
			{ start: p0.start + 4, end: p0.start + 13 },
			undefined,
			{ start: p0.start + 8, end: p0.start + 25 }
		]);
		expect(first!.map((x) => [x.text, x.marks])).toEqual([
			['One ', []],
			['two ', [0]],
			['three', [0, 2]],
			['. Four five.', [2]]
		]);
		expect(second!.map((x) => x.text)).toEqual(['Six 😀 seven.']);
	});

	it('maps a DOM offset in UTF-16 units to code points', () => {
		const piece = { start: 100, text: 'Six 😀 seven.' };
		expect(pointIn(piece, 'Six 😀 '.length)).toBe(106);
	});
});

describe('snapToWords', () => {
	const text = 'One two three. Four';
	it.each<[number, number, [number, number] | undefined]>([
		[5, 9, [4, 14]],
		[3, 4, undefined],
		[0, 3, [0, 3]],
		[13, 17, [15, 19]],
		[4, 13, [4, 14]]
	])('%i–%i → %j', (start, end, want) => {
		const got = snapToWords(text, { start, end });
		expect(got && [got.start, got.end]).toEqual(want);
	});
});
