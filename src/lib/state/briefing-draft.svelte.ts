/**
 * A briefing being written in the explorer: events picked and put in order, with notes. It
 * becomes a data/briefings/*.json file; a saved file or a stored draft can be opened again,
 * validated like any other input. A step whose event the corpus no longer holds (merged or
 * renamed since) is kept with its note until the reader points it elsewhere or removes it.
 */
import { Briefing, StoredDraft, type BriefingStep } from '$lib/model/briefing';
import { formatIssue, formatZodIssues } from '$lib/model/issues';
import { slug } from '$lib/model/slug';

export interface DraftStep {
	event: string;
	note: string;
	/** A time range the step was given in its file, carried through untouched. */
	range?: BriefingStep['range'];
}

const fromStep = (s: BriefingStep): DraftStep => ({ event: s.event, note: s.note ?? '', ...(s.range && { range: s.range }) });

export class BriefingDraft {
	title = $state('');
	summary = $state('');
	steps = $state<DraftStep[]>([]);

	has(id: string): boolean {
		return this.steps.some((s) => s.event === id);
	}

	add(id: string) {
		if (!this.has(id)) this.steps.push({ event: id, note: '' });
	}

	remove(index: number) {
		this.steps.splice(index, 1);
	}

	/** Points a step at another event; refused (false) when that event is a step already. */
	repoint(index: number, id: string): boolean {
		const step = this.steps[index];
		if (!step || this.has(id)) return false;
		step.event = id;
		return true;
	}

	/** The positions of the steps whose event `known` does not hold. */
	unknown(known: (id: string) => boolean): number[] {
		return this.steps.flatMap((s, i) => (known(s.event) ? [] : [i]));
	}

	/** Moves a step up (−1) or down (+1); at either end it stays. */
	move(index: number, by: -1 | 1) {
		const to = index + by;
		if (to < 0 || to >= this.steps.length) return;
		const [step] = this.steps.splice(index, 1);
		this.steps.splice(to, 0, step!);
	}

	/** The draft as a briefing file's content, or what keeps it from being one. */
	toBriefing(known: (id: string) => boolean): { ok: true; briefing: Briefing } | { ok: false; errors: string[] } {
		const r = Briefing.safeParse({
			title: this.title.trim(),
			...(this.summary.trim() && { summary: this.summary.trim() }),
			steps: this.steps.map((s) => ({ event: s.event, ...(s.note.trim() && { note: s.note.trim() }), ...(s.range && { range: s.range }) }))
		});
		const unknown = this.unknown(known).map((i) => formatIssue({ record: `step ${i + 1}`, message: `no event "${this.steps[i]!.event}" in this corpus: point the step at another event or remove it` }));
		if (r.success && !unknown.length) return { ok: true, briefing: r.data };
		return { ok: false, errors: [...(r.success ? [] : formatZodIssues(r.error)), ...unknown] };
	}

	/** The draft as it is stored in the browser while it is written. */
	toStored(): string {
		return JSON.stringify({ title: this.title, ...(this.summary && { summary: this.summary }), steps: this.steps });
	}

	/**
	 * Replaces the draft with one stored by `toStored`, its unknown steps and all. Text that is
	 * not a draft leaves the draft as it was, and what is wrong with it is returned.
	 */
	restore(text: string): string | undefined {
		let raw: unknown;
		try {
			raw = JSON.parse(text);
		} catch (e) {
			return `not valid JSON: ${(e as Error).message}`;
		}
		const r = StoredDraft.safeParse(raw);
		if (!r.success) return formatZodIssues(r.error).join('; ');
		this.take(r.data);
	}

	/** The file name the briefing is saved under: its id in data/briefings/. */
	get fileName(): string {
		return `${slug(this.title) || 'briefing'}.json`;
	}

	/**
	 * Replaces the draft with a briefing read from JSON text. Steps whose events the corpus does
	 * not hold are kept, as in a stored draft; on any other problem the draft is left as it was
	 * and the problems are returned.
	 */
	load(text: string, source: string): string[] {
		let raw: unknown;
		try {
			raw = JSON.parse(text);
		} catch (e) {
			return [`${source}: not valid JSON: ${(e as Error).message}`];
		}
		const r = Briefing.safeParse(raw);
		if (!r.success) return formatZodIssues(r.error, source);
		this.take(r.data);
		return [];
	}

	private take(d: StoredDraft) {
		this.title = d.title;
		this.summary = d.summary ?? '';
		this.steps = d.steps.map(fromStep);
	}
}
