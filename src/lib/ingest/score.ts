/**
 * Scores dated proposals against human-normalised date expressions (a folder laid out like
 * TempEval-3's: articles/ + gold.json), with the definitions of ../shared/tempeval/score.mjs,
 * so that a figure printed by `npm run eval:dates` is the figure the official scorer gives.
 */
import * as chrono from 'chrono-node';
import type { Proposal } from '$lib/model/review';

export interface GoldArticle {
	/** The publication day, ISO. */
	dct: string;
	/** Date expressions with their calendar value at the annotators' precision ("1998-08", "1997"). */
	dates: { text: string; value: string }[];
	/** The words of every time expression marked, dates or not (durations, "now"). */
	timexes: string[];
}

const norm = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();
/** One expression's words inside the other's, as the official scorer matches them. */
export function overlaps(a: string, b: string): boolean {
	const [x, y] = [norm(a), norm(b)];
	return x.length > 1 && y.length > 1 && (x.includes(y) || y.includes(x));
}

const pad = (n: number | null) => String(n).padStart(2, '0');

/** chrono-node alone, per paragraph, at the precision it is certain of: the baseline. */
export function chronoAlone(text: string, gold: GoldArticle): boolean[] {
	const instant = new Date(`${gold.dct}T12:00:00Z`);
	const results = text.split(/\n\s*\n/).flatMap((p) => chrono.parse(p, { instant, timezone: 0 }, { forwardDate: false }));
	return gold.dates.map((t) => {
		const r = results.find((r) => overlaps(r.text, t.text));
		if (!r) return false;
		const s = r.start;
		const [y, m, d] = [s.get('year'), s.get('month'), s.get('day')];
		const v = s.isCertain('day') || s.isCertain('weekday') ? `${y}-${pad(m)}-${pad(d)}` : s.isCertain('month') ? `${y}-${pad(m)}` : `${y}`;
		return v === t.value;
	});
}

export interface ArticleScore {
	/** Per gold date: some proposal written with its words has its value. */
	right: boolean[];
	/** Proposals on a gold date's words. */
	matched: number;
	/** Proposals on other time words (durations, "now"). */
	otherTime: number;
	/** Proposals dated by words no annotator marked as a time, or by no words at all. */
	invented: Proposal[];
}

const startOf = (edtf: string) => edtf.split('/')[0]!.replace(/[?~%]+$/, '');

export function scoreProposals(proposals: Proposal[], gold: GoldArticle): ArticleScore {
	const right = gold.dates.map((t) =>
		proposals.some((p) => p.date.written && overlaps(p.date.written, t.text) && startOf(p.date.edtf) === t.value)
	);
	let matched = 0;
	let otherTime = 0;
	const invented: Proposal[] = [];
	for (const p of proposals) {
		const w = p.date.written;
		if (w && gold.dates.some((t) => overlaps(w, t.text))) matched++;
		else if (w && gold.timexes.some((x) => overlaps(w, x))) otherTime++;
		else invented.push(p);
	}
	return { right, matched, otherTime, invented };
}
