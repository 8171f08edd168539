/**
 * `check:data --fix`: re-finds the quotes of an event or review file in the articles as they
 * now stand and rewrites only the numbers that moved, so a hand-formatted file keeps its layout.
 */
import { reanchorQuote } from '$lib/corpus/reanchor';
import type { CodePointText } from '$lib/corpus/codepoints';
import { editJson, fieldName, type Path } from './json-source';
import type { Source, TextPositionSelector } from './schema';
import type { DataFile } from './issues';

/**
 * Re-finds every quote in one event file and rewrites the positions that moved or are
 * missing. Edits the text in place so that nothing else in the file changes, not even
 * its layout.
 */
export function fixAnchors(
	f: DataFile,
	texts: Map<string, CodePointText>
): { text: string; changes: string[] } | undefined {
	let raw: unknown;
	try {
		raw = JSON.parse(f.text);
	} catch {
		return undefined;
	}
	const edits: { path: Path; value: unknown }[] = [];
	const changes: string[] = [];
	const visit = (node: unknown, path: Path) => {
		if (Array.isArray(node)) return node.forEach((n, i) => visit(n, [...path, i]));
		if (!node || typeof node !== 'object') return;
		const o = node as Record<string, unknown>;
		const quote = o.quote as { exact?: unknown; prefix?: unknown; suffix?: unknown } | undefined;
		const text = typeof o.article === 'string' ? texts.get(o.article) : undefined;
		if (text && quote && typeof quote.exact === 'string') {
			const found = reanchorQuote(text, quote as Source['quote']);
			const old =
				o.position && typeof o.position === 'object' && !Array.isArray(o.position)
					? (o.position as { start?: unknown; end?: unknown })
					: undefined;
			if (!found.ok) return;
			const { start, end } = found.span;
			// A fuzzy match stores the passage as it now stands, and the score it matched with.
			if (found.moved)
				edits.push({ path: [...path, 'quote'], value: found.moved.quote }, { path: [...path, 'score'], value: found.moved.score });
			if (old?.start === start && old?.end === end && !found.moved) return;
			const at = [...path, 'position'];
			// Only the numbers change, so a position written on one line stays on one line.
			if (old) edits.push({ path: [...at, 'start'], value: start }, { path: [...at, 'end'], value: end });
			else {
				const position: TextPositionSelector = { type: 'TextPositionSelector', start, end };
				edits.push({ path: at, value: position });
			}
			changes.push(
				`${fieldName(path)}: ${old ? `${old.start}–${old.end}` : 'none'} → ${start}–${end}` +
					(found.moved ? ` (re-anchored with score ${found.moved.score})` : '')
			);
			return;
		}
		for (const [k, v] of Object.entries(o)) visit(v, [...path, k]);
	};
	visit(raw, []);
	if (!changes.length) return undefined;
	return { text: editJson(f.text, edits), changes };
}
