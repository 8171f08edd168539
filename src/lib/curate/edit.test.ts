import { describe, expect, it } from 'vitest';
import type { Proposal } from '$lib/model/review';
import { checkDraft, draftOf } from './edit';

const p: Proposal = {
	id: 'p',
	title: 'Attack',
	kind: 'attack',
	date: { edtf: '2017-03-22', basis: 'resolved', written: 'yesterday' },
	actors: ['isis'],
	places: [],
	assessments: [],
	sources: [
		{
			article: 'a',
			quote: { type: 'TextQuoteSelector', exact: 'x' },
			position: { type: 'TextPositionSelector', start: 0, end: 1 }
		}
	],
	status: 'proposed',
	notes: []
};

describe('checkDraft', () => {
	it('gives back the proposal it was drafted from', () => {
		expect(checkDraft(p, draftOf(p))).toEqual({ ok: true, proposal: p });
	});

	it('applies the typed fields', () => {
		const r = checkDraft(p, { ...draftOf(p), edtf: '2017-03', actors: 'isis, khalid-masood', killed: '4' });
		expect(r.ok && [r.proposal.date.edtf, r.proposal.actors, r.proposal.casualties]).toEqual(['2017-03', ['isis', 'khalid-masood'], { killed: 4 }]);
	});

	it.each<[string, Partial<ReturnType<typeof draftOf>>, string, RegExp]>([
		['an empty title', { title: ' ' }, 'title', /./],
		['a date EDTF cannot read', { edtf: '22 March' }, 'edtf', /./],
		['an id that is not an id', { actors: 'Isis' }, 'actors', /an id of lower-case letters/],
		['a count that is not a number', { killed: 'four' }, 'killed', /./],
		['a negative count', { injured: '-1' }, 'injured', /./],
		['an external date without a citation', { basis: 'external' }, 'basis', /citation/]
	])('names the field of %s', (_, change, field, message) => {
		const r = checkDraft(p, { ...draftOf(p), ...change });
		expect(r.ok).toBe(false);
		if (!r.ok) expect(r.errors[field as keyof typeof r.errors]).toMatch(message);
	});
});
