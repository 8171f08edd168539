// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { findCasualties, findCues, kindNear } from './cues';

describe('findCasualties', () => {
	it.each([
		['the Nice lorry attack that killed 86 people', { killed: 86 }],
		['he murdered three people and injured 40 more', { killed: 3, injured: 40 }],
		['killing 32 people and injuring more than 300', { killed: 32, injured: 300 }],
		['where two people were killed', { killed: 2 }],
		['forty-nine people were killed and 53 wounded', { killed: 49, injured: 53 }],
		['killed 1,200 civilians', { killed: 1200 }],
		['he was killed by an air strike', undefined],
		['killed tens of thousands of fighters', undefined]
	])('"%s"', (text, expected) => {
		expect(findCasualties(text)).toEqual(expected);
	});
});

describe('kindNear', () => {
	const kind = (text: string, date: string) => {
		const index = text.indexOf(date);
		return kindNear(findCues(text), { index, end: index + date.length });
	};
	it.each([
		['Before being killed by an air strike in August, he issued calls.', 'in August', 'death'],
		['The group claimed responsibility for the attacks on Saturday.', 'on Saturday', 'claim'],
		['An issue of its magazine issued in October contained instructions.', 'in October', 'propaganda-release'],
		['Members of the coalition met in Washington on Wednesday.', 'on Wednesday', 'meeting'],
		['Police arrested him on Friday.', 'on Friday', 'investigation'],
		['He was jailed in 2003 for assault.', 'in 2003', 'conviction'],
		['It rained on Friday.', 'on Friday', undefined]
	])('"%s"', (text, date, expected) => {
		expect(kind(text, date)).toBe(expected);
	});
});
