/**
 * The postMessage API of the embed: what a host page may ask the framed timeline to do, and
 * what the frame announces back. Messages are untrusted input from another window: each one
 * is checked for its origin and validated before it changes anything.
 */
import { z } from 'zod';
import { firstZodIssue } from '$lib/model/issues';
import { EventKind, Id } from '$lib/model/schema';
import { LANE_KEYS } from '$lib/timeline/lanes';
import { SCALE_KINDS } from '$lib/timeline/scale-kind';
import type { Filters } from './filters';
import { instant, type ViewState } from './url';

/** Every message of this API has a type with this prefix; other messages are not ours. */
export const PREFIX = 'event-timeline:';

const day = z.iso.date();

/** Filter fields to change; the fields left out keep their values. */
const FiltersPatch = z.strictObject({
	kinds: z.array(EventKind).optional(),
	actors: z.array(Id).optional(),
	linked: z.boolean().optional(),
	articles: z.array(Id).optional(),
	from: day.nullable().optional(),
	to: day.nullable().optional(),
	q: z.string().max(200).optional()
});

const Inbound = z.discriminatedUnion('type', [
	/** Selects an event (and brings it into view), or clears the selection with null. */
	z.strictObject({ type: z.literal(`${PREFIX}select`), event: Id.nullable() }),
	z.strictObject({ type: z.literal(`${PREFIX}filters`), filters: FiltersPatch }),
	/** Shows a time range, given as two ISO days or date-times; null goes back to the default view, where the events are. */
	z.strictObject({
		type: z.literal(`${PREFIX}range`),
		range: z
			.tuple([instant, instant])
			.refine(([a, b]) => b > a, 'the range must end after it starts')
			.nullable()
	}),
	/** How the timeline is drawn; the fields left out keep their values. */
	z.strictObject({
		type: z.literal(`${PREFIX}layout`),
		lanes: z.enum(LANE_KEYS).optional(),
		scale: z.enum(SCALE_KINDS).optional(),
		relations: z.enum(['all', 'selected']).optional()
	})
]);
export type Inbound = z.infer<typeof Inbound>;

export const INBOUND_TYPES = Inbound.options.map((o) => o.shape.type.value);

export type Parsed =
	| { kind: 'ok'; message: Inbound }
	/** Not a message of this API (another script's): ignored without a word. */
	| { kind: 'foreign' }
	| { kind: 'invalid'; error: string };

/** Validates a message's data; never throws, whatever it is given. */
export function parseMessage(data: unknown): Parsed {
	const type = data && typeof data === 'object' ? (data as { type?: unknown }).type : undefined;
	if (typeof type !== 'string' || !type.startsWith(PREFIX)) return { kind: 'foreign' };
	if (!(INBOUND_TYPES as string[]).includes(type))
		return { kind: 'invalid', error: `unknown message type "${type.slice(0, 60)}"; expected one of ${INBOUND_TYPES.join(', ')}` };
	const r = Inbound.safeParse(data);
	if (r.success) return { kind: 'ok', message: r.data };
	return { kind: 'invalid', error: firstZodIssue(r.error, type) };
}

/** A window may drive the embed if it is on the embed's own origin or on one the embed lists. */
export const originAllowed = (origin: string, own: string, allowed: readonly string[]) =>
	origin === own || allowed.includes(origin);

/** The filters after a patch: only the fields it names change. */
export function patchFilters(f: Filters, patch: z.infer<typeof FiltersPatch>): Filters {
	return {
		kinds: patch.kinds ?? f.kinds,
		actors: patch.actors ?? f.actors,
		linked: patch.linked ?? f.linked,
		articles: patch.articles ?? f.articles,
		from: patch.from === undefined ? f.from : (patch.from ?? undefined),
		to: patch.to === undefined ? f.to : (patch.to ?? undefined),
		q: patch.q ?? f.q
	};
}

/** A view as messages carry it: dates as ISO strings, nothing left out. */
export interface ViewMessage {
	filters: Filters;
	event: string | null;
	range: [string, string] | null;
	lanes: ViewState['lanes'];
	scale: ViewState['scale'];
	relations: 'all' | 'selected';
}

const iso = (ms: number) => new Date(Math.round(ms)).toISOString();

/** Plain data only: the state may hold proxies, which postMessage cannot clone. */
export function viewMessage(v: ViewState): ViewMessage {
	const f = v.filters;
	return {
		filters: { kinds: [...f.kinds], actors: [...f.actors], linked: f.linked, articles: [...f.articles], from: f.from, to: f.to, q: f.q },
		event: v.event ?? null,
		range: v.range ? [iso(v.range[0]), iso(v.range[1])] : null,
		lanes: v.lanes,
		scale: v.scale,
		relations: v.relations ? 'all' : 'selected'
	};
}

/** What the frame sends to its host. */
export type Outbound =
	| { type: `${typeof PREFIX}ready`; view: ViewMessage; events: number }
	| { type: `${typeof PREFIX}selected`; event: string | null; title: string | null }
	| { type: `${typeof PREFIX}view`; view: ViewMessage; shown: number }
	| { type: `${typeof PREFIX}error`; message: string };
