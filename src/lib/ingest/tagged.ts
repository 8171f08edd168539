/**
 * compromise's tagging of one sentence, kept while ingest looks at that sentence: tagging is
 * the costly part of ingest, and the names of the gazetteer and the tense of each date ask
 * the same sentence in turn.
 */
import nlp from 'compromise';
import { memo } from '$lib/memo';

export const tagged = memo((text: string) => nlp(text), 1);
