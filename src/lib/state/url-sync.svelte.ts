/**
 * Keeps an explorer's view and the page URL in step: the URL is read once when the page
 * mounts (validated, with a reason for every parameter dropped), then follows the view.
 */
import { onMount } from 'svelte';
import { replaceState } from '$app/navigation';
import { page } from '$app/state';
import type { Explorer } from './explorer.svelte';
import { parseView, serializeView, type ParsedView } from './url';

/** Applies a URL's view to the explorer; an event it names that the corpus lacks joins the problems. */
export function restoreView(explorer: Explorer, params: URLSearchParams): ParsedView {
	const parsed = parseView(params);
	const event = parsed.view.event;
	const unknown = event && !explorer.byId.has(event) ? [`ignored event=${event}: no such event in this corpus`] : [];
	explorer.view = parsed.view;
	return { ...parsed, problems: [...parsed.problems, ...unknown] };
}

export function syncUrl(explorer: () => Explorer): { readonly problems: string[]; dismiss(): void } {
	let problems = $state<string[]>([]);
	let restored = $state(false);

	onMount(() => {
		problems = restoreView(explorer(), new URLSearchParams(location.search)).problems;
		restored = true;
	});

	$effect(() => {
		if (!restored) return;
		const query = serializeView(explorer().view).toString();
		// Debounced: zooming changes the view every frame, the address bar need not.
		const timer = setTimeout(() => {
			const url = new URL(location.href);
			url.search = query;
			if (url.href !== location.href) replaceState(url, page.state);
		}, 150);
		return () => clearTimeout(timer);
	});

	return {
		get problems() {
			return problems;
		},
		dismiss() {
			problems = [];
		}
	};
}
