/**
 * Adds imported events to one curated event file. What the file holds is never changed:
 * new events are appended, ids the data already has are refused, and every event or
 * relation that check:data would refuse is left out with its message, so that the data
 * folder passes check:data after the import as it did before.
 */
import { editJson } from '$lib/model/json-source';
import { Event, type Relation } from '$lib/model/schema';
import { checkData, type DataFiles } from '$lib/model/validate';
import { zodIssues, type DataIssue } from '$lib/model/issues';
import type { ImportResult, Problem } from './types';

export interface Merged {
	/** The target file's new text; undefined when nothing is added. */
	text?: string;
	added: Event[];
	relations: Relation[];
	/** Records of the import the data cannot take, each with why. */
	refused: Problem[];
	/** Problems the data folder had before the import: it is not touched then. */
	blocking: DataIssue[];
}

const eventRecord = (id: string) => `event ${id}`;
const relationRecord = (r: Relation) => `relation ${r.from} → ${r.to}`;

function withFile(files: DataFiles, target: string, text: string): DataFiles {
	const events = files.events.filter((f) => f.file !== target);
	return { ...files, events: [...events, { file: target, text }] };
}

/** The target file with the events and relations appended, keeping its own layout. */
function appended(before: string | undefined, events: Event[], relations: Relation[]): string {
	if (before === undefined) return JSON.stringify({ events, relations }, null, 2) + '\n';
	const edits = [
		...events.map((value) => ({ path: ['events', -1], value })),
		...relations.map((value) => ({ path: ['relations', -1], value }))
	];
	return editJson(before, edits);
}

export function mergeIntoData(files: DataFiles, target: string, result: ImportResult): Merged {
	const merged: Merged = { added: [], relations: [], refused: [], blocking: [] };
	const before = checkData(files);
	if (before.issues.length) return { ...merged, blocking: before.issues };
	const existing = files.events.find((f) => f.file === target)?.text;
	const have = new Map(before.corpus.events.map((e) => [e.id, e]));

	let events: Event[] = [];
	for (const e of result.events) {
		const refuse = (field: string | undefined, message: string) =>
			merged.refused.push({ record: eventRecord(e.id), field, message });
		if (have.has(e.id)) {
			refuse('id', `"${e.id}" is already in the curated data; rename it in the file to import it`);
			continue;
		}
		const curated = Event.safeParse(e);
		if (!curated.success) {
			const noSource = e.sources.length === 0;
			if (noSource)
				refuse('sources', 'no source passage: curated events need a quote from an article');
			else for (const { field, message } of zodIssues(curated.error)) refuse(field, message);
			continue;
		}
		events.push(curated.data);
	}
	let relations = result.relations;

	// Each round leaves out what check:data refuses; it ends when nothing more is refused.
	for (;;) {
		const ids = new Set([...have.keys(), ...events.map((e) => e.id)]);
		const dangling = relations.filter((r) => !ids.has(r.from) || !ids.has(r.to));
		for (const r of dangling)
			merged.refused.push({
				record: relationRecord(r),
				message: 'one of its events is not in the curated data'
			});
		relations = relations.filter((r) => !dangling.includes(r));
		if (!events.length && !relations.length) return merged;

		const text = appended(existing, events, relations);
		const after = checkData(withFile(files, target, text));
		if (!after.issues.length) return { ...merged, text, added: events, relations };
		const problems = after.issues.map((issue) => ({
			issue,
			event: events.find((e) => issue.record === eventRecord(e.id))
		}));
		const stray = problems.filter(
			(p) => !p.event && !relations.some((r) => p.issue.record === relationRecord(r))
		);
		// A problem that no new record explains means the file cannot be written safely.
		if (stray.length) return { ...merged, blocking: stray.map((p) => p.issue) };
		for (const { issue } of problems)
			merged.refused.push({ record: issue.record, field: issue.field, message: issue.message });
		const bad = new Set(problems.map((p) => p.issue.record));
		events = events.filter((e) => !bad.has(eventRecord(e.id)));
		relations = relations.filter((r) => !bad.has(relationRecord(r)));
	}
}
