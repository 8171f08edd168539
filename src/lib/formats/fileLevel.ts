/** What an import keeps beside its events: the relations, and the file's own fields. */
import { fieldName, type Path } from '$lib/model/json-source';
import { zodIssues } from '$lib/model/issues';
import { Relation } from '$lib/model/schema';
import { show, type Sorted } from './sink';
import type { FormatName, ImportResult, Problem } from './types';

/** The relations of a file, each checked on its own: `field` names the list ("relations"). */
export function readRelations(
	list: unknown,
	field: string,
	lineOf: (field: string) => number | undefined
): { relations: Relation[]; rejected: Problem[] } {
	const relations: Relation[] = [];
	const rejected: Problem[] = [];
	if (list === undefined) return { relations, rejected };
	if (!Array.isArray(list)) {
		rejected.push({
			line: lineOf(field),
			field,
			message: `expected a list of relations, got ${show(list)}`
		});
		return { relations, rejected };
	}
	list.forEach((raw, i) => {
		const parsed = Relation.safeParse(raw);
		if (parsed.success) return relations.push(parsed.data);
		rejected.push(
			...zodIssues(parsed.error, (path) => {
				const at = fieldName([field, i, ...path]);
				return { record: `${field}[${i}]`, line: lineOf(at), field: at };
			})
		);
	});
	return { relations, rejected };
}

/** Notes for the file-level fields an import keeps aside (eras, groups, articles). */
function fileNotes(
	extra: Record<string, unknown>,
	lineOf: (path: Path) => number | undefined
): Problem[] {
	return Object.entries(extra).map(([field, v]) => ({
		line: lineOf([field]),
		field,
		message: `${Array.isArray(v) ? `${v.length} record(s): ` : ''}not events; kept in the file's extra`
	}));
}

/** A JSON import's result: its records, its relations, and notes for its file-level fields. */
export function fileResult(
	format: FormatName,
	sorted: Sorted,
	rel: { relations: Relation[]; rejected: Problem[] },
	extra: Record<string, unknown>,
	lineOf: (path: Path) => number | undefined
): ImportResult {
	return {
		format,
		events: sorted.events,
		relations: rel.relations,
		rejected: [...sorted.rejected, ...rel.rejected],
		notes: [...sorted.notes, ...fileNotes(extra, lineOf)],
		extra
	};
}
