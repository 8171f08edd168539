// @vitest-environment node
/**
 * Checks the curated data of the seed article against the facts a reader can verify in it,
 * so that a slip in hand curation (a month read as the wrong year, a claim merged into the
 * assessed link) fails the build rather than reaching the timeline.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readDataFiles } from '$lib/server/data-files';
import { checkData } from './validate';
import { formatIssue } from './issues';
import type { Event } from './schema';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const files = readDataFiles(root);
const { corpus, issues } = checkData(files);
const byId = new Map(corpus.events.map((e) => [e.id, e]));
// The files as written: checkData drops a record it rejects, which would hide it from a test.
const raw = files.events.map(
	(f) => JSON.parse(f.text) as { events: unknown[]; relations?: { from: string; to: string }[] }
);

function event(id: string): Event {
	const e = byId.get(id);
	if (!e) throw new Error(`no event "${id}" in the data folder`);
	return e;
}

describe('seed data', () => {
	it('passes every data check', () => {
		expect(issues.map(formatIssue)).toEqual([]);
	});

	it('keeps every event and relation of the files', () => {
		expect(corpus.events).toHaveLength(raw.flatMap((f) => f.events).length);
		expect(corpus.relations).toHaveLength(raw.flatMap((f) => f.relations ?? []).length);
	});

	it.each([
		// "in August", written in March 2017, is the August before it.
		['adnani-killed', '2016-08', 'resolved', undefined],
		['adnani-last-announcement', '2016-05', 'resolved', undefined],
		['rumiya-knife-issue', '2016-10', 'resolved', undefined],
		['rumiya-vehicle-issue', '2016-11', 'resolved', undefined],
		['coalition-washington-meeting', '2017-03-22', 'resolved', undefined],
		['isis-claims-westminster-attack', '2017-03-23', 'resolved', 'westminster-attack']
	])('dates %s at %s (%s)', (id, edtf, basis, relativeTo) => {
		const { date } = event(id);
		expect([date.edtf, date.basis, date.relativeTo]).toEqual([edtf, basis, relativeTo]);
	});

	it.each(['orlando-shooting', 'nice-attack', 'magnanville-stabbing'])(
		'dates %s from a cited outside source, as the article gives no date',
		(id) => {
			const { date } = event(id);
			expect(date.basis).toBe('external');
			expect(date.citation?.url).toMatch(/^https:\/\//);
		}
	);

	it('gives an actor to every attack except those the article names without one', () => {
		const actorless = corpus.events
			.filter((e) => e.kind === 'attack' && e.actors.length === 0)
			.map((e) => e.id)
			.sort();
		expect(actorless).toEqual([
			'brussels-attacks',
			'magnanville-stabbing',
			'nice-attack',
			'orlando-shooting',
			'paris-attacks'
		]);
	});

	it('keeps the claim of responsibility apart from the assessed link', () => {
		const claim = event('isis-claims-westminster-attack');
		const attack = event('westminster-attack');
		expect(claim.kind).toBe('claim');
		expect(claim.claim).toEqual({ channel: 'propaganda statement', wording: 'a soldier of the Islamic State' });
		expect(claim.assessments).toEqual([]);
		expect(attack.claim).toBeUndefined();
		expect(attack.assessments.map((a) => [a.group, a.grade, a.by])).toEqual([
			['isis', 'inspired', 'experts'],
			['isis', 'enabled', 'jean-marc-rickli']
		]);
		expect(corpus.relations).toContainEqual(
			expect.objectContaining({ from: claim.id, to: attack.id, kind: 'claims' })
		);
	});

	it('joins only events that exist', () => {
		const dangling = raw
			.flatMap((f) => f.relations ?? [])
			.flatMap((r) => [r.from, r.to])
			.filter((id) => !byId.has(id));
		expect(dangling).toEqual([]);
	});
});
