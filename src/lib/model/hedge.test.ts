import { describe, expect, it } from 'vitest';
import { gradeWords } from './hedge';

describe('gradeWords', () => {
	it.each([
		['enabled', undefined, 'enabled'],
		['enabled', 'asserted', 'enabled'],
		['inspired', 'probable', 'probably inspired'],
		['enabled', 'possible', 'may have enabled'],
		['unknown', 'possible', 'unknown']
	] as const)('%s, %s → %s', (grade, modality, words) => {
		expect(gradeWords({ grade, modality })).toBe(words);
	});
});
