/**
 * What a dated statement is about, guessed from its words: the kind of event from cue
 * words near the date, and the casualties it states ("killed 86", "murdered three people
 * and injured 40"). Guesses for a reviewer, never facts: the review file says so.
 */
import nlp from 'compromise';
import type { EventKind } from '$lib/model/schema';

/** In order of precedence when two cues lie equally near the date. */
const CUES: [EventKind, RegExp][] = [
	['claim', /\bclaim(?:ed|s|ing)?\s+(?:of\s+)?responsibility(?:\s+for\s+(?:the\s+)?[\w-]+)?|\bclaim(?:ed|s)?\s+(?:the|its)\s+(?:attacks?|atrocity|bombings?|killings?)\b|\bhailed\b[^.]{0,60}?\bsoldiers?\b/gi],
	['death', /\b(?:was|were|being|been|is|are)\s+(?:shot\s+)?(?:killed|dead)\b(?:\s+(?:by|in)\s+(?:an?\s+)?[\w -]{0,20}?(?:strike|raid|operation))?|\bdied\b|\bdeaths?\b|\bshot dead\b/gi],
	['attack', /\battack(?:s|ed|ers?)?\b|\bshootings?\b|\bstabbings?\b|\bstabbed\b|\bbomb(?:ing|ings|ed|ers?)\b|\bmurder(?:ed|s|ing)?\b|\bkill(?:ed|ing)\s+(?=\d|at least|more than|[a-z-]+\s+(?:people|civilians|persons|others|officers))|\bmassacre\b|\bgunm[ae]n\b|\bramm(?:ed|ing)\b|\bcrash(?:ed|ing)\b|\bplough\w*|\bexplosions?\b|\bhostages?\b|\batrocit(?:y|ies)\b/gi],
	['conviction', /\bconvict(?:ed|ions?)\b|\bsentenced\b|\bjailed\b|\b(?:found|pleaded) guilty\b|\bimprisoned\b/gi],
	['investigation', /\binvestigat\w*|\bprob(?:e|es|ed|ing)\b|\binquiry\b|\binquest\b|\barrest(?:ed|s)?\b|\bcharged\b|\braid(?:ed|s)?\b/gi],
	['meeting', /\bmet\b|\bmeet\b|\bmeetings?\b|\bsummit\b|\bconference\b|\btalks\b|\bministerial\b/gi],
	['call-to-action', /\bcall(?:ed|s|ing)?\s+(?:on|for)\b|\burg(?:ed|es|ing)\b|\bincit\w*|\binstruct\w*/gi],
	['propaganda-release', /\breleas(?:ed|es?)\b|\bissued?\b|\bpublished\b|\bmagazine\b|\bvideo\b|\bpropaganda\b|\bannouncement\b|\bspeech\b|\baudio\b|\bstatement\b/gi],
	['military-operation', /\bair ?strikes?\b|\bairstrikes?\b|\boffensive\b|\bmilitary operations?\b|\bbombardment\b|\bwarplanes\b|\bretook\b|\brecaptur\w*|\bliberat\w*|\bsiege\b|\bsurround\w*|\bfighting\b|\bfight\b|\btroops\b/gi],
	['other', /\bformation\b|\bfound(?:ed|ing)\b|\bcreat(?:ed|ion)\b|\bestablish(?:ed|ment)\b|\belect(?:ed|ion)\b|\bmourning\b|\bstate of emergency\b|\bclosed\b/gi],
	['statement', /\bsaid\b|\bannounced\b|\bdeclared\b|\btold\b|\bwarned\b/gi]
];

export interface Cue {
	kind: EventKind;
	/** UTF-16 offsets into the text searched. */
	index: number;
	end: number;
}

export interface Range {
	index: number;
	end: number;
}

export function findCues(text: string): Cue[] {
	return CUES.flatMap(([kind, re]) =>
		[...text.matchAll(re)].map((m) => ({ kind, index: m.index, end: m.index + m[0].length }))
	);
}

const gap = (a: Range, b: Range) => Math.max(0, a.index - b.end, b.index - a.end);
const inside = (r: Range, outer: Range) => r.index >= outer.index && r.end <= outer.end;
const precedence = (k: EventKind) => CUES.findIndex(([kind]) => kind === k);

/** The kind of the cue nearest the date, leaving out cues in `exclude` (the event it counts from). */
export function kindNear(cues: Cue[], at: Range, exclude: Range[] = []): EventKind | undefined {
	const near = cues
		.filter((c) => !exclude.some((x) => inside(c, x)))
		.sort((a, b) => gap(a, at) - gap(b, at) || precedence(a.kind) - precedence(b.kind));
	return near[0]?.kind;
}

const NUMBER_WORD =
	'(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|dozen)';
const NUMBER = String.raw`(\d[\d,]*|${NUMBER_WORD}(?:[- ](?:and[- ])?${NUMBER_WORD})*)`;
const ABOUT = String.raw`(?:at least |more than |about |some |nearly |almost |around |over )?`;
const WHO = String.raw`(?:(?:more )?(?:people|persons|civilians|others|men|women|children|officers|soldiers|police officers|worshippers|pedestrians)\s+)?`;
const BE = String.raw`(?:(?:were|was|have been|had been|are)\s+)?`;

const PATTERNS: ['killed' | 'injured', RegExp][] = [
	['killed', new RegExp(String.raw`\b(?:killed|killing|kills|murdered|murdering)\s+${ABOUT}${NUMBER}\b`, 'gi')],
	['killed', new RegExp(String.raw`\b${ABOUT}${NUMBER}\s+${WHO}${BE}(?:killed|dead|murdered)\b`, 'gi')],
	['injured', new RegExp(String.raw`\b(?:injured|injuring|injures|wounded|wounding)\s+${ABOUT}${NUMBER}\b`, 'gi')],
	['injured', new RegExp(String.raw`\b${ABOUT}${NUMBER}\s+${WHO}${BE}(?:injured|wounded|hurt)\b`, 'gi')]
];

/** "86", "1,200", "three", "forty-nine": compromise reads the words. */
function toNumber(words: string): number | undefined {
	if (/^\d/.test(words)) return Number(words.replace(/,/g, ''));
	const [n] = nlp(words).numbers().get() as number[];
	return Number.isInteger(n) ? n : undefined;
}

export interface Casualties {
	killed?: number;
	injured?: number;
}

/** The casualties a text states; where it gives two figures of a kind, the first counts. */
export function findCasualties(text: string): Casualties | undefined {
	const figures = PATTERNS.flatMap(([field, re]) =>
		[...text.matchAll(re)].map((m) => ({ field, at: m.index, n: toNumber(m[1]!) }))
	).sort((a, b) => a.at - b.at);
	const found: Casualties = {};
	for (const { field, n } of figures) if (n !== undefined) found[field] ??= n;
	return found.killed === undefined && found.injured === undefined ? undefined : found;
}
