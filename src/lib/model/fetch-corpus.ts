/** Fetches the published corpus and validates it: the app never trusts what comes over the wire. */
import { firstZodIssue } from './issues';
import { Corpus } from './schema';

export async function fetchCorpus(fetch: typeof globalThis.fetch, url: string): Promise<Corpus> {
	const res = await fetch(url);
	if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
	const parsed = Corpus.safeParse(await res.json());
	if (!parsed.success) throw new Error(`${url}: not a valid corpus: ${firstZodIssue(parsed.error)}`);
	return parsed.data;
}
