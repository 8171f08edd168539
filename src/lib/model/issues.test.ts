// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { firstZodIssue, formatIssue, formatZodIssues, zodIssues, type Issue } from './issues';

const Thing = z.strictObject({
	title: z.string().min(1, 'a title is needed'),
	steps: z.array(z.strictObject({ event: z.string().regex(/^[a-z]+$/, 'an id of lower-case letters') })).min(1, 'one step at least')
});
const errorOf = (value: unknown) => {
	const r = Thing.safeParse(value);
	if (r.success) throw new Error('expected a rejection');
	return r.error;
};

describe('formatIssue', () => {
	it.each([
		[{ file: 'data/events/a.json', line: 12, record: 'event attack', field: 'date.edtf', message: 'bad' }, 'data/events/a.json:12: event attack, field date.edtf: bad'],
		[{ file: 'data/events/a.json', message: 'not valid JSON' }, 'data/events/a.json: not valid JSON'],
		[{ record: 'event a2', field: 'id', message: 'taken' }, 'event a2, field id: taken'],
		[{ field: 'title', message: 'needed' }, 'field title: needed'],
		[{ message: 'just this' }, 'just this']
	] as [Issue, string][])('%j reads %s', (issue, text) => expect(formatIssue(issue)).toBe(text));
});

describe('zodIssues', () => {
	it('names each field from its path, as the data folder names it', () => {
		expect(zodIssues(errorOf({ title: '', steps: [{ event: 'A' }] }))).toEqual([
			{ field: 'title', message: 'a title is needed' },
			{ field: 'steps[0].event', message: 'an id of lower-case letters' }
		]);
	});

	it('leaves the field out for an issue with the whole input', () => {
		expect(zodIssues(errorOf(42))).toEqual([{ field: undefined, message: 'Invalid input: expected object, received number' }]);
	});

	it('takes where an issue stands from the edge, which may rename the field', () => {
		const issues = zodIssues(errorOf({ title: 'T', steps: [{ event: 'a', colour: 1 }] }), (path) => ({ line: path.length + 1, record: 'briefing b', field: `row.${path.at(-1)}` }));
		expect(issues).toEqual([{ line: 3, record: 'briefing b', field: 'row.0', message: 'Unrecognized key: "colour"' }]);
	});
});

describe('formatZodIssues and firstZodIssue', () => {
	const error = errorOf({ title: '', steps: [] });

	it('write one line per issue in the one style', () => {
		expect(formatZodIssues(error, 'x.json')).toEqual(['x.json: field title: a title is needed', 'x.json: field steps: one step at least']);
		expect(formatZodIssues(error)).toEqual(['field title: a title is needed', 'field steps: one step at least']);
	});

	it('give the first alone for edges that report one problem', () => {
		expect(firstZodIssue(error, 'event-timeline:select')).toBe('event-timeline:select: field title: a title is needed');
	});
});

describe('the edge vocabulary', () => {
	it('imports nothing of the model but the JSON paths, so no module it serves forms a cycle through it', () => {
		const imports = [...readFileSync('src/lib/model/issues.ts', 'utf8').matchAll(/from '([^']+)'/g)].map((m) => m[1]);
		expect(imports).toEqual(['zod', './json-source']);
		expect(readFileSync('src/lib/model/json-source.ts', 'utf8')).not.toMatch(/from '\.\/(?!json-source)/);
		expect(readFileSync('src/lib/model/briefing.ts', 'utf8')).not.toMatch(/from '\.\/validate'/);
	});
});
