/**
 * An imported event's `extra` map (fields another tool had that the model has not) as lines a
 * reader can scan: nested fields by dotted name, long values cut, links only where they are safe.
 */
import { safeHref } from './links';

export interface ExtraField {
	/** Dotted name as the file had it: "media.url". */
	name: string;
	/** The value as text, never as markup. */
	text: string;
	/** Set only for an http(s) address. */
	href?: string;
}

const MAX_TEXT = 300;
const MAX_DEPTH = 3;

const cut = (s: string) => (s.length > MAX_TEXT ? `${s.slice(0, MAX_TEXT - 1)}…` : s);

function asText(value: unknown): string {
	if (typeof value === 'string') return value;
	try {
		return JSON.stringify(value) ?? String(value);
	} catch {
		return Array.isArray(value) ? 'a list' : typeof value;
	}
}

const isPlain = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

export function extraFields(extra: Record<string, unknown> | undefined): ExtraField[] {
	const out: ExtraField[] = [];
	const walk = (name: string, value: unknown, depth: number) => {
		if (isPlain(value) && depth < MAX_DEPTH && Object.keys(value).length) {
			for (const [k, v] of Object.entries(value)) walk(name ? `${name}.${k}` : k, v, depth + 1);
			return;
		}
		const href = safeHref(value);
		out.push({ name, text: cut(asText(value)), ...(href ? { href } : {}) });
	};
	walk('', extra ?? {}, 0);
	return out.filter((f) => f.name !== '');
}
