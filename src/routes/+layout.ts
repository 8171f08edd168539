import { base } from '$app/paths';
import { fetchCorpus } from '$lib/model/fetch-corpus';
import type { LayoutLoad } from './$types';

export const prerender = true;
export const trailingSlash = 'always';

export const load: LayoutLoad = async ({ fetch }) => ({
	corpus: await fetchCorpus(fetch, `${base}/data/corpus.json`)
});
