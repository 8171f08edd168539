import { describe, expect, it } from 'vitest';
import { checkBriefings } from './briefing';
import { formatIssue } from './issues';

const events = new Map([
	['nice-attack', 'data/events/a.json:3'],
	['orlando-shooting', 'data/events/a.json:9']
]);

const file = (text: string, name = 'story') => ({ file: `data/briefings/${name}.json`, text });
const check = (text: string, name?: string) => checkBriefings([file(text, name)], events);
const messages = (text: string, name?: string) => check(text, name).issues.map(formatIssue);

describe('checkBriefings', () => {
	it('keeps a valid briefing under the id its file name gives', () => {
		const text = JSON.stringify({
			title: 'Summer 2016',
			steps: [{ event: 'orlando-shooting', note: 'First.' }, { event: 'nice-attack', range: ['2016-07-01', '2016-07-31T12:00:00Z'] }]
		});
		expect(check(text)).toEqual({
			briefings: [
				{
					id: 'story',
					briefing: {
						title: 'Summer 2016',
						steps: [{ event: 'orlando-shooting', note: 'First.' }, { event: 'nice-attack', range: ['2016-07-01', '2016-07-31T12:00:00Z'] }]
					}
				}
			],
			issues: []
		});
	});

	it.each([
		['no title', '{\n  "steps": [{ "event": "nice-attack" }]\n}', 'data/briefings/story.json:1: briefing story, field title: Invalid input: expected string, received undefined'],
		['no steps', '{\n  "title": "T",\n  "steps": []\n}', 'data/briefings/story.json:3: briefing story, field steps: a briefing needs at least one step'],
		[
			'an unknown event',
			'{\n  "title": "T",\n  "steps": [\n    { "event": "nice-attack" },\n    { "event": "westminster" }\n  ]\n}',
			'data/briefings/story.json:5: briefing story, field steps[1].event: unknown event "westminster"'
		],
		[
			'a backwards range',
			'{\n  "title": "T",\n  "steps": [\n    { "event": "nice-attack", "range": ["2017-01-01", "2016-01-01"] }\n  ]\n}',
			'data/briefings/story.json:4: briefing story, field steps[0].range: the range must end after it starts'
		],
		[
			'a field the schema does not know',
			'{\n  "title": "T",\n  "steps": [{ "event": "nice-attack", "notes": "x" }]\n}',
			'data/briefings/story.json:3: briefing story, field steps[0]: Unrecognized key: "notes"'
		],
		['broken JSON', '{\n  "title": "T",\n  "steps": [\n}', 'data/briefings/story.json:4: not valid JSON: value expected at column 1']
	])('refuses %s, naming file, line and field', (_, text, message) => {
		const checked = check(text);
		expect(checked.briefings).toEqual([]);
		expect(checked.issues.map(formatIssue)).toEqual([message]);
	});

	it('refuses a file name that cannot be an id', () => {
		expect(messages('{"title":"T","steps":[{"event":"nice-attack"}]}', 'My Story')).toEqual([
			'data/briefings/My Story.json: the file name "My Story" is the briefing\'s id: an id of lower-case letters, digits, - or _'
		]);
	});
});
