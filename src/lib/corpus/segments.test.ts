import { describe, expect, it } from 'vitest';
import { segmentParagraph } from './segments';

const text = 'xxAlpha beta gamma delta.';
const para = { start: 2, end: text.length };
const cut = (segs: ReturnType<typeof segmentParagraph>) => segs.map((s) => `${s.text}|${s.events.join('+')}`);

describe('segmentParagraph', () => {
	it('returns the whole paragraph as one piece when nothing is anchored', () => {
		expect(cut(segmentParagraph(text, para, []))).toEqual(['Alpha beta gamma delta.|']);
	});

	it('splits at passage edges and names overlapping events', () => {
		const anchors = [
			{ start: 2, end: 12, event: 'a' },
			{ start: 8, end: 18, event: 'b' }
		];
		expect(cut(segmentParagraph(text, para, anchors))).toEqual([
			'Alpha |a',
			'beta|a+b',
			' gamma|b',
			' delta.|'
		]);
	});

	it('ignores passages in other paragraphs and clips those that run over', () => {
		const anchors = [
			{ start: 0, end: 4, event: 'spill' },
			{ start: 30, end: 40, event: 'later' }
		];
		expect(cut(segmentParagraph(text, para, anchors))).toEqual(['Al|spill', 'pha beta gamma delta.|']);
	});
});
