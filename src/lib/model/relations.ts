/** Relations read from either end: "claims" seen from the attack is "claimed by". */
import type { Relation } from './schema';

const WORDING: Record<Relation['kind'], [outgoing: string, incoming: string]> = {
	'responds-to': ['Responds to', 'Responded to by'],
	claims: ['Claims', 'Claimed by'],
	cites: ['Cites', 'Cited by'],
	instructs: ['Instructs', 'Instructed by'],
	'part-of': ['Part of', 'Includes'],
	'linked-to': ['Linked to', 'Linked to']
};

export interface RelatedEvent {
	/** The event at the other end. */
	other: string;
	/** How the relation reads from this event. */
	label: string;
	relation: Relation;
}

export function relationsOf(id: string, relations: Relation[]): RelatedEvent[] {
	return relations.flatMap((relation) => {
		if (relation.from === id) return [{ other: relation.to, label: WORDING[relation.kind][0], relation }];
		if (relation.to === id) return [{ other: relation.from, label: WORDING[relation.kind][1], relation }];
		return [];
	});
}
