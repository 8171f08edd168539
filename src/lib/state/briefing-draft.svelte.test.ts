import { describe, expect, it } from 'vitest';
import { BriefingDraft } from './briefing-draft.svelte';

const known = (id: string) => ['a', 'b', 'c'].includes(id);

function draft(...ids: string[]) {
	const d = new BriefingDraft();
	d.title = 'Summer 2016';
	for (const id of ids) d.add(id);
	return d;
}

describe('BriefingDraft', () => {
	it('picks each event once, and orders the steps', () => {
		const d = draft('a', 'b', 'a', 'c');
		expect(d.steps.map((s) => s.event)).toEqual(['a', 'b', 'c']);
		d.move(2, -1);
		expect(d.steps.map((s) => s.event)).toEqual(['a', 'c', 'b']);
		d.move(0, -1);
		d.move(2, 1);
		expect(d.steps.map((s) => s.event)).toEqual(['a', 'c', 'b']);
		d.remove(0);
		expect(d.steps.map((s) => s.event)).toEqual(['c', 'b']);
	});

	it('becomes a briefing with trimmed text, leaving out empty notes', () => {
		const d = draft('a', 'b');
		d.steps[0]!.note = '  Open here.  ';
		expect(d.toBriefing(known)).toEqual({ ok: true, briefing: { title: 'Summer 2016', steps: [{ event: 'a', note: 'Open here.' }, { event: 'b' }] } });
	});

	it.each([
		['no title', (d: BriefingDraft) => (d.title = ' '), ['field title: Too small: expected string to have >=1 characters']],
		['no steps', (d: BriefingDraft) => d.remove(0), ['field steps: a briefing needs at least one step']]
	])('names what is missing: %s', (_, change, errors) => {
		const d = draft('a');
		change(d);
		expect(d.toBriefing(known)).toEqual({ ok: false, errors });
	});

	it.each([
		['Summer 2016: Nice & Orlando!', 'summer-2016-nice-orlando.json'],
		['Été à Nice', 'ete-a-nice.json'],
		['   ', 'briefing.json']
	])('saves "%s" as %s, a valid briefing id', (title, name) => {
		const d = new BriefingDraft();
		d.title = title;
		expect(d.fileName).toBe(name);
	});

	it('opens a saved briefing, keeping unknown steps, and refuses a bad one without losing the draft', () => {
		const d = draft('a');
		expect(d.load(JSON.stringify({ title: 'T', steps: [{ event: 'c', note: 'n' }, { event: 'gone', note: 'kept', range: ['2016-01-01', '2016-02-01'] }] }), 'x.json')).toEqual([]);
		expect(d.title).toBe('T');
		const opened = [
			{ event: 'c', note: 'n' },
			{ event: 'gone', note: 'kept', range: ['2016-01-01', '2016-02-01'] }
		];
		expect(d.steps).toEqual(opened);
		expect(d.unknown(known)).toEqual([1]);

		expect(d.load('{"title":', 'bad.json')[0]).toMatch(/^bad\.json: not valid JSON: /);
		expect(d.load(JSON.stringify({ title: 'T', steps: [{ event: 'a', colour: 1 }] }), 'z.json')).toEqual(['z.json: field steps[0]: Unrecognized key: "colour"']);
		expect(d.steps).toEqual(opened);
	});

	it('keeps a step whose event is gone, names it, and saves once it is re-pointed or removed', () => {
		const d = new BriefingDraft();
		expect(d.restore(JSON.stringify({ title: 'Kept', steps: [{ event: 'a', note: '' }, { event: 'merged-away', note: 'Say this.' }, { event: 'renamed', note: 'And this.' }] }))).toBeUndefined();
		expect(d.steps.map((s) => s.note)).toEqual(['', 'Say this.', 'And this.']);
		expect(d.unknown(known)).toEqual([1, 2]);
		expect(d.toBriefing(known)).toEqual({
			ok: false,
			errors: ['step 2: no event "merged-away" in this corpus: point the step at another event or remove it', 'step 3: no event "renamed" in this corpus: point the step at another event or remove it']
		});

		expect(d.repoint(1, 'a'), 'an event already a step').toBe(false);
		expect(d.repoint(1, 'b')).toBe(true);
		expect(d.steps[1]).toEqual({ event: 'b', note: 'Say this.' });
		d.remove(2);
		expect(d.toBriefing(known)).toEqual({ ok: true, briefing: { title: 'Kept', steps: [{ event: 'a' }, { event: 'b', note: 'Say this.' }] } });
	});

	it('stores and restores a draft that is not yet a briefing: no title, no steps, untrimmed text', () => {
		const d = draft('a', 'gone');
		d.title = '';
		d.summary = ' half a line ';
		d.steps[0]!.note = 'draft note ';
		const back = new BriefingDraft();
		expect(back.restore(d.toStored())).toBeUndefined();
		expect([back.title, back.summary, back.steps]).toEqual(['', ' half a line ', [{ event: 'a', note: 'draft note ' }, { event: 'gone', note: '' }]]);
		expect(new BriefingDraft().restore(new BriefingDraft().toStored())).toBeUndefined();
	});

	it.each([
		['cut short', '{"title":"T","steps":[{"ev', /^not valid JSON: /],
		['not a draft', '{"title":3,"steps":[]}', /^field title: /],
		['a bare string', '"hello"', /expected object/]
	])('refuses stored text %s, leaving the draft as it was', (_, text, error) => {
		const d = draft('a');
		expect(d.restore(text)).toMatch(error);
		expect(d.steps).toEqual([{ event: 'a', note: '' }]);
	});
});
