/**
 * Connects an explorer shown in a frame to its host page: applies the messages of allowed
 * origins (see messages.ts) and announces the selection and the view as they change.
 */
import type { Explorer } from './explorer.svelte';
import { originAllowed, parseMessage, patchFilters, PREFIX, viewMessage, type Inbound, type Outbound } from './messages';

function apply(explorer: Explorer, m: Inbound) {
	switch (m.type) {
		case `${PREFIX}select`:
			if (m.event === null) explorer.selectedId = undefined;
			else if (explorer.byId.has(m.event)) explorer.select(m.event);
			else return `${m.type}: no event "${m.event}" in this corpus`;
			return;
		case `${PREFIX}filters`:
			explorer.applyFilters(patchFilters(explorer.filters, m.filters));
			return;
		case `${PREFIX}range`:
			explorer.showRange(m.range ?? undefined, true);
			return;
		case `${PREFIX}layout`:
			if (m.lanes) explorer.lanes = m.lanes;
			if (m.scale) explorer.scale = m.scale;
			if (m.relations) explorer.allRelations = m.relations === 'all';
	}
}

/**
 * Call from a component once the explorer's view is restored (`ready` turns true). `origins`
 * lists the other origins allowed to drive it; its own origin always may.
 */
export function bridgeMessages(explorer: () => Explorer, origins: () => readonly string[], ready: () => boolean) {
	const framed = () => typeof window !== 'undefined' && window.parent !== window;

	/**
	 * postMessage delivers only to a target whose origin matches, so a view never reaches an
	 * unlisted host. Where the browser names the host's origin, only that one is tried, which
	 * spares the host's console a warning for each of the others.
	 */
	const announce = (message: Outbound) => {
		if (!framed()) return;
		const parent = location.ancestorOrigins?.[0];
		for (const origin of new Set([location.origin, ...origins()]))
			if (!parent || origin === parent) window.parent.postMessage(message, origin);
	};

	$effect(() => {
		if (!ready()) return;
		const allowed = origins();
		const onmessage = (e: MessageEvent) => {
			const parsed = parseMessage(e.data);
			if (parsed.kind === 'foreign') return;
			if (!originAllowed(e.origin, location.origin, allowed)) {
				// A warning, not an error: the embedding page's author needs to know why nothing happens.
				console.warn(`event-timeline: ignored a message from ${e.origin}: that origin is not in origins=`);
				return;
			}
			const error = parsed.kind === 'invalid' ? parsed.error : apply(explorer(), parsed.message);
			if (!error) return;
			console.warn(`event-timeline: ${error}`);
			(e.source as Window | null)?.postMessage({ type: `${PREFIX}error`, message: error } satisfies Outbound, { targetOrigin: e.origin });
		};
		addEventListener('message', onmessage);
		announce({ type: `${PREFIX}ready`, view: viewMessage(explorer().view), events: explorer().events.length });
		return () => removeEventListener('message', onmessage);
	});

	$effect(() => {
		if (!ready()) return;
		const { selectedId, selected } = explorer();
		announce({ type: `${PREFIX}selected`, event: selectedId ?? null, title: selected?.title ?? null });
	});

	$effect(() => {
		if (!ready()) return;
		const message: Outbound = { type: `${PREFIX}view`, view: viewMessage(explorer().view), shown: explorer().visible.length };
		// Zooming changes the view every frame; the host hears of it once the view settles.
		const timer = setTimeout(() => announce(message), 150);
		return () => clearTimeout(timer);
	});
}
