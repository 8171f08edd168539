/**
 * A briefing: a chosen sequence of events told in order, one step each, with the presenter's
 * notes. Stored as data/briefings/<id>.json, checked with the rest of the data folder, and
 * written by the explorer's briefing builder.
 */
import { z } from 'zod';
import { fieldName, lineAt, readJson } from './json-source';
import { Id } from './schema';
import { zodIssues, type DataFile, type DataIssue } from './issues';

/** An ISO day or date-time (UTC), as in the explorer's URL. */
const Instant = z.union([z.iso.datetime(), z.iso.date()]);

export const BriefingStep = z.strictObject({
	event: Id,
	/** What the presenter says at this step; the audience never sees it. */
	note: z.string().optional(),
	/** The time range to show instead of the one around the event. */
	range: z
		.tuple([Instant, Instant])
		.refine(([a, b]) => instantMs(b) > instantMs(a), 'the range must end after it starts')
		.optional()
});

export const Briefing = z.strictObject({
	title: z.string().min(1),
	/** A line under the title on the opening screen. */
	summary: z.string().optional(),
	steps: z.array(BriefingStep).min(1, 'a briefing needs at least one step')
});

/**
 * A draft kept in the browser while it is written: a briefing that may still lack a title or
 * steps. Its events are not checked here, so a draft outlives a change of corpus.
 */
export const StoredDraft = Briefing.extend({ title: z.string(), steps: z.array(BriefingStep) });

export type BriefingStep = z.infer<typeof BriefingStep>;
export type Briefing = z.infer<typeof Briefing>;
export type StoredDraft = z.infer<typeof StoredDraft>;

/** A briefing with the id its file name gives it. */
export interface NamedBriefing {
	id: string;
	briefing: Briefing;
}

export function instantMs(s: string): number {
	return Date.parse(s.length === 10 ? `${s}T00:00:00Z` : s);
}

/** Validates briefing files against the schema and the events defined in the data folder. */
export function checkBriefings(files: DataFile[], eventIds: ReadonlyMap<string, unknown>): { briefings: NamedBriefing[]; issues: DataIssue[] } {
	const briefings: NamedBriefing[] = [];
	const issues: DataIssue[] = [];
	for (const f of files) {
		const id = f.file.replace(/^.*\//, '').replace(/\.json$/, '');
		const named = Id.safeParse(id);
		if (!named.success) {
			issues.push({ file: f.file, message: `the file name "${id}" is the briefing's id: ${zodIssues(named.error)[0]?.message}` });
			continue;
		}
		const read = readJson(f.file, f.text);
		if (!read.ok) {
			issues.push({ file: f.file, line: read.line, message: read.message });
			continue;
		}
		const { json } = read;
		const parsed = Briefing.safeParse(json.raw);
		if (!parsed.success) {
			issues.push(...zodIssues(parsed.error, (path) => ({ file: f.file, line: lineAt(json, path), record: `briefing ${id}` })));
			continue;
		}
		const before = issues.length;
		parsed.data.steps.forEach((s, i) => {
			if (eventIds.has(s.event)) return;
			const path = ['steps', i, 'event'];
			issues.push({ file: f.file, line: lineAt(json, path), record: `briefing ${id}`, field: fieldName(path), message: `unknown event "${s.event}"` });
		});
		if (issues.length === before) briefings.push({ id, briefing: parsed.data });
	}
	return { briefings, issues };
}
