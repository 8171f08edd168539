import { describe, expect, it } from 'vitest';
import { relationsOf } from './relations';
import type { Relation } from './schema';

const rel = (from: string, kind: Relation['kind'], to: string): Relation => ({ from, kind, to, sources: [] });
const relations = [rel('claim', 'claims', 'attack'), rel('attack', 'responds-to', 'calls'), rel('ram', 'part-of', 'attack')];

describe('relationsOf', () => {
	it('reads each relation from both of its ends', () => {
		expect(relationsOf('attack', relations).map((r) => `${r.label} ${r.other}`)).toEqual([
			'Claimed by claim',
			'Responds to calls',
			'Includes ram'
		]);
		expect(relationsOf('claim', relations).map((r) => `${r.label} ${r.other}`)).toEqual(['Claims attack']);
	});

	it('finds nothing for an unrelated event', () => expect(relationsOf('other', relations)).toEqual([]));
});
