/**
 * A briefing being presented: its steps with their events, and the slide on screen. Slide 0
 * is the title (the briefing's title and summary); slide n is step n, counted from 1 as the
 * audience and ?step=n count. The audience window and the presenter's window each hold one,
 * kept in step by syncSteps.
 */
import { untrack } from 'svelte';
import { z } from 'zod';
import type { Briefing, BriefingStep } from '$lib/model/briefing';
import { firstZodIssue } from '$lib/model/issues';
import type { TimedEvent } from '$lib/model/timed';
import { stepKey, stepTo, type StepAction } from './steps';

export interface Step {
	step: BriefingStep;
	event: TimedEvent;
}

export class Presentation {
	/** The slide on screen: 0 is the title, n is step n. */
	index = $state(0);
	readonly steps: Step[];

	constructor(
		readonly briefing: Briefing,
		byId: ReadonlyMap<string, TimedEvent>
	) {
		// The build checks every step's event; one missing here is a bug, not bad data.
		this.steps = briefing.steps.map((step, i) => {
			const event = byId.get(step.event);
			if (!event) throw new Error(`briefing "${briefing.title}", step ${i + 1}: no event "${step.event}" in the corpus`);
			return { step, event };
		});
	}

	/** The step on screen; none on the title slide. */
	get current(): Step | undefined {
		return this.steps[this.index - 1];
	}

	get next(): Step | undefined {
		return this.steps[this.index];
	}

	/** The last slide's index, which is also the number of steps. */
	get last(): number {
		return this.steps.length;
	}

	act(action: StepAction) {
		this.index = stepTo(action, this.index, this.steps.length + 1);
	}

	/** Steps on a key of the keyboard or a presenter's remote, unless it is typed into a form field. */
	onkey(e: KeyboardEvent) {
		if ((e.target as Element | null)?.closest?.('input, textarea, select, [contenteditable]')) return;
		const action = stepKey(e);
		if (!action) return;
		// Taken before the timeline's own keys: in a briefing the arrows step, they do not pan.
		e.preventDefault();
		e.stopPropagation();
		this.act(action);
	}

	/** Shows the step of an event, if the briefing has one. */
	show(eventId: string) {
		const i = this.steps.findIndex((s) => s.event.id === eventId);
		if (i >= 0) this.index = i + 1;
	}

	/** Reads `?step=N` (counted from 1; 0 is the title); a bad value is named and ignored. */
	restore(params: URLSearchParams): string[] {
		const value = params.get('step');
		if (value === null) return [];
		const r = z.coerce.number().int().min(0).max(this.steps.length).safeParse(value);
		if (!r.success) return [`ignored step=${value.slice(0, 20)}: a step number from 0 (the title) to ${this.steps.length}`];
		this.index = r.data;
		return [];
	}
}

const SyncMessage = z.discriminatedUnion('type', [
	z.strictObject({ type: z.literal('step'), index: z.int().nonnegative() }),
	z.strictObject({ type: z.literal('hello') })
]);

/**
 * Keeps every window presenting the same briefing on the same step, through a
 * BroadcastChannel (same origin only). A window that opens asks the others where they are.
 */
export function syncSteps(id: () => string, presentation: () => Presentation) {
	let channel: BroadcastChannel | undefined;
	let heard: number | undefined;

	$effect(() => {
		const ch = new BroadcastChannel(`event-timeline:present:${id()}`);
		channel = ch;
		ch.onmessage = (e: MessageEvent) => {
			const m = SyncMessage.safeParse(e.data);
			const p = presentation();
			if (!m.success) return console.warn(`event-timeline: ignored a presenter message: ${firstZodIssue(m.error)}`);
			if (m.data.type === 'hello') return ch.postMessage({ type: 'step', index: p.index });
			if (m.data.index > p.last) return console.warn(`event-timeline: ignored step ${m.data.index}: the briefing has ${p.steps.length}`);
			heard = m.data.index;
			p.index = m.data.index;
		};
		ch.postMessage({ type: 'hello' });
		return () => {
			ch.close();
			channel = undefined;
		};
	});

	// A step taken here is told to the others; one heard from them is not told back.
	$effect(() => {
		const index = presentation().index;
		untrack(() => {
			if (heard !== undefined && index !== heard) channel?.postMessage({ type: 'step', index });
			heard = index;
		});
	});
}
