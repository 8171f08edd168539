// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { edtfToParts, partsToEdtf, type DateParts } from '$lib/formats/dates';
import { parseEdtf, type Precision } from './interval';

const RUNS = { numRuns: 500 };
/** Strings from the EDTF alphabet: close enough to dates to reach deep into the parser. */
const nearEdtf = fc.string({
	unit: fc.constantFrom(...'0123456789-/~?%XTZ:.+Y ue'.split('')),
	maxLength: 30
});

function wellFormed(input: string) {
	const r = parseEdtf(input);
	if (!r.ok) {
		expect(r.error).toMatch(/\S/);
		return;
	}
	expect(r.value.edtf).toBe(input);
	expect(r.value.min).toBeLessThanOrEqual(r.value.max);
	expect(['year', 'month', 'day', 'time']).toContain(r.value.precision);
}

describe('parseEdtf on hostile input', () => {
	it('never throws on any text, and every refusal says why', () =>
		fc.assert(fc.property(fc.string({ unit: 'binary' }), wellFormed), RUNS));

	it('never throws on near-dates, and every date it accepts is a closed interval', () =>
		fc.assert(fc.property(nearEdtf, wellFormed), { numRuns: 3000 }));
});

const PRECISION: Precision[] = ['year', 'month', 'day', 'time', 'time', 'time'];
const parts = fc
	.record({
		year: fc.integer({ min: 0, max: 9999 }),
		month: fc.integer({ min: 1, max: 12 }),
		day: fc.integer({ min: 1, max: 31 }),
		hour: fc.integer({ min: 0, max: 23 }),
		minute: fc.integer({ min: 0, max: 59 }),
		second: fc.integer({ min: 0, max: 59 }),
		depth: fc.integer({ min: 1, max: 6 })
	})
	.map(({ depth, ...p }): [DateParts, Precision] => {
		const keys = ['year', 'month', 'day', 'hour', 'minute', 'second'] as const;
		return [
			Object.fromEntries(keys.slice(0, depth).map((k) => [k, p[k]])) as unknown as DateParts,
			PRECISION[depth - 1]!
		];
	})
	// A day the month does not have is refused by partsToEdtf; the refusal is tested elsewhere.
	.filter(([p]) => partsToEdtf(p).ok);

function utc(p: DateParts): number {
	const d = new Date(0);
	d.setUTCFullYear(p.year, (p.month ?? 1) - 1, p.day ?? 1);
	d.setUTCHours(p.hour ?? 0, p.minute ?? 0, p.second ?? 0, 0);
	return d.getTime();
}

describe('parseEdtf on valid dates', () => {
	it('starts each date where its parts say, at the precision they give', () =>
		fc.assert(
			fc.property(parts, ([p, precision]) => {
				const edtf = (partsToEdtf(p) as { value: string }).value;
				const r = parseEdtf(edtf);
				expect(r.ok).toBe(true);
				if (!r.ok) return;
				expect(r.value.min).toBe(utc(p));
				expect(r.value.precision).toBe(precision);
			}),
			RUNS
		));

	it('gives back the parts it was written from', () =>
		fc.assert(
			fc.property(parts, ([p]) => {
				const edtf = (partsToEdtf(p) as { value: string }).value;
				const full = p.hour === undefined ? p : { minute: 0, second: 0, ...p };
				expect(edtfToParts(edtf)).toEqual({ ok: true, value: full });
			}),
			RUNS
		));

	it('accepts an interval exactly when its end begins after its start begins', () =>
		fc.assert(
			fc.property(parts, parts, ([a], [b]) => {
				const [ea, eb] = [partsToEdtf(a), partsToEdtf(b)] as { value: string }[];
				const r = parseEdtf(`${ea!.value}/${eb!.value}`);
				expect(r.ok).toBe(utc(b) > utc(a));
			}),
			RUNS
		));
});
