/**
 * Colours and labels of event kinds. The hues follow the Okabe–Ito palette, moved in lightness
 * so that every kind reaches 3:1 against the lanes (WCAG 1.4.11): no one set of eleven hues
 * can do that on light and dark lanes at once, so dark themes have their own set. Both stay
 * apart for readers with colour-vision deficiencies (kinds.test.ts checks every pair under
 * simulated protanopia, deuteranopia and tritanopia, and the contrast in every theme).
 * Marks read `var(--kind-…)`, which theme.css sets from these tables, so a mark takes its
 * theme's colour wherever it is drawn; outside a themed page the light colour is the fallback.
 */
import { EVENT_KINDS, type EventKind } from '$lib/model/schema';

export const KIND_COLOUR: Record<EventKind, string> = {
	attack: '#c8321e',
	claim: '#b4477f',
	'propaganda-release': '#8a6a00',
	'call-to-action': '#6a1b7a',
	death: '#333333',
	'military-operation': '#005a9c',
	meeting: '#2f7fb5',
	investigation: '#00805c',
	conviction: '#4e3b2a',
	statement: '#4a4a4a',
	other: '#808080'
};

/** The same kinds on dark lanes: lighter, in the same order of hues. */
export const KIND_COLOUR_DARK: Record<EventKind, string> = {
	attack: '#ff7a33',
	claim: '#e58fc0',
	'propaganda-release': '#f0b400',
	'call-to-action': '#cc99ff',
	death: '#c8c8c8',
	'military-operation': '#3d8fe6',
	meeting: '#8fd3ff',
	investigation: '#2fc79a',
	conviction: '#c9a66b',
	statement: '#808080',
	other: '#e8e8e8'
};

/** The paint of a kind as SVG and CSS take it: the theme's colour, or the light one. */
export const kindPaint = (kind: EventKind): string => `var(--kind-${kind}, ${KIND_COLOUR[kind]})`;

/**
 * A paint as canvas takes it: canvas does not read `var()`, so the variable is looked up in
 * the element's computed style (`read`), falling back as CSS would.
 */
export function resolvePaint(paint: string, read: (name: string) => string): string {
	const m = /^var\((--[\w-]+),\s*([^)]+)\)$/.exec(paint);
	return m ? read(m[1]!).trim() || m[2]!.trim() : paint;
}

export const KIND_LABEL: Record<EventKind, string> = Object.fromEntries(
	EVENT_KINDS.map((k) => [k, k[0]!.toUpperCase() + k.slice(1).replace(/-/g, ' ')])
) as Record<EventKind, string>;

/** Lanes by kind follow the story's order: calls and propaganda lead to attacks and claims. */
export const KIND_ORDER: readonly EventKind[] = [
	'call-to-action',
	'propaganda-release',
	'attack',
	'claim',
	'death',
	'investigation',
	'conviction',
	'military-operation',
	'meeting',
	'statement',
	'other'
];
