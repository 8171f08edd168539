import { describe, expect, it } from 'vitest';
import { parseTypedDay } from './typed-day';

describe('parseTypedDay', () => {
	it.each([
		['2016', 'start', '2016-01-01'],
		['2016', 'end', '2016-12-31'],
		['2016-07', 'start', '2016-07-01'],
		['2016-02', 'end', '2016-02-29'],
		['2016-07-14', 'end', '2016-07-14'],
		['14 Jul 2016', 'start', '2016-07-14'],
		['14 july 2016', 'start', '2016-07-14'],
		[' 14  Jul 2016 ', 'end', '2016-07-14'],
		['Jul 2016', 'end', '2016-07-31'],
		['July 2016', 'start', '2016-07-01']
	] as const)('reads %s as the %s %s', (text, end, day) => {
		expect(parseTypedDay(text, end)).toMatchObject({ ok: true, day });
	});

	it.each(['07/14/2016', '14/07/2016', '2016-02-30', '16', 'yesterday', '', '14 Jul'])('refuses %j with a hint', (text) => {
		const r = parseTypedDay(text, 'start');
		expect(r.ok).toBe(false);
		if (!r.ok) expect(r.error).toContain('14 Jul 2016');
	});
});
