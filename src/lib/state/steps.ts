/** Stepping through a briefing: which key does what, and what time range each step shows. */
import { interpolateZoom } from 'd3';
import { instantMs, type BriefingStep } from '$lib/model/briefing';
import type { TimedEvent } from '$lib/model/timed';

export type StepAction = 'next' | 'previous' | 'first' | 'last';

/** Keys of a presenter's remote (PageUp/PageDown) and of the keyboard. */
const KEYS: Record<string, StepAction> = {
	ArrowRight: 'next',
	ArrowDown: 'next',
	PageDown: 'next',
	' ': 'next',
	ArrowLeft: 'previous',
	ArrowUp: 'previous',
	PageUp: 'previous',
	Home: 'first',
	End: 'last'
};

export function stepKey(e: Pick<KeyboardEvent, 'key' | 'shiftKey' | 'altKey' | 'ctrlKey' | 'metaKey'>): StepAction | undefined {
	if (e.altKey || e.ctrlKey || e.metaKey) return undefined;
	if (e.key === ' ' && e.shiftKey) return 'previous';
	return KEYS[e.key];
}

/** The step index an action leads to from `index`, among `count` steps. */
export function stepTo(action: StepAction, index: number, count: number): number {
	const to = { next: index + 1, previous: index - 1, first: 0, last: count - 1 }[action];
	return Math.max(0, Math.min(count - 1, to));
}

const DAY = 86_400_000;

/**
 * The range a step shows: its own, or the event in the middle of about three times its
 * length, so that its neighbours are in view; an instant gets a day either side.
 */
export function stepRange(event: TimedEvent, step: BriefingStep): [number, number] {
	if (step.range) return [instantMs(step.range[0]), instantMs(step.range[1])];
	const span = Math.max((event.when.max - event.when.min) * 3, 2 * DAY);
	const mid = (event.when.min + event.when.max) / 2;
	return [mid - span / 2, mid + span / 2];
}

/**
 * A smooth zoom and pan from one range to another (van Wijk and Nuij's, as d3-zoom uses):
 * it zooms out, pans, zooms in, so that a far jump stays readable.
 */
export function rangeTransition(from: [number, number], to: [number, number]) {
	const view = ([a, b]: [number, number]) => [(a + b) / 2, 0, b - a] as [number, number, number];
	const zoom = interpolateZoom(view(from), view(to));
	return {
		/** Milliseconds the move should take, bounded so that long jumps do not drag. */
		duration: Math.min(1600, Math.max(400, zoom.duration)),
		at(t: number): [number, number] {
			const [cx, , w] = zoom(t);
			return [cx - w / 2, cx + w / 2];
		}
	};
}
