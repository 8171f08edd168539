/**
 * The tense of the clause a date stands in, which decides what a date without its year or
 * week means: "was lifted on July 26" is the last July 26, "would be lifted on July 26" the
 * next one. compromise tags the verbs; the verb of the date's own clause nearest to it
 * speaks for it, as a reader hears "extending the state of emergency into October".
 */
import { memo } from '$lib/memo';
import { tagged } from './tagged';
import type { Range } from './cues';

export type Tense = 'past' | 'present' | 'future';

interface VerbJson {
	text: string;
	offset: { start: number; length: number };
	verb: { grammar: { form?: string | null; tense?: string; conditional?: boolean; isInfinitive?: boolean } };
}

/**
 * Words that put what follows them ahead of the time of speaking, whatever the verb's form:
 * a plan ("is due to", "set for"), or a decision on an act ("approved extending", "voted to
 * extend"), which comes after the decision.
 */
const PLANNED = /\b(?:will|shall|would|(?:is|are|was|were) (?:due|expected|set|scheduled|planned|poised|likely|going) to|(?:set|scheduled|planned|slated|due) (?:for|on)|(?:plans?|planned|intends?|intended|agreed|promised|vowed|hopes?|threatened) to|(?:approved|approves?|agreed|decided|decides?|voted|votes?|proposed|proposes?) (?:on )?(?:to [a-z]+|[a-z]+ing)|(?:is|are|was|were) to|next)\b/i;
const CLAUSE = /[;:]|,(?=\s)|\s[–—]\s|\b(?:and|but|while|after|before|when|because|although|which|who|that)\b/gi;

/** The span of the clause around `at`: it ends at punctuation or at a subordinating word. */
function clauseAround(sentence: string, at: Range): Range {
	let index = 0;
	let end = sentence.length;
	for (const m of sentence.matchAll(CLAUSE)) {
		if (m.index + m[0].length <= at.index) index = m.index + m[0].length;
		else if (m.index >= at.end) {
			end = m.index;
			break;
		}
	}
	return { index, end };
}

// Each date of a sentence asks for its verbs in turn: they are read once.
const verbsOf = memo((sentence: string) => tagged(sentence).verbs().json({ offset: true }) as VerbJson[], 1);

const tenseOf = (v: VerbJson): Tense | undefined => {
	const g = v.verb.grammar;
	if (PLANNED.test(v.text) || g.conditional || g.tense === 'FutureTense') return 'future';
	if (g.tense === 'PastTense' || /perfect/.test(g.form ?? '')) return 'past';
	if (g.tense === 'PresentTense') return 'present';
	return undefined;
};

/**
 * Past, present or future for the words at `at`: a planning word before the date in its
 * clause ("is due to", "will") makes it future; otherwise the tense of the clause's finite
 * verb nearest to the date, or of the sentence's first finite verb when the clause has none.
 */
export function tenseAt(sentence: string, at: Range): Tense | undefined {
	const v = speakingVerb(sentence, at);
	return v && tenseOf(v);
}

/**
 * Whether the words at `at` tell the narrative on, in the simple past ("was later shot
 * dead", "then crashed"): a perfect or a present ("is thought to have been behind") steps
 * out of the story's sequence and takes no narrative time.
 */
export function narratesAt(sentence: string, at: Range): boolean {
	const v = speakingVerb(sentence, at);
	return !!v && v.verb.grammar.tense === 'PastTense' && !/perfect/.test(v.verb.grammar.form ?? '') && !/\b(?:has|have|had)\b/i.test(v.text);
}

/** A planning word before `at` in its clause: cheap, and enough where the date names its year. */
export function plannedAt(sentence: string, at: Range): boolean {
	const clause = clauseAround(sentence, at);
	return PLANNED.test(sentence.slice(clause.index, at.index));
}

function speakingVerb(sentence: string, at: Range): VerbJson | undefined {
	const clause = clauseAround(sentence, at);
	if (plannedAt(sentence, at)) return { text: 'will', offset: { start: 0, length: 0 }, verb: { grammar: { tense: 'FutureTense' } } };
	const verbs = verbsOf(sentence).map((v) => ({
		v,
		index: v.offset.start,
		end: v.offset.start + v.offset.length
	}));
	const gap = (r: Range) => Math.max(0, at.index - r.end, r.index - at.end);
	// "being killed", "to testify" carry no tense of their own: the clause's or the sentence's finite verb does.
	const finite = verbs.filter((r) => !r.v.verb.grammar.isInfinitive && !/gerund|infinitive/.test(r.v.verb.grammar.form ?? '') && !/^(?:being|having)\b/i.test(r.v.text));
	const own = finite.filter((r) => r.index >= clause.index && r.end <= clause.end).sort((a, b) => gap(a) - gap(b));
	return (own[0] ?? finite[0])?.v;
}
