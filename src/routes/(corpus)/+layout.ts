// Every page in this group shows the corpus; the benchmark page, outside it, fetches nothing.
import { base } from '$app/paths';
import { fetchCorpus } from '$lib/model/fetch-corpus';
import type { LayoutLoad } from './$types';

export const load: LayoutLoad = async ({ fetch }) => ({
	corpus: await fetchCorpus(fetch, `${base}/data/corpus.json`)
});
