import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW, parseView, serializeView, type ViewState } from './url';

const parse = (s: string) => parseView(new URLSearchParams(s));

describe('parseView', () => {
	it('reads an empty query as the default view', () => {
		expect(parse('')).toEqual({ view: DEFAULT_VIEW, problems: [] });
	});

	it('round-trips a full view', () => {
		const view: ViewState = {
			filters: { kinds: ['attack', 'claim'], actors: ['isis'], articles: ['a1'], from: '2016-01-01', to: '2017-03-23', q: 'knife & car' },
			event: 'westminster-attack',
			range: [Date.parse('2016-05-01T00:00:00Z'), Date.parse('2017-04-01T12:30:00Z')],
			lanes: 'actor'
		};
		expect(parse(serializeView(view).toString())).toEqual({ view, problems: [] });
	});

	it.each([
		['kinds=attack,bomb', 'ignored kinds=attack,bomb: "bomb" is not valid'],
		['event=<img src=x>', 'ignored event=<img src=x>: an id of lower-case letters, digits, - or _'],
		['from=2016-13-01', 'ignored from=2016-13-01'],
		['view=2017-01-01/2016-01-01', 'ignored view=2017-01-01/2016-01-01: the range must end after it starts'],
		['view=yesterday', 'ignored view=yesterday'],
		['lanes=colour', 'ignored lanes=colour'],
		['evil=1', 'ignored unknown parameter "evil"']
	])('drops %s with a reason', (query, problem) => {
		const { view, problems } = parse(query);
		expect(problems).toHaveLength(1);
		expect(problems[0]).toContain(problem);
		expect(view.filters.kinds).toEqual([]);
		expect(view.event).toBeUndefined();
		expect(view.range).toBeUndefined();
	});

	it('keeps the valid parameters beside an invalid one', () => {
		const { view, problems } = parse('kinds=claim&event=BAD ID');
		expect(view.filters.kinds).toEqual(['claim']);
		expect(problems).toHaveLength(1);
	});

	it('writes nothing for the default view', () => {
		expect(serializeView(DEFAULT_VIEW).toString()).toBe('');
	});
});
