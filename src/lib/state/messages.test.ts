import { describe, expect, it } from 'vitest';
import { NO_FILTERS } from './filters';
import { originAllowed, parseMessage, patchFilters, viewMessage } from './messages';
import { DEFAULT_VIEW } from './url';

describe('parseMessage', () => {
	it.each([
		[{ type: 'event-timeline:select', event: 'nice-attack' }],
		[{ type: 'event-timeline:select', event: null }],
		[{ type: 'event-timeline:filters', filters: { kinds: ['attack'], q: 'isis', from: null } }],
		[{ type: 'event-timeline:filters', filters: {} }],
		[{ type: 'event-timeline:layout', lanes: 'actor' }],
		[{ type: 'event-timeline:layout', scale: 'sequential', relations: 'all' }],
		[{ type: 'event-timeline:range', range: null }]
	])('accepts %j', (data) => {
		expect(parseMessage(data)).toEqual({ kind: 'ok', message: data });
	});

	it('reads a range of ISO days and date-times as ms', () => {
		expect(parseMessage({ type: 'event-timeline:range', range: ['2016-05-01', '2017-03-22T14:40:00Z'] })).toEqual({
			kind: 'ok',
			message: { type: 'event-timeline:range', range: [Date.UTC(2016, 4, 1), Date.UTC(2017, 2, 22, 14, 40)] }
		});
	});

	it.each([
		['a string', 'hello'],
		['null', null],
		['a number', 42],
		['an array', [1, 2]],
		['another API', { type: 'webpackOk' }],
		['no type', { event: 'nice-attack' }],
		['a non-string type', { type: 7 }]
	])('ignores %s as not ours', (_, data) => {
		expect(parseMessage(data)).toEqual({ kind: 'foreign' });
	});

	it.each([
		[
			{ type: 'event-timeline:explode' },
			'unknown message type "event-timeline:explode"; expected one of event-timeline:select, event-timeline:filters, event-timeline:range, event-timeline:layout'
		],
		[{ type: 'event-timeline:select', event: '<img src=x onerror=alert(1)>' }, 'event-timeline:select: field event: an id of lower-case letters, digits, - or _'],
		[{ type: 'event-timeline:select' }, 'event-timeline:select: field event: Invalid input: expected string, received undefined'],
		[{ type: 'event-timeline:select', event: 'a', extra: 1 }, 'event-timeline:select: Unrecognized key: "extra"'],
		[{ type: 'event-timeline:filters', filters: { kinds: ['bombing'] } }, 'event-timeline:filters: field filters.kinds[0]: Invalid option'],
		[{ type: 'event-timeline:filters', filters: { from: '2016-13-01' } }, 'event-timeline:filters: field filters.from: Invalid ISO date'],
		[{ type: 'event-timeline:filters', filters: { q: 'x'.repeat(201) } }, 'event-timeline:filters: field filters.q: Too big'],
		[{ type: 'event-timeline:range', range: ['2017-01-01', '2016-01-01'] }, 'event-timeline:range: field range: the range must end after it starts'],
		[{ type: 'event-timeline:range', range: ['yesterday', 'today'] }, 'event-timeline:range: field range[0]: Invalid input'],
		[{ type: 'event-timeline:layout', lanes: 'colour' }, 'event-timeline:layout: field lanes: Invalid option'],
		[{ type: 'event-timeline:layout', scale: 'log' }, 'event-timeline:layout: field scale: Invalid option']
	])('refuses %j with a message naming the field', (data, error) => {
		const r = parseMessage(data);
		expect(r.kind).toBe('invalid');
		expect(r.kind === 'invalid' && r.error).toContain(error);
	});
});

describe('originAllowed', () => {
	const own = 'https://timeline.example';
	it.each([
		['its own origin', own, [], true],
		['a listed origin', 'https://research.example', ['https://research.example'], true],
		['an unlisted origin', 'https://evil.example', ['https://research.example'], false],
		['a listed host on another port', 'https://research.example:8443', ['https://research.example'], false],
		['an opaque origin', 'null', [], false]
	])('%s: %s → %s', (_, origin, allowed, expected) => {
		expect(originAllowed(origin, own, allowed)).toBe(expected);
	});
});

describe('patchFilters', () => {
	const current = { ...NO_FILTERS, kinds: ['attack' as const], from: '2016-01-01', q: 'isis' };
	it.each([
		['changes only the named fields', { actors: ['isis'] }, { ...current, actors: ['isis'] }],
		['clears a day with null', { from: null }, { ...current, from: undefined }],
		['stops following relations', { linked: false }, { ...current, linked: false }],
		['empties a list', { kinds: [] }, { ...current, kinds: [] }],
		['changes nothing for an empty patch', {}, current]
	])('%s', (_, patch, expected) => {
		expect(patchFilters(current, patch)).toEqual(expected);
	});
});

describe('viewMessage', () => {
	it('carries dates as ISO strings and absences as null', () => {
		const view = { ...DEFAULT_VIEW, range: [Date.UTC(2016, 0, 1), Date.UTC(2017, 0, 1)] as [number, number] };
		expect(viewMessage(view)).toEqual({
			filters: NO_FILTERS,
			event: null,
			range: ['2016-01-01T00:00:00.000Z', '2017-01-01T00:00:00.000Z'],
			lanes: 'kind',
			scale: 'linear',
			relations: 'selected'
		});
	});
});
