/**
 * Adds imported events and relations to those already loaded. What is loaded is never
 * replaced: an id already taken, a bad date or a relation to an event not loaded is refused
 * with a message, and the rest joins.
 */
import type { Problem } from '$lib/formats/types';
import type { ImportedEvent, Relation } from '$lib/model/schema';
import { byTime, type TimedEvent } from '$lib/model/timed';
import { parseEdtf } from '$lib/time/interval';

export interface Merged {
	/** Every event, loaded and added, in time order. */
	events: TimedEvent[];
	relations: Relation[];
	/** Ids of the events added, in the order given. */
	added: string[];
	/** One entry per event or relation refused. */
	refused: Problem[];
}

const relationKey = (r: Relation) => `${r.from} ${r.kind} ${r.to}`;

export function mergeEvents(
	loaded: { events: TimedEvent[]; relations: Relation[] },
	incoming: { events: ImportedEvent[]; relations?: Relation[] }
): Merged {
	const byId = new Map(loaded.events.map((e) => [e.id, e]));
	const added: TimedEvent[] = [];
	const refused: Problem[] = [];
	for (const e of incoming.events) {
		const record = `event ${e.id}`;
		const taken = byId.get(e.id);
		if (taken) {
			const where = added.includes(taken) ? 'is given twice' : `is already loaded (“${taken.title}”)`;
			refused.push({ record, field: 'id', message: `id "${e.id}" ${where}; the loaded event is kept` });
			continue;
		}
		const when = parseEdtf(e.date.edtf);
		if (!when.ok) {
			refused.push({ record, field: 'date.edtf', message: when.error });
			continue;
		}
		const timed = { ...e, when: when.value };
		byId.set(e.id, timed);
		added.push(timed);
	}

	const keys = new Set(loaded.relations.map(relationKey));
	const relations = [...loaded.relations];
	for (const r of incoming.relations ?? []) {
		const record = `relation ${r.from} → ${r.to}`;
		const missing = [r.from, r.to].find((id) => !byId.has(id));
		if (missing) refused.push({ record, field: missing === r.from ? 'from' : 'to', message: `no event "${missing}" is loaded` });
		else if (keys.has(relationKey(r))) refused.push({ record, message: `already loaded (${r.kind})` });
		else {
			keys.add(relationKey(r));
			relations.push(r);
		}
	}
	return {
		events: added.length ? [...loaded.events, ...added].sort(byTime) : loaded.events,
		relations,
		added: added.map((e) => e.id),
		refused
	};
}
