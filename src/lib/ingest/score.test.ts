// @vitest-environment node
/** The scoring of eval:dates, with the definitions of the official TempEval scorer. */
import { describe, expect, it } from 'vitest';
import type { Proposal } from '$lib/model/review';
import { chronoAlone, overlaps, scoreProposals, type GoldArticle } from './score';

const gold: GoldArticle = {
	dct: '1998-08-10',
	dates: [
		{ text: 'Friday', value: '1998-08-07' },
		{ text: 'last May', value: '1998-05' }
	],
	timexes: ['Friday', 'last May', 'three days']
};

const proposal = (written: string | undefined, edtf: string) => ({ date: { edtf, basis: 'resolved', ...(written ? { written } : {}) } }) as Proposal;

describe('scoreProposals', () => {
	it('matches words either way round, ignoring case and spaces, never on one letter', () => {
		expect([overlaps('on  Friday', 'friday'), overlaps('Friday', 'on Friday'), overlaps('a', 'a day')]).toEqual([true, true, false]);
	});

	it('counts a gold date right when a proposal on its words has its value, an interval by its start, a hedge dropped', () => {
		const s = scoreProposals([proposal('on Friday', '1998-08-07?'), proposal('last May', '1998-05/1998-08-10')], gold);
		expect(s.right).toEqual([true, true]);
		expect([s.matched, s.otherTime, s.invented.length]).toEqual([2, 0, 0]);
	});

	it('counts a wrong value as matched but not right, other time words apart, and words no one marked as invented', () => {
		const s = scoreProposals([proposal('Friday', '1998-07-31'), proposal('three days later', '1998-08-10'), proposal('march', '1998-03'), proposal(undefined, '1998-08-01')], gold);
		expect(s.right).toEqual([false, false]);
		expect([s.matched, s.otherTime, s.invented.map((p) => p.date.written)]).toEqual([1, 1, ['march', undefined]]);
	});

	it('scores chrono-node alone at the precision it is certain of', () => {
		expect(chronoAlone('He arrived on Friday.\n\nHe left last May.', gold)).toEqual([true, false]);
	});
});
