// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { codePointText, quoted } from './codepoints';

describe('codePointText', () => {
	it('is the identity on text without astral characters', () => {
		const cp = codePointText('Westminster Bridge — 22 March');
		expect(cp.length).toBe(29);
		expect([cp.toUnit(21), cp.toPoint(21)]).toEqual([21, 21]);
		expect(cp.slice(0, 11)).toBe('Westminster');
	});

	// "a🏴b😀c": units a0 🏴1-2 b3 😀4-5 c6; points a0 🏴1 b2 😀3 c4.
	const cp = codePointText('a🏴b😀c');

	it('counts an astral character as one code point', () => {
		expect(cp.length).toBe(5);
		expect(cp.text.length).toBe(7);
	});

	it.each([
		[0, 0],
		[1, 1],
		[2, 3],
		[3, 4],
		[4, 6],
		[5, 7]
	])('code point %i is UTF-16 unit %i and back', (point, unit) => {
		expect(cp.toUnit(point)).toBe(unit);
		expect(cp.toPoint(unit)).toBe(point);
	});

	it.each([
		[2, 1, 'a unit inside a surrogate pair belongs to its code point'],
		[5, 3, 'the low surrogate of the second emoji'],
		[99, 5, 'past the end clamps to the length'],
		[-1, 0, 'before the start clamps to 0']
	])('toPoint(%i) is %i: %s', (unit, point) => expect(cp.toPoint(unit)).toBe(point));

	it('clamps toUnit to the text', () => {
		expect([cp.toUnit(-3), cp.toUnit(99)]).toEqual([0, 7]);
	});

	it.each([
		[1, 3, '🏴b'],
		[3, 5, '😀c'],
		[0, 5, 'a🏴b😀c'],
		[2, 2, '']
	])('slices code points [%i, %i) to %j', (start, end, text) => expect(cp.slice(start, end)).toBe(text));

	it('counts a lone surrogate as one code point', () => {
		const lone = codePointText('x\uD83Dy');
		expect(lone.length).toBe(3);
		expect(lone.slice(2, 3)).toBe('y');
	});
});

describe('quoted', () => {
	it('quotes a short text whole', () => expect(quoted('Khalid Masood')).toBe('"Khalid Masood"'));

	it('cuts a long text to the limit in code points, never inside an emoji', () => {
		expect(quoted('abcdefgh', 6)).toBe('"abc…"');
		expect(quoted('🏴🏴🏴🏴🏴🏴🏴', 6)).toBe('"🏴🏴🏴…"');
		expect(quoted('🏴🏴🏴🏴🏴🏴', 6)).toBe('"🏴🏴🏴🏴🏴🏴"');
	});
});
