/**
 * The review of one article on the Curate page: what is loaded, which proposal is in hand,
 * and the verbs that change it. Every step is saved at once, one save at a time; a refused
 * save (an invalid corpus, a file changed on disk) puts the review back and says why.
 */
import { slug } from '$lib/model/slug';
import type { Span } from '$lib/corpus/anchor';
import { ApiError, addEntity, loadReview, saveReview, type EventSummary } from '$lib/curate/client';
import * as steps from '$lib/curate/decisions';
import type { Proposal, ReviewFile } from '$lib/model/review';
import type { Article, Entity } from '$lib/model/schema';

export interface Notice {
	tone: 'error' | 'conflict' | 'done';
	text: string;
	/** check:data's messages, one per problem. */
	issues?: string[];
}

export class Workbench {
	article = $state.raw<Article>();
	review = $state.raw<ReviewFile>();
	entities = $state.raw<Entity[]>([]);
	events = $state.raw<EventSummary[]>([]);
	/** The proposal in hand. */
	current = $state(0);
	editing = $state(false);
	/** Words selected in the article, which may become the passage of the proposal in hand. */
	selection = $state.raw<Span>();
	notice = $state.raw<Notice>();
	saving = $state(false);
	history = $state.raw<steps.History>({ past: [], labels: [] });
	#etag = '';
	#entitiesEtag = '';
	#queue: Promise<void> = Promise.resolve();

	proposal = $derived(this.review?.proposals[this.current]);
	decided = $derived(this.review?.proposals.filter((p) => p.status !== 'proposed').length ?? 0);

	async load(id: string) {
		this.notice = undefined;
		try {
			const loaded = await loadReview(id);
			this.article = loaded.article;
			this.review = loaded.review;
			this.entities = loaded.entities;
			this.events = loaded.events;
			this.#etag = loaded.etag;
			this.#entitiesEtag = loaded.entitiesEtag;
			this.history = { past: [], labels: [] };
			this.current = loaded.review.proposals.findIndex((p) => p.status === 'proposed');
			if (this.current < 0) this.current = 0;
			this.editing = false;
		} catch (e) {
			this.#fail(e);
		}
	}

	select(index: number) {
		if (!this.review?.proposals.length) return;
		this.current = Math.max(0, Math.min(index, this.review.proposals.length - 1));
		this.editing = false;
	}

	accept = () => this.#step((r, i) => steps.decide(r, i, 'accepted'), 'accept');
	reject = () => this.#step((r, i) => steps.decide(r, i, 'rejected'), 'reject');
	reopen = () => this.#step((r, i) => steps.decide(r, i, 'proposed'), 'reopen');
	edit = async (p: Proposal) => {
		// A refused edit keeps the form open, with what was typed.
		if (await this.#step((r, i) => steps.replace(r, i, p), 'edit', false)) this.editing = false;
	};
	mergeInto = (event: string | undefined) =>
		this.#step((r, i) => steps.mergeInto(r, i, event), event ? `merge into ${event}` : 'keep separate', false);

	usePassage() {
		const { article, selection } = this;
		if (!article || !selection) return;
		if (!steps.movePassage(this.review!, this.current, article, selection)) {
			this.notice = { tone: 'error', text: 'those words occur more than once with the same context; select a few more words' };
			return;
		}
		this.selection = undefined;
		return this.#step((r, i) => steps.movePassage(r, i, article, selection)!, 'new passage', false);
	}

	/** Adds a name to data/entities.json, and to the proposal's actors or places. */
	async addName(name: string, type: Entity['type']) {
		const entity: Entity = { id: slug(name), type, name, aliases: [] };
		try {
			const added = await addEntity(entity, this.#entitiesEtag);
			this.#entitiesEtag = added.etag;
			this.entities = [...this.entities, added.entity];
		} catch (e) {
			return this.#fail(e);
		}
		await this.#step((r, i) => steps.replace(r, i, steps.adopt(r.proposals[i]!, name, entity)), `add ${entity.id}`, false);
	}

	/**
	 * One step, after any step still being saved: shown at once, saved, remembered for undo;
	 * a refused save puts the review back and says why.
	 */
	#step(apply: (r: ReviewFile, i: number) => ReviewFile, label: string, advance = true): Promise<boolean> {
		return this.#serial(async () => {
			const before = this.review;
			const index = this.current;
			if (!before?.proposals[index]) return false;
			const next = apply(before, index);
			if (!(await this.#save(before, next, undefined))) return false;
			this.history = steps.remember(this.history, before, `${label} ${before.proposals[index]!.id}`);
			if (advance) this.select(steps.nextUndecided(next, index));
			return true;
		});
	}

	undo() {
		return this.#serial(async () => {
			const back = steps.undo(this.history);
			if (!back || !this.review) return false;
			if (!(await this.#save(this.review, back.review, `Undone: ${back.label}`))) return false;
			this.history = back.history;
			return true;
		});
	}

	#serial(work: () => Promise<boolean>): Promise<boolean> {
		const run = this.#queue.then(work);
		this.#queue = run.then(
			() => undefined,
			() => undefined
		);
		return run;
	}

	async #save(before: ReviewFile, next: ReviewFile, done: string | undefined): Promise<boolean> {
		this.review = next;
		this.saving = true;
		try {
			this.#etag = (await saveReview(next, this.#etag)).etag;
			this.notice = done ? { tone: 'done', text: done } : undefined;
			return true;
		} catch (e) {
			this.review = before;
			this.#fail(e);
			return false;
		} finally {
			this.saving = false;
		}
	}

	#fail(e: unknown) {
		if (!(e instanceof ApiError)) throw e;
		this.notice = { tone: e.conflict ? 'conflict' : 'error', text: e.message, issues: e.issues };
	}
}
