import { describe, expect, it } from 'vitest';
import { parseArticle } from '$lib/corpus/article';
import { checkData } from '$lib/model/validate';
import type { Proposal, ReviewFile } from '$lib/model/review';
import { slug } from '$lib/model/slug';
import { adopt, decide, mergeInto, movePassage, nextUndecided, remember, replace, undo, unknownNames, type History } from './decisions';

const TEXT = 'HEADLINE\n\n-\n\n24.03.2017\n\nPaper (23 March 2017)\n\nThe attack in London killed four. The attack was claimed.\n';
const article = parseArticle('data/articles/a.txt', TEXT);
const source = (start: number, end: number) => ({
	article: 'a',
	quote: { type: 'TextQuoteSelector' as const, exact: TEXT.slice(start, end) },
	position: { type: 'TextPositionSelector' as const, start, end }
});
const at = TEXT.indexOf('The attack in');
const proposal = (id: string, status: Proposal['status'] = 'proposed'): Proposal => ({
	id,
	title: id,
	kind: 'attack',
	date: { edtf: '2017-03-22', basis: 'resolved' },
	actors: [],
	places: [],
	assessments: [],
	sources: [source(at, at + 33)],
	status,
	notes: []
});
const review: ReviewFile = { article: 'a', proposals: [proposal('p0'), proposal('p1'), proposal('p2', 'rejected')] };

describe('decisions', () => {
	it('accept, reject and edit change one proposal and leave the review as it was', () => {
		const accepted = decide(review, 1, 'accepted');
		expect(accepted.proposals.map((p) => p.status)).toEqual(['proposed', 'accepted', 'rejected']);
		expect(review.proposals[1]!.status).toBe('proposed');
		expect(replace(review, 0, { ...proposal('p0'), title: 'Edited' }).proposals[0]!.title).toBe('Edited');
		expect(() => decide(review, 7, 'accepted')).toThrow(/no proposal 7/);
	});

	it('merges into an event, and takes the merge back', () => {
		const merged = mergeInto(review, 0, 'london-attack');
		expect(merged.proposals[0]!.mergeInto).toBe('london-attack');
		expect('mergeInto' in mergeInto(merged, 0, undefined).proposals[0]!).toBe(false);
	});

	it('moves the passage with selectors that check:data finds again', () => {
		const start = TEXT.indexOf('The attack was');
		const moved = movePassage(review, 0, article, { start, end: start + 'The attack was claimed.'.length })!;
		expect(moved.proposals[0]!.sources[0]!.quote).toMatchObject({ exact: 'The attack was claimed.', prefix: expect.stringMatching(/four\. $/) });
		const accepted = decide(moved, 0, 'accepted');
		const { issues } = checkData({
			articles: [{ file: 'data/articles/a.txt', text: TEXT }],
			entities: [],
			events: [],
			reviews: [{ file: 'data/review/a.json', text: JSON.stringify(accepted) }]
		});
		expect(issues).toEqual([]);
	});

	it('moves to the next undecided proposal, wrapping round', () => {
		expect(nextUndecided(review, 0)).toBe(1);
		expect(nextUndecided(review, 1)).toBe(0);
		expect(nextUndecided(decide(decide(review, 0, 'accepted'), 1, 'accepted'), 1)).toBe(1);
	});

	it('undoes the last steps in turn', () => {
		let h: History = { past: [], labels: [] };
		const one = decide(review, 0, 'accepted');
		h = remember(h, review, 'accept p0');
		h = remember(h, one, 'reject p1');
		const back = undo(h)!;
		expect([back.review, back.label]).toEqual([one, 'reject p1']);
		expect(undo(back.history)!.review).toBe(review);
		expect(undo(undo(back.history)!.history)).toBeUndefined();
	});
});

describe('names', () => {
	it.each<[string[], string[]]>([
		[['names not in data/entities.json: Salah Abdeslam, Molenbeek'], ['Salah Abdeslam', 'Molenbeek']],
		[['an uncertain date'], []]
	])('reads the unknown names of %j', (notes, names) => {
		expect(unknownNames({ ...proposal('p'), notes })).toEqual(names);
	});

	it.each([
		['Jean-Marc Rickli', 'jean-marc-rickli'],
		['Zaventem Airport', 'zaventem-airport'],
		['Ayşe Çelik', 'ayse-celik'],
		["Al-Qa'ida", 'al-qa-ida']
	])('makes an id of %s', (name, id) => expect(slug(name)).toBe(id));
});

describe('adopt', () => {
	it('puts the new entity among actors or places and drops its name from the note', () => {
		const p = { ...proposal('p'), notes: ['names not in data/entities.json: Molenbeek, Salah Abdeslam', 'other'] };
		const placed = adopt(p, 'Molenbeek', { id: 'molenbeek', type: 'place' });
		expect([placed.places, placed.notes]).toEqual([['molenbeek'], ['names not in data/entities.json: Salah Abdeslam', 'other']]);
		const both = adopt(placed, 'Salah Abdeslam', { id: 'salah-abdeslam', type: 'person' });
		expect([both.actors, both.notes]).toEqual([['salah-abdeslam'], ['other']]);
	});
});
