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
		expect(d.toBriefing()).toEqual({ ok: true, briefing: { title: 'Summer 2016', steps: [{ event: 'a', note: 'Open here.' }, { event: 'b' }] } });
	});

	it.each([
		['no title', (d: BriefingDraft) => (d.title = ' '), ['field title: Too small: expected string to have >=1 characters']],
		['no steps', (d: BriefingDraft) => d.remove(0), ['field steps: a briefing needs at least one step']]
	])('names what is missing: %s', (_, change, errors) => {
		const d = draft('a');
		change(d);
		expect(d.toBriefing()).toEqual({ ok: false, errors });
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

	it('opens a saved briefing and refuses a bad one without losing the draft', () => {
		const d = draft('a');
		expect(d.load(JSON.stringify({ title: 'T', steps: [{ event: 'c', note: 'n' }] }), known, 'x.json')).toEqual([]);
		expect(d.title).toBe('T');
		expect(d.steps).toEqual([{ event: 'c', note: 'n' }]);

		expect(d.load('{"title":', known, 'bad.json')[0]).toMatch(/^bad\.json: not valid JSON: /);
		expect(d.load(JSON.stringify({ title: 'T', steps: [{ event: 'zzz' }] }), known, 'y.json')).toEqual(['y.json: field steps[0].event: no event "zzz" in this corpus']);
		expect(d.load(JSON.stringify({ title: 'T', steps: [{ event: 'a', colour: 1 }] }), known, 'z.json')).toEqual(['z.json: field steps[0]: Unrecognized key: "colour"']);
		expect(d.steps).toEqual([{ event: 'c', note: 'n' }]);
	});
});
