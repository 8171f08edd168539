import { describe, expect, it } from 'vitest';
import { DEFAULT_EMBED, DEFAULT_VIEW, parseView, serializeEmbed, serializeView, type ViewState } from './url';

const parse = (s: string) => parseView(new URLSearchParams(s));

describe('parseView', () => {
	it('reads an empty query as the default view', () => {
		expect(parse('')).toEqual({ view: DEFAULT_VIEW, embed: DEFAULT_EMBED, problems: [] });
	});

	it('round-trips a full view', () => {
		const view: ViewState = {
			filters: { kinds: ['attack', 'claim'], actors: ['isis'], linked: false, articles: ['a1'], from: '2016-01-01', to: '2017-03-23', q: 'knife & car' },
			event: 'westminster-attack',
			range: [Date.parse('2016-05-01T00:00:00Z'), Date.parse('2017-04-01T12:30:00Z')],
			lanes: 'actor',
			scale: 'broken',
			relations: true
		};
		expect(parse(serializeView(view).toString())).toEqual({ view, embed: DEFAULT_EMBED, problems: [] });
	});

	it.each([
		['kinds=attack,bomb', 'ignored kinds=attack,bomb: "bomb" is not valid'],
		['event=<img src=x>', 'ignored event=<img src=x>: an id of lower-case letters, digits, - or _'],
		['from=2016-13-01', 'ignored from=2016-13-01'],
		['view=2017-01-01/2016-01-01', 'ignored view=2017-01-01/2016-01-01: the range must end after it starts'],
		['view=yesterday', 'ignored view=yesterday'],
		['linked=no', 'ignored linked=no'],
		['lanes=colour', 'ignored lanes=colour'],
		['scale=log', 'ignored scale=log'],
		['relations=some', 'ignored relations=some'],
		['evil=1', 'ignored unknown parameter "evil"'],
		['theme=blue', 'ignored theme=blue'],
		['filters=yes', 'ignored filters=yes'],
		['origins=https://a.org/page', 'ignored origins=https://a.org/page: "https://a.org/page" is not valid'],
		['origins=https://a.org/', 'ignored origins=https://a.org/: "https://a.org/" is not valid'],
		['origins=javascript:alert(1)', 'ignored origins=javascript:alert(1)'],
		['origins=*', 'ignored origins=*']
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

describe('embed options', () => {
	it('reads the theme, the filter panel and the allowed origins', () => {
		expect(parse('theme=dark&filters=1&origins=https://a.org,http://localhost:8080')).toEqual({
			view: DEFAULT_VIEW,
			embed: { theme: 'dark', filters: true, origins: ['https://a.org', 'http://localhost:8080'] },
			problems: []
		});
		expect(parse('filters=0').embed.filters).toBe(false);
	});

	it('drops a bad option and keeps the view', () => {
		const { view, embed, problems } = parse('theme=neon&kinds=attack');
		expect(embed).toEqual(DEFAULT_EMBED);
		expect(view.filters.kinds).toEqual(['attack']);
		expect(problems).toEqual(['ignored theme=neon: Invalid option: expected one of "light"|"dark"']);
	});

	it('round-trips options beside the view, writing only what differs from the default', () => {
		const view: ViewState = { ...DEFAULT_VIEW, event: 'nice-attack' };
		const embed = { theme: 'dark' as const, filters: true, origins: ['https://research.example'] };
		const query = serializeEmbed(view, embed).toString();
		expect(query).toBe('event=nice-attack&theme=dark&filters=1&origins=https%3A%2F%2Fresearch.example');
		expect(parse(query)).toEqual({ view, embed, problems: [] });
		expect(serializeEmbed(DEFAULT_VIEW, DEFAULT_EMBED).toString()).toBe('');
	});
});

describe('the linked-events switch', () => {
	it('follows relations unless the link says linked=0', () => {
		expect(parse('actors=isis').view.filters).toMatchObject({ actors: ['isis'], linked: true });
		expect(parse('actors=isis&linked=0').view.filters).toMatchObject({ actors: ['isis'], linked: false });
		expect(parse('linked=1').view.filters.linked).toBe(true);
		const off = { ...DEFAULT_VIEW, filters: { ...DEFAULT_VIEW.filters, actors: ['isis'], linked: false } };
		expect(serializeView(off).toString()).toBe('actors=isis&linked=0');
		expect(serializeView({ ...off, filters: { ...off.filters, linked: true } }).toString()).toBe('actors=isis');
	});
});
