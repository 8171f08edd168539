import { differenceCiede2000, filterDeficiencyDeuter, filterDeficiencyProt, filterDeficiencyTrit, parse, wcagContrast, type Color } from 'culori';
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { EVENT_KINDS } from '$lib/model/schema';
import { KIND_COLOUR, KIND_COLOUR_DARK, kindPaint, resolvePaint } from './kinds';

const distance = differenceCiede2000();
const VISION: [string, (c: Color) => Color][] = [
	['typical vision', (c) => c],
	['protanopia', filterDeficiencyProt(1)],
	['deuteranopia', filterDeficiencyDeuter(1)],
	['tritanopia', filterDeficiencyTrit(1)]
];
/** A CIEDE2000 distance of 6 is plainly visible between two small marks side by side. */
const APART = 6;
const PALETTES = { light: KIND_COLOUR, dark: KIND_COLOUR_DARK };

const css = readFileSync('src/lib/styles/theme.css', 'utf8');
/** The variables of one theme's block in theme.css ('' is the default, light one). */
function themeVars(theme: string): Map<string, string> {
	const start = theme ? css.indexOf(`[data-theme='${theme}']`) : css.indexOf(':root');
	const block = css.slice(start, css.indexOf('}', start));
	return new Map([...block.matchAll(/--([\w-]+):\s*(#[0-9a-f]{6})/gi)].map((m) => [m[1]!, m[2]!.toLowerCase()]));
}

describe('kind colours', () => {
	test.each(VISION.flatMap(([v, see]) => Object.entries(PALETTES).map(([p, colours]) => [v, p, see, colours] as const)))(
		'every two kinds stay apart under %s (%s palette)',
		(_, __, see, colours) => {
			const close: string[] = [];
			for (const [i, a] of EVENT_KINDS.entries())
				for (const b of EVENT_KINDS.slice(i + 1)) {
					const d = distance(see(parse(colours[a])!), see(parse(colours[b])!));
					if (d < APART) close.push(`${a}/${b}: ${d.toFixed(1)}`);
				}
			expect(close).toEqual([]);
		}
	);

	// Every kind's fill stands out from the page and both lane bands of its theme (WCAG 1.4.11).
	test.each([
		['', KIND_COLOUR],
		['dark', KIND_COLOUR_DARK],
		['contrast', KIND_COLOUR]
	] as const)('every kind reaches 3:1 against the lanes in theme %j', (theme, colours) => {
		const vars = new Map([...themeVars(''), ...themeVars(theme)]);
		const low = EVENT_KINDS.flatMap((k) =>
			['bg', 'band', 'band-alt'].flatMap((ground) => {
				const ratio = wcagContrast(colours[k], vars.get(ground)!);
				return ratio < 3 ? [`${k} on ${ground}: ${ratio.toFixed(2)}`] : [];
			})
		);
		expect(low).toEqual([]);
	});

	test.each([
		['', KIND_COLOUR],
		['dark', KIND_COLOUR_DARK]
	] as const)('theme.css sets the kind variables of theme %j from kinds.ts', (theme, colours) => {
		const vars = themeVars(theme);
		for (const k of EVENT_KINDS) expect(vars.get(`kind-${k}`), k).toBe(colours[k]);
	});

	// Marks are outlined in the text colour too, so their shape stands out in every theme.
	test.each(['', 'dark', 'contrast'])('the mark outline reaches 3:1 against the lanes in theme %j', (theme) => {
		const vars = new Map([...themeVars(''), ...themeVars(theme)]);
		for (const ground of ['bg', 'band', 'band-alt']) expect(wcagContrast(vars.get('fg')!, vars.get(ground)!), ground).toBeGreaterThanOrEqual(3);
	});
});

describe('kind paint', () => {
	test('is the theme variable, with the light colour as fallback', () => {
		expect(kindPaint('attack')).toBe(`var(--kind-attack, ${KIND_COLOUR.attack})`);
	});
	test.each([
		['var(--kind-attack, #c8321e)', { '--kind-attack': ' #ff7a33' }, '#ff7a33'],
		['var(--kind-attack, #c8321e)', {}, '#c8321e'],
		['#123456', { '--kind-attack': '#ff7a33' }, '#123456']
	])('resolvePaint(%j) for canvas', (paint, style: Record<string, string>, expected) => {
		expect(resolvePaint(paint, (name) => style[name] ?? '')).toBe(expected);
	});
});
