/** What an import keeps beside its events: the relations, and the file's own fields. */
import { fieldName } from '$lib/model/json-source';
import { Relation } from '$lib/model/schema';
import { show } from './sink';
import type { Problem } from './types';

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
		for (const issue of parsed.error.issues) {
			const at = `${field}[${i}]${issue.path.length ? '.' : ''}${fieldName(issue.path)}`;
			rejected.push({
				record: `${field}[${i}]`,
				line: lineOf(at),
				field: at,
				message: issue.message
			});
		}
	});
	return { relations, rejected };
}

/** Notes for the file-level fields an import keeps aside (eras, groups, articles). */
export function fileNotes(
	extra: Record<string, unknown>,
	lineOf: (field: string) => number | undefined
): Problem[] {
	return Object.entries(extra).map(([field, v]) => ({
		line: lineOf(field),
		field,
		message: `${Array.isArray(v) ? `${v.length} record(s): ` : ''}not events; kept in the file's extra`
	}));
}
