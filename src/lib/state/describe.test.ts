import { expect, test } from 'vitest';
import { event, timed } from '$lib/test/events';
import { describeTimeline } from './describe';

const events = timed(event('a', '2016-05'), event('b', '2017-03-22'));
const tail = 'Each event is a button, in time order; the table view lists the same events with their passages.';

test.each([
	[events, 2, 'kind', `All 2 events, from May 2016 to 22 March 2017, in lanes by kind. ${tail}`],
	[events.slice(1), 2, 'actor', `1 of 2 events, dated 22 March 2017, in lanes by actor. ${tail}`],
	[[], 2, 'kind', 'No events match the filters; 2 in all.']
])('%#', (shown, total, lanes, text) => expect(describeTimeline(shown, total, lanes)).toBe(text));
