/**
 * A briefing being written in the explorer: events picked and put in order, with notes. It
 * becomes a data/briefings/*.json file; a saved file or a stored draft can be opened again,
 * validated like any other input.
 */
import { Briefing } from '$lib/model/briefing';
import { formatIssue, formatZodIssues } from '$lib/model/issues';

export interface DraftStep {
	event: string;
	note: string;
}

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

	/** Moves a step up (−1) or down (+1); at either end it stays. */
	move(index: number, by: -1 | 1) {
		const to = index + by;
		if (to < 0 || to >= this.steps.length) return;
		const [step] = this.steps.splice(index, 1);
		this.steps.splice(to, 0, step!);
	}

	/** The draft as a briefing file's content, or what keeps it from being one. */
	toBriefing(): { ok: true; briefing: Briefing } | { ok: false; errors: string[] } {
		const r = Briefing.safeParse({
			title: this.title.trim(),
			...(this.summary.trim() && { summary: this.summary.trim() }),
			steps: this.steps.map((s) => ({ event: s.event, ...(s.note.trim() && { note: s.note.trim() }) }))
		});
		if (r.success) return { ok: true, briefing: r.data };
		return { ok: false, errors: formatZodIssues(r.error) };
	}

	/** The file name the briefing is saved under: its id in data/briefings/. */
	get fileName(): string {
		const id = this.title
			.toLowerCase()
			.normalize('NFKD')
			.replace(/\p{M}/gu, '')
			.replace(/[^a-z0-9]+/g, '-')
			.replace(/^-+|-+$/g, '');
		return `${id || 'briefing'}.json`;
	}

	/**
	 * Replaces the draft with a briefing read from JSON text; `known` tells which event ids the
	 * explorer holds. On any problem the draft is left as it was and the problems are returned.
	 */
	load(text: string, known: (id: string) => boolean, source: string): string[] {
		let raw: unknown;
		try {
			raw = JSON.parse(text);
		} catch (e) {
			return [`${source}: not valid JSON: ${(e as Error).message}`];
		}
		const r = Briefing.safeParse(raw);
		if (!r.success) return formatZodIssues(r.error, source);
		const unknown = r.data.steps.flatMap((s, i) => (known(s.event) ? [] : [formatIssue({ file: source, field: `steps[${i}].event`, message: `no event "${s.event}" in this corpus` })]));
		if (unknown.length) return unknown;
		this.title = r.data.title;
		this.summary = r.data.summary ?? '';
		this.steps = r.data.steps.map((s) => ({ event: s.event, note: s.note ?? '' }));
		return [];
	}
}
