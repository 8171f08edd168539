/**
 * Data handed to the <event-timeline> element, by URL or inline: the site's whole corpus
 * (/data/corpus.json) or a single event file ({ events, relations }, without articles, so
 * passages show their quotes alone). Validated like every input; an error names its source.
 */
import type { z } from 'zod';
import { firstZodIssue } from './issues';
import { timeEvents } from './timed';
import { Corpus, EventFile } from './schema';

export function parseCorpusText(text: string, source: string): Corpus {
	let raw: unknown;
	try {
		raw = JSON.parse(text);
	} catch (e) {
		throw new Error(`${source}: not valid JSON: ${(e as Error).message}`);
	}
	const isCorpus = raw !== null && typeof raw === 'object' && 'articles' in raw;
	const refuse = (error: z.ZodError) => new Error(`${source}: not a valid ${isCorpus ? 'corpus' : 'event file'}: ${firstZodIssue(error)}`);
	let corpus: Corpus;
	if (isCorpus) {
		const r = Corpus.safeParse(raw);
		if (!r.success) throw refuse(r.error);
		corpus = r.data;
	} else {
		const r = EventFile.safeParse(raw);
		if (!r.success) throw refuse(r.error);
		corpus = { articles: [], entities: [], ...r.data };
	}
	try {
		timeEvents(corpus.events);
	} catch (e) {
		throw new Error(`${source}: ${(e as Error).message}`);
	}
	return corpus;
}
