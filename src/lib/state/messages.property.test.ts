// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HOSTILE } from '$lib/formats/arbitraries';
import { view } from './arbitraries';
import { NO_FILTERS } from './filters';
import { INBOUND_TYPES, parseMessage, patchFilters, PREFIX, viewMessage, type Inbound } from './messages';
import type { ViewState } from './url';

const RUNS = { numRuns: 300 };

/** What a host page might post: anything at all, or something shaped like this API's messages. */
const junk = fc.oneof(fc.string(), fc.integer(), fc.constant(null), fc.constantFrom(...HOSTILE), fc.anything());
const hostile = fc.oneof(
	fc.anything(),
	fc.record({ type: fc.oneof(fc.constantFrom(...INBOUND_TYPES), fc.string().map((s) => PREFIX + s)) }, { requiredKeys: ['type'] }),
	fc
		.tuple(fc.constantFrom(...INBOUND_TYPES), fc.dictionary(fc.constantFrom('event', 'filters', 'range', 'lanes', 'scale', 'relations', 'extra'), junk))
		.map(([type, fields]) => ({ ...fields, type })),
	fc.record({ type: fc.constantFrom(`${PREFIX}filters`), filters: fc.dictionary(fc.constantFrom('kinds', 'actors', 'from', 'q', 'x'), junk) })
);

/** A view sent as the messages a host would post to reproduce it. */
function messagesFor(v: ViewState): unknown[] {
	const m = viewMessage(v);
	return [
		{ type: `${PREFIX}filters`, filters: { ...m.filters, from: m.filters.from ?? null, to: m.filters.to ?? null } },
		{ type: `${PREFIX}range`, range: m.range },
		{ type: `${PREFIX}layout`, lanes: m.lanes, scale: m.scale, relations: m.relations },
		{ type: `${PREFIX}select`, event: m.event }
	];
}

/** The view the embed ends in after the messages, as the message bridge applies them. */
function apply(messages: Inbound[]): ViewState {
	const v: ViewState = { filters: NO_FILTERS, lanes: 'kind', scale: 'linear', relations: false };
	for (const m of messages) {
		if (m.type === `${PREFIX}filters`) v.filters = patchFilters(v.filters, m.filters);
		else if (m.type === `${PREFIX}range`) v.range = m.range ?? undefined;
		else if (m.type === `${PREFIX}select`) v.event = m.event ?? undefined;
		else
			Object.assign(v, {
				...(m.lanes && { lanes: m.lanes }),
				...(m.scale && { scale: m.scale }),
				...(m.relations && { relations: m.relations === 'all' })
			});
	}
	return v;
}

describe('parseMessage, whatever it is sent', () => {
	it('never throws; refuses with a message naming the type, or ignores what is not ours', () =>
		fc.assert(
			fc.property(hostile, (data) => {
				const r = parseMessage(data);
				const type = (data as { type?: unknown } | null)?.type;
				const ours = typeof type === 'string' && type.startsWith(PREFIX);
				if (!ours) expect(r).toEqual({ kind: 'foreign' });
				else if (r.kind === 'invalid') expect(r.error).toMatch(new RegExp(`^(unknown message type "|${PREFIX}[a-z]+: )[^]+`));
				else expect(r.kind).toBe('ok');
			}),
			RUNS
		));

	it('reads back every view sent as messages', () =>
		fc.assert(
			fc.property(view, (v) => {
				const parsed = messagesFor(v).map(parseMessage);
				for (const p of parsed) expect(p.kind, JSON.stringify(p)).toBe('ok');
				expect(apply(parsed.map((p) => (p as { message: Inbound }).message))).toEqual(v);
			}),
			RUNS
		));
});
