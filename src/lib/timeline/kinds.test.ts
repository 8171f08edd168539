import { differenceCiede2000, filterDeficiencyDeuter, filterDeficiencyProt, filterDeficiencyTrit, parse, wcagContrast, type Color } from 'culori';
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { EVENT_KINDS } from '$lib/model/schema';
import { KIND_COLOUR } from './kinds';

const distance = differenceCiede2000();
const VISION: [string, (c: Color) => Color][] = [
	['typical vision', (c) => c],
	['protanopia', filterDeficiencyProt(1)],
	['deuteranopia', filterDeficiencyDeuter(1)],
	['tritanopia', filterDeficiencyTrit(1)]
];
/** A CIEDE2000 distance of 6 is plainly visible between two small marks side by side. */
const APART = 6;

describe('kind colours', () => {
	test.each(VISION)('every two kinds stay apart under %s', (_, see) => {
		const close: string[] = [];
		for (const [i, a] of EVENT_KINDS.entries())
			for (const b of EVENT_KINDS.slice(i + 1)) {
				const d = distance(see(parse(KIND_COLOUR[a])!), see(parse(KIND_COLOUR[b])!));
				if (d < APART) close.push(`${a}/${b}: ${d.toFixed(1)}`);
			}
		expect(close).toEqual([]);
	});

	// Marks are outlined in the text colour, so the outline, not the fill, must stand out (WCAG 1.4.11).
	test.each(['', "[data-theme='dark']", "[data-theme='contrast']"])('the mark outline reaches 3:1 against the lanes in theme %j', (theme) => {
		const css = readFileSync('src/lib/styles/theme.css', 'utf8');
		const block = theme ? css.slice(css.indexOf(theme)) : css;
		const value = (name: string) => new RegExp(`--${name}:\\s*(#[0-9a-f]{6})`, 'i').exec(block)![1]!;
		for (const ground of ['bg', 'band', 'band-alt']) expect(wcagContrast(value('fg'), value(ground)), ground).toBeGreaterThanOrEqual(3);
	});
});
