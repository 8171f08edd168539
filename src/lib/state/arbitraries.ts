/** Random valid views and embed options, for the property tests of the URL and message parsers. */
import fc from 'fast-check';
import { id } from '$lib/formats/arbitraries';
import { EVENT_KINDS } from '$lib/model/schema';
import { LANE_KEYS } from '$lib/timeline/lanes';
import { SCALE_KINDS } from '$lib/timeline/scale-kind';
import { THEMES, type EmbedOptions, type ViewState } from './url';

// Years with four digits: what ISO 8601 dates in a URL can say.
const MIN = Date.UTC(1000, 0, 1);
const MAX = Date.UTC(9999, 11, 31);
const day = fc.integer({ min: MIN, max: MAX }).map((ms) => new Date(ms).toISOString().slice(0, 10));
const range = fc
	.tuple(fc.integer({ min: MIN, max: MAX }), fc.integer({ min: 1, max: 1e12 }))
	.filter(([a, span]) => a + span <= MAX)
	.map(([a, span]): [number, number] => [a, a + span]);

export const view: fc.Arbitrary<ViewState> = fc.record(
	{
		filters: fc.record(
			{
				kinds: fc.uniqueArray(fc.constantFrom(...EVENT_KINDS)),
				actors: fc.uniqueArray(id, { maxLength: 4 }),
				linked: fc.boolean(),
				articles: fc.uniqueArray(id, { maxLength: 4 }),
				from: day,
				to: day,
				// Graphemes: URLs carry text as UTF-8, which a lone surrogate is not.
				q: fc.string({ unit: 'grapheme', maxLength: 50 })
			},
			{ requiredKeys: ['kinds', 'actors', 'linked', 'articles', 'q'] }
		),
		event: id,
		range,
		lanes: fc.constantFrom(...LANE_KEYS),
		scale: fc.constantFrom(...SCALE_KINDS),
		relations: fc.boolean()
	},
	{ requiredKeys: ['filters', 'lanes', 'scale', 'relations'] }
);

export const embed: fc.Arbitrary<EmbedOptions> = fc.record({
	theme: fc.constantFrom(...THEMES),
	filters: fc.boolean(),
	origins: fc.uniqueArray(fc.webUrl().map((u) => new URL(u).origin), { maxLength: 3 })
});
