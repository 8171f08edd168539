/**
 * The edit form of a proposal: its fields as the reviewer types them, checked as they type
 * against the schema (and the date against the EDTF parser check:data uses).
 */
import { Proposal } from '$lib/model/review';
import { parseEdtf } from '$lib/time/interval';
import { zodIssues } from '$lib/model/issues';

export interface Draft {
	title: string;
	kind: string;
	edtf: string;
	basis: string;
	written: string;
	summary: string;
	/** Entity ids, separated by commas. */
	actors: string;
	places: string;
	killed: string;
	injured: string;
}

export function draftOf(p: Proposal): Draft {
	return {
		title: p.title,
		kind: p.kind,
		edtf: p.date.edtf,
		basis: p.date.basis,
		written: p.date.written ?? '',
		summary: p.summary ?? '',
		actors: p.actors.join(', '),
		places: p.places.join(', '),
		killed: p.casualties?.killed?.toString() ?? '',
		injured: p.casualties?.injured?.toString() ?? ''
	};
}

const ids = (text: string) => text.split(',').map((s) => s.trim()).filter(Boolean);
const count = (text: string) => (text.trim() === '' ? undefined : Number(text.trim()));

/** Which draft field each schema path is typed in. */
const FIELDS: Record<string, keyof Draft> = {
	title: 'title',
	kind: 'kind',
	'date.edtf': 'edtf',
	'date.basis': 'basis',
	'date.written': 'written',
	'date.citation': 'basis',
	summary: 'summary',
	'casualties.killed': 'killed',
	'casualties.injured': 'injured'
};

export type Checked = { ok: true; proposal: Proposal } | { ok: false; errors: Partial<Record<keyof Draft, string>> };

/** The proposal the draft makes of `p`, or what is wrong with it, field by field. */
export function checkDraft(p: Proposal, d: Draft): Checked {
	const killed = count(d.killed);
	const injured = count(d.injured);
	const casualties = killed === undefined && injured === undefined ? undefined : { killed, injured };
	const { casualties: _, summary: __, ...rest } = p;
	const candidate = {
		...rest,
		title: d.title.trim(),
		kind: d.kind,
		date: { ...p.date, edtf: d.edtf.trim(), basis: d.basis, written: d.written.trim() || undefined },
		...(d.summary.trim() && { summary: d.summary.trim() }),
		actors: ids(d.actors),
		places: ids(d.places),
		...(casualties && { casualties })
	};
	const errors: Partial<Record<keyof Draft, string>> = {};
	const parsed = Proposal.safeParse(candidate);
	if (!parsed.success)
		for (const issue of zodIssues(parsed.error)) {
			const field = issue.field?.startsWith('actors') ? 'actors' : issue.field?.startsWith('places') ? 'places' : FIELDS[issue.field ?? ''];
			if (field) errors[field] ??= issue.message;
		}
	const date = parseEdtf(d.edtf.trim());
	if (!date.ok) errors.edtf ??= date.error;
	if (parsed.success && Object.keys(errors).length === 0) return { ok: true, proposal: parsed.data };
	return { ok: false, errors: Object.keys(errors).length ? errors : { title: 'the proposal is not valid' } };
}
