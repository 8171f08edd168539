// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HOSTILE } from '$lib/formats/arbitraries';
import { EventKind, Id } from '$lib/model/schema';
import { LANE_KEYS } from '$lib/timeline/lanes';
import { SCALE_KINDS } from '$lib/timeline/scale-kind';
import { embed, view } from './arbitraries';
import { parseView, serializeEmbed, serializeView, THEMES } from './url';

const RUNS = { numRuns: 300 };

const NAMES = ['kinds', 'actors', 'linked', 'articles', 'from', 'to', 'q', 'event', 'view', 'lanes', 'scale', 'relations', 'theme', 'filters', 'origins'];
const value = fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.constantFrom(...HOSTILE, '', ',', '2016-02-30', '2017-01-01/2016-01-01', 'x'.repeat(500)));
const query = fc.array(fc.tuple(fc.oneof(fc.constantFrom(...NAMES), fc.string()), value), { maxLength: 8 });

describe('parseView, whatever the URL', () => {
	it('reads back every valid view and its embed options, with no problem', () =>
		fc.assert(
			fc.property(view, embed, (v, e) => {
				const parsed = parseView(new URLSearchParams(serializeEmbed(v, e).toString()));
				expect(parsed.problems).toEqual([]);
				expect(parsed.view).toEqual(v);
				expect(parsed.embed).toEqual(e);
				expect(serializeView(parsed.view).toString()).toBe(serializeView(v).toString());
			}),
			RUNS
		));

	it('never throws, gives only valid values, and names each parameter it ignores and why', () =>
		fc.assert(
			fc.property(query, (pairs) => {
				const params = new URLSearchParams(pairs);
				const { view: v, embed: e, problems } = parseView(params);
				for (const p of problems) expect(p).toMatch(/^ignored (unknown parameter "[^]*"|[a-z]+=[^]*: [^]+)$/);
				// One problem at most per name given: the first value of a known name, or the unknown name.
				expect(problems.length).toBeLessThanOrEqual([...params.keys()].length);
				for (const name of new Set(params.keys()))
					if (!NAMES.includes(name)) expect(problems).toContain(`ignored unknown parameter "${name.slice(0, 40)}"`);
				expect(v.filters.kinds.every((k) => EventKind.safeParse(k).success)).toBe(true);
				expect([...v.filters.actors, ...v.filters.articles, ...(v.event ? [v.event] : [])].every((x) => Id.safeParse(x).success)).toBe(true);
				expect(v.filters.q.length).toBeLessThanOrEqual(200);
				if (v.range) expect(Number.isFinite(v.range[0]) && v.range[1] > v.range[0]).toBe(true);
				expect(LANE_KEYS).toContain(v.lanes);
				expect(SCALE_KINDS).toContain(v.scale);
				expect(THEMES).toContain(e.theme);
				for (const o of e.origins) expect(new URL(o).origin).toBe(o);
			}),
			RUNS
		));

	it.each(['toString', 'constructor', '__proto__', 'hasOwnProperty'])('reports a parameter named %s as unknown', (name) => {
		expect(parseView(new URLSearchParams([[name, '1']])).problems).toEqual([`ignored unknown parameter "${name}"`]);
	});
});
