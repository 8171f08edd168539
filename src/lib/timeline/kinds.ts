/**
 * Colours and labels of event kinds. The hues come from the Okabe–Ito palette, chosen to
 * stay apart for readers with colour-vision deficiencies (kinds.test.ts checks every pair under
 * simulated protanopia, deuteranopia and tritanopia); lanes and labels separate kinds as well.
 * Calls to action are a dark purple: Okabe–Ito's dark yellow fell together with orange.
 */
import { EVENT_KINDS, type EventKind } from '$lib/model/schema';

export const KIND_COLOUR: Record<EventKind, string> = {
	attack: '#d55e00',
	claim: '#cc79a7',
	'propaganda-release': '#e69f00',
	'call-to-action': '#6a1b7a',
	death: '#444444',
	'military-operation': '#0072b2',
	meeting: '#56b4e9',
	investigation: '#009e73',
	conviction: '#8c6d31',
	statement: '#7f7f7f',
	other: '#a6a6a6'
};

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
