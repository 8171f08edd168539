import { describe, expect, it } from 'vitest';
import { event, timed } from '$lib/test/events';
import { rangeTransition, stepKey, stepRange, stepTo } from './steps';

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

describe('stepRange', () => {
	const [month] = timed(event('m', '2016-10'));
	const [instant] = timed(event('i', '2017-03-22T14:41:30Z'));

	it('centres the event in three times its length', () => {
		const [a, b] = stepRange(month!, { event: 'm' });
		expect((a + b) / 2).toBe((month!.when.min + month!.when.max) / 2);
		expect(b - a).toBe((month!.when.max - month!.when.min) * 3);
	});

	it('gives an instant a day either side', () => {
		expect(stepRange(instant!, { event: 'i' })).toEqual([Date.UTC(2017, 2, 21, 14, 41, 30), Date.UTC(2017, 2, 23, 14, 41, 30)]);
	});

	it('keeps a range the briefing gives', () => {
		expect(stepRange(instant!, { event: 'i', range: ['2017-03-01', '2017-03-31T12:00:00Z'] })).toEqual([Date.UTC(2017, 2, 1), Date.UTC(2017, 2, 31, 12)]);
	});
});

describe('rangeTransition', () => {
	it('starts at one range and ends at the other, zooming out on the way', () => {
		const from: [number, number] = [Date.UTC(1983, 0), Date.UTC(2003, 0)];
		const to: [number, number] = [Date.UTC(2017, 2, 21), Date.UTC(2017, 2, 23)];
		const move = rangeTransition(from, to);
		expect(move.at(0)[0]).toBeCloseTo(from[0], -3);
		expect(move.at(0)[1]).toBeCloseTo(from[1], -3);
		expect(move.at(1)[0]).toBeCloseTo(to[0], -3);
		expect(move.at(1)[1]).toBeCloseTo(to[1], -3);
		const [a, b] = move.at(0.3);
		expect(b - a).toBeGreaterThan(to[1] - to[0]);
		expect(move.duration).toBeGreaterThanOrEqual(400);
		expect(move.duration).toBeLessThanOrEqual(1600);
	});
});
