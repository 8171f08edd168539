// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { Proposal } from '$lib/model/review';
import { holidayIn } from './holidays';
import { proposeEvents } from './propose';
import { findMentions } from './temporal';
import { testArticle } from './test-articles';

const propose = (published: string, text: string) => proposeEvents(testArticle('a1', published, text), { entities: [], events: [] });
const dates = (proposals: Proposal[]) => proposals.map((p) => [p.date.edtf, p.date.written]);
const named = (sentence: string) => findMentions(sentence, new Date('2016-06-01T00:00:00Z')).flatMap((m) => ('result' in m ? [m.text] : []));

describe('holidays', () => {
	it('knows the day each falls on, a movable feast each year its own', () => {
		expect(holidayIn('Thanksgiving Day', 1999)).toBe('1999-11-25');
		expect(holidayIn('Thanksgiving Day', 2000)).toBe('2000-11-23');
		expect(holidayIn('Easter Sunday', 2016)).toBe('2016-03-27');
		expect(holidayIn('Bastille Day', 2016)).toBe('2016-07-14');
		expect(holidayIn('Boxing Day', 2016)).toBe('2016-12-26');
	});

	it('leaves alone a name the calendars date differently', () => {
		expect(holidayIn('Labour Day', 2016)).toBeUndefined();
		expect(holidayIn("Mother's Day", 2016)).toBeUndefined();
	});

	it.each([
		['A lorry drove into the crowd on Bastille Day.', ['Bastille Day']],
		['Elian was found Thanksgiving Day clinging to an inner tube.', ['Thanksgiving Day']],
		['He was found in the Atlantic last Thanksgiving following a wreck.', ['last Thanksgiving']],
		['The shops shut over Christmas, he said.', ['Christmas']],
		['Between Christmas and New Year’s Day the office is shut.', ['Christmas', 'New Year’s Day']]
	])('reads a holiday named as a date: %s', (sentence, found) => expect(named(sentence)).toEqual(found));

	it.each([
		'The Berlin Christmas market attack killed 12 people.',
		'Crowds gathered at Christmas markets across Germany.',
		'They sailed to Easter Island.',
		'He remembered the Christmas Day truce.'
	])('takes no date from a holiday word that names something else: %s', (sentence) => expect(named(sentence)).toEqual([]));

	it('takes the holiday before publication in past narration, that year’s own day', () => {
		expect(dates(propose('2000-01-07', 'Elian was found Thanksgiving Day clinging to an inner tube at sea.').proposals)).toEqual([['1999-11-25', 'Thanksgiving Day']]);
		expect(dates(propose('2000-02-10', 'He was rescued last Thanksgiving after a boat wreck.').proposals)).toEqual([['1999-11-25', 'last Thanksgiving']]);
	});

	it('takes the next one when the text plans it', () => {
		expect(dates(propose('2016-04-01', 'The talks will resume next Easter.').proposals)).toEqual([['2017-04-16', 'next Easter']]);
		expect(dates(propose('2016-06-01', 'The parade will be held on Bastille Day.').proposals)).toEqual([['2016-07-14', 'Bastille Day']]);
	});
});
