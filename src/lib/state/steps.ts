/** Stepping through a briefing: which key does what, and what time range each step shows. */
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
/** The least a step shows: a month, so that a day has its weeks around it and never an hourly axis. */
export const MIN_WINDOW = 30 * DAY;
/** A neighbour is brought into view only while the window stays within this many times the step's own. */
const NEIGHBOUR_REACH = 4;

/**
 * The range a briefing step shows: the one the briefing gives, or its event with context.
 * The event gets at least a month (or twice its own length), centred; then the nearest
 * steps before and after it are brought in, each while the window stays within four times
 * that, up to the neighbour's nearer end, so a neighbour weeks away is in view and one a
 * decade away does not shrink the event to a dot. A margin of a tenth either side keeps the end marks off the edge.
 */
export function stepWindow(event: TimedEvent, stepEvents: readonly TimedEvent[], step?: Pick<BriefingStep, 'range'>): [number, number] {
	if (step?.range) return [instantMs(step.range[0]), instantMs(step.range[1])];
	const { min, max } = event.when;
	const own = Math.max(MIN_WINDOW, (max - min) * 2);
	const mid = (min + max) / 2;
	let [a, b] = [Math.min(min, mid - own / 2), Math.max(max, mid + own / 2)];
	const reach = (b - a) * NEIGHBOUR_REACH;
	const others = stepEvents.filter((e) => e.id !== event.id);
	const before = others.filter((e) => e.when.max <= min).sort((x, y) => y.when.max - x.when.max)[0];
	const after = others.filter((e) => e.when.min >= max).sort((x, y) => x.when.min - y.when.min)[0];
	// A neighbour's nearer end is enough to show where the story goes on; its whole length would crowd the step out.
	if (before && b - Math.min(a, before.when.max) <= reach) a = Math.min(a, before.when.max);
	if (after && Math.max(b, after.when.min) - a <= reach) b = Math.max(b, after.when.min);
	const margin = (b - a) / 10;
	return [a - margin, b + margin];
}

/** What the strip shows before the first step: every step's event. */
export function briefingWindow(stepEvents: readonly TimedEvent[]): [number, number] {
	const a = Math.min(...stepEvents.map((e) => e.when.min));
	const b = Math.max(...stepEvents.map((e) => e.when.max), a + MIN_WINDOW);
	const margin = (b - a) / 20;
	return [a - margin, b + margin];
}


/**
 * The stage's sizes on a screen of `width` × `height` px: labels that read from the back of
 * a room (24 px on a 1920 px projector), and a strip of fixed height, so that the passage
 * below it stays in one place from step to step.
 */
export function stageSize(width: number, height: number): { labelSize: number; stripHeight: number } {
	return { labelSize: Math.round(Math.min(32, Math.max(12, width / 80))), stripHeight: Math.round(height * 0.42) };
}
