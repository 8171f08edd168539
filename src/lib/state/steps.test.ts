import { describe, expect, it } from 'vitest';
import { event, timed } from '$lib/test/events';
import { briefingWindow, stageSize, stepKey, stepTo, stepWindow } from './steps';

const key = (k: string, mods: Partial<KeyboardEvent> = {}) => ({ key: k, shiftKey: false, altKey: false, ctrlKey: false, metaKey: false, ...mods });

describe('stepKey and stepTo', () => {
	it.each([
		['ArrowRight', {}, 'next'],
		[' ', {}, 'next'],
		['PageDown', {}, 'next'],
		[' ', { shiftKey: true }, 'previous'],
		['ArrowLeft', {}, 'previous'],
		['PageUp', {}, 'previous'],
		['Home', {}, 'first'],
		['End', {}, 'last'],
		['ArrowRight', { altKey: true }, undefined],
		['r', {}, undefined]
	])('%j with %j is %s', (k, mods, action) => {
		expect(stepKey(key(k, mods))).toBe(action);
	});

	it.each([
		['next', 0, 1],
		['next', 4, 4],
		['previous', 0, 0],
		['previous', 3, 2],
		['first', 3, 0],
		['last', 1, 4]
	] as const)('%s from step %i of 5 leads to %i', (action, from, to) => {
		expect(stepTo(action, from, 5)).toBe(to);
	});
});

describe('stepWindow', () => {
	const DAY = 86_400_000;
	const [month] = timed(event('m', '2016-10'));
	const [instant] = timed(event('i', '2017-03-22T14:41:30Z'));
	const [day] = timed(event('d', '2015-11-13'));
	const near = timed(event('before', '2015-11-01'), event('after', '2015-12-02'));
	const far = timed(event('long-before', '1993-11-30'), event('long-after', '2017-03-22'));
	const contains = ([a, b]: [number, number], e: { when: { min: number; max: number } }) => a <= e.when.min && e.when.max <= b;

	it('gives a day at least a month, the day in the middle', () => {
		const [a, b] = stepWindow(day!, [day!]);
		expect(b - a).toBeGreaterThanOrEqual(30 * DAY);
		expect((a + b) / 2).toBeCloseTo((day!.when.min + day!.when.max) / 2, -3);
	});

	it('gives an instant a month too, never an hourly view', () => {
		const [a, b] = stepWindow(instant!, [instant!]);
		expect(b - a).toBeGreaterThanOrEqual(30 * DAY);
	});

	it('gives a month twice its length with a margin', () => {
		const w = stepWindow(month!, [month!]);
		expect(contains(w, month!)).toBe(true);
		expect(w[1] - w[0]).toBeGreaterThanOrEqual(2 * (month!.when.max - month!.when.min));
	});

	it('brings the neighbouring steps into view when they are weeks away', () => {
		const w = stepWindow(day!, [near[0]!, day!, near[1]!]);
		expect(contains(w, near[0]!)).toBe(true);
		expect(contains(w, near[1]!)).toBe(true);
		expect(contains(w, day!)).toBe(true);
	});

	it('leaves out neighbours years away, so the event is not a dot', () => {
		const w = stepWindow(day!, [far[0]!, day!, far[1]!]);
		expect(contains(w, far[0]!)).toBe(false);
		expect(contains(w, far[1]!)).toBe(false);
		expect(w[1] - w[0]).toBeLessThan(400 * DAY);
	});

	it('keeps a range the briefing gives', () => {
		expect(stepWindow(instant!, [instant!], { range: ['2017-03-01', '2017-03-31T12:00:00Z'] })).toEqual([Date.UTC(2017, 2, 1), Date.UTC(2017, 2, 31, 12)]);
	});

	it('frames every step before the first', () => {
		const w = briefingWindow([day!, ...far]);
		expect([day!, ...far].every((e) => contains(w, e))).toBe(true);
	});
});

describe('stageSize', () => {
	it.each([
		[1920, 1080, 24],
		[1280, 720, 16],
		[640, 480, 12]
	])('at %i×%i labels are %i px', (w, h, px) => expect(stageSize(w, h).labelSize).toBe(px));

	it('keeps the strip one height whatever the step', () => expect(stageSize(1920, 1080).stripHeight).toBe(454));
});
