import { describe, expect, it } from 'vitest';
import { uniqueId } from './wording';

describe('uniqueId', () => {
	it('keeps ids short: the first four words of each part, numbered when taken', () => {
		const taken = new Set<string>();
		const parts = ['2016-08', 'death', 'Abu Muhammad al-Adnani killed in an air strike'];
		expect(uniqueId(parts, taken)).toBe('2016-08-death-abu-muhammad-al-adnani');
		expect(uniqueId(parts, taken)).toBe('2016-08-death-abu-muhammad-al-adnani-2');
	});
});
