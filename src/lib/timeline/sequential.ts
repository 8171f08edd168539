/** The sequential x scale: events evenly spaced in order, one slot each, with true dates as labels. */
import { ascending, min, range as steps, scaleLinear, scaleUtc, tickStep, utcFormat } from 'd3';
import { DAY, sortedPair, warped, type TimeScale, type Warp } from './warp';

/** An event on the sequential scale: its id and the instant it is placed by. */
export interface SequencedEvent {
	id: string;
	time: number;
}

export interface SequentialScale extends TimeScale {
	/** Event ids in drawing order: by time, ties by id. Event i is drawn at unit i. */
	readonly order: readonly string[];
	/** An event's index in `order`, or -1. */
	indexOf(id: string): number;
	/** Index of the event drawn nearest to px x. */
	nearest(x: number): number;
}

/**
 * Label formats by the least time between two labels: the coarsest that still tells them apart,
 * and never a clock time, which a tick's instant (the middle of a day or a span) would invent.
 * The axis labels its ticks by their events' own dates instead (axis.ts, `sequenceTicks`).
 */
const SEQUENCE_FORMATS: readonly [number, string][] = [
	[366 * DAY, '%Y'],
	[31 * DAY, '%b %Y'],
	[0, '%-d %b %Y']
];

/**
 * Events evenly spaced in order, one slot each. A time that is no event's lies between its
 * neighbours (events at one instant share the middle of their run), so zoom and invert stay
 * continuous; `nearest` snaps to an event.
 * @throws RangeError when there are no events, a time is not finite or an id repeats
 */
export function sequentialScale(events: readonly SequencedEvent[], width: number): SequentialScale {
	if (!events.length) throw new RangeError('sequentialScale: no events to lay out');
	const sorted = [...events].sort((a, b) => a.time - b.time || ascending(a.id, b.id));
	const index = new Map<string, number>();
	sorted.forEach(({ id, time }, i) => {
		if (!Number.isFinite(time)) throw new RangeError(`sequentialScale: event "${id}" has time ${time}, not a finite ms`);
		if (index.has(id)) throw new RangeError(`sequentialScale: event id "${id}" appears twice`);
		index.set(id, i);
	});
	const n = sorted.length;
	const times: number[] = [];
	const centres: number[] = [];
	for (let i = 0; i < n; ) {
		let j = i;
		while (j + 1 < n && sorted[j + 1]!.time === sorted[i]!.time) j++;
		times.push(sorted[i]!.time);
		centres.push((i + j) / 2);
		i = j + 1;
	}
	// A day beyond each end sits one slot beyond it, which also gives a lone instant a slope.
	const warp = scaleUtc()
		.domain([times[0]! - DAY, ...times, times.at(-1)! + DAY])
		.range([-1, ...centres, n]);

	const indexTicks = (view: TimeScale, count: number): number[] => {
		const [u0, u1] = sortedPair(...(view.range().map(view.unitAt) as [number, number]));
		const lo = Math.max(0, Math.ceil(u0));
		const hi = Math.min(n - 1, Math.floor(u1));
		if (lo >= hi) return lo === hi ? [lo] : [];
		const step = Math.max(1, Math.ceil(tickStep(lo, hi, Math.max(1, count))));
		const ticks = steps(Math.ceil(lo / step) * step, hi + 1, step);
		// The sequence's last event is ticked whenever it is in view, so the axis says where it ends.
		return hi === n - 1 && ticks.at(-1) !== hi ? [...ticks, hi] : ticks;
	};
	const ticks = (view: TimeScale, count: number) =>
		[...new Set(indexTicks(view, count).map((i) => sorted[i]!.time))].map((t) => new Date(t));
	const spec: Warp = {
		unit: (t, id) => (id === undefined ? undefined : index.get(id)) ?? warp(t),
		time: (u) => warp.invert(u),
		ticks,
		tickFormat: (view, count, specifier) => {
			if (specifier !== undefined) return utcFormat(specifier);
			const shown = ticks(view, count).map(Number);
			const least = shown.length > 1 ? min(shown.slice(1), (t, i) => t - shown[i]!)! : DAY;
			return utcFormat(SEQUENCE_FORMATS.find(([gap]) => least >= gap)![1]);
		},
		binEdges: (view, count) => {
			const [u0, u1] = sortedPair(...(view.range().map(view.unitAt) as [number, number]));
			const step = Math.max(1, Math.ceil(tickStep(u0, u1, Math.max(1, count))));
			// Edges fall between slots, at fixed multiples of the step, so a bin never halves an event.
			const first = Math.floor((u0 + 0.5) / step) * step - 0.5;
			return steps(first, u1 + step, step);
		},
		gaps: []
	};
	const order = sorted.map((e) => e.id);
	const lin = scaleLinear().domain([-0.5, n - 0.5]).range([0, width]);
	return warped(spec, lin, (s) => ({
		order,
		indexOf: (id: string) => index.get(id) ?? -1,
		nearest: (x: number) => Math.min(n - 1, Math.max(0, Math.round(s.unitAt(x))))
	}));
}
