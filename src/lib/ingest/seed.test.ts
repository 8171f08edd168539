// @vitest-environment node
/**
 * Recall on the first article: ingest, run as on a fresh corpus (the gazetteer only), must
 * propose every event curated for it with a date the text gives or implies (explicit or
 * resolved), and date nothing after publication.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readDataFiles } from '$lib/server/data-files';
import { checkData } from '$lib/model/validate';
import { parseEdtf } from '$lib/time/interval';
import { ingestArticle } from './ingest';

const SEED = '000_596a886637f5ae04';
const files = readDataFiles(fileURLToPath(new URL('../../../', import.meta.url)));
const { corpus } = checkData(files);
const seed = files.articles.find((f) => f.file.endsWith(`${SEED}.txt`))!;
const { review } = ingestArticle(seed.file, seed.text, { entities: corpus.entities, events: [], reviews: [] });
const published = Date.parse(`${corpus.articles.find((a) => a.id === SEED)!.published}T23:59:59.999Z`);

const interval = (edtf: string) => {
	const d = parseEdtf(edtf);
	if (!d.ok) throw new Error(d.error);
	return d.value;
};

const curated = corpus.events.filter(
	(e) => e.date.basis !== 'external' && e.sources.some((s) => s.article === SEED)
);

describe('ingest of the seed article', () => {
	it('has curated events to compare with', () => {
		expect(curated.length).toBeGreaterThan(0);
	});

	it.each(curated.map((e) => [e.id, e] as const))('proposes %s', (_, event) => {
		const date = interval(event.date.edtf);
		const quotes = event.sources.filter((s) => s.article === SEED).map((s) => s.position);
		const match = review.proposals.find((p) => {
			const d = interval(p.date.edtf);
			const at = p.sources[0]!.position;
			return d.min <= date.max && date.min <= d.max && quotes.some((q) => q.start < at.end && at.start < q.end);
		});
		expect(match, `no proposal overlaps ${event.id} (${event.date.edtf}) in date and passage`).toBeDefined();
	});

	it('dates nothing after publication', () => {
		expect(review.proposals.filter((p) => interval(p.date.edtf).min > published).map((p) => p.id)).toEqual([]);
	});
});
