/**
 * compromise's tagging of one sentence, kept while ingest looks at that sentence: tagging is
 * the costly part of ingest, and the names of the gazetteer and the tense of each date ask
 * the same sentence in turn.
 */
import nlp from 'compromise';

let last: { text: string; doc: ReturnType<typeof nlp> } | undefined;

export function tagged(text: string): ReturnType<typeof nlp> {
	if (last?.text !== text) last = { text, doc: nlp(text) };
	return last.doc;
}
