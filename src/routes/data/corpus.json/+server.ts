// The public data file: the explorer loads it, and embeds and other tools may fetch it.
import { json } from '@sveltejs/kit';
import { loadCorpus } from '$lib/server/corpus';

export const prerender = true;

export function GET() {
	return json(loadCorpus());
}
