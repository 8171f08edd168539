/**
 * What the audience's and the presenter's windows share: the briefing's state, its step in
 * the URL (?step=N, 0 for the title, so a reload keeps the place), the sync between windows, and the theme.
 */
import { onMount } from 'svelte';
import { replaceState } from '$app/navigation';
import { page } from '$app/state';
import type { Briefing } from '$lib/model/briefing';
import type { Corpus } from '$lib/model/schema';
import { Explorer } from '$lib/state/explorer.svelte';
import { pageTheme } from '$lib/state/page-theme.svelte';
import { Presentation, syncSteps } from '$lib/state/presentation.svelte';

export interface PresentData {
	corpus: Corpus;
	id: string;
	briefing: Briefing;
}

export function presentPage(data: () => PresentData) {
	const explorer = $derived(new Explorer(data().corpus));
	const presentation = $derived(new Presentation(data().briefing, explorer.byId));
	let problems = $state<string[]>([]);
	let restored = false;

	onMount(() => {
		problems = presentation.restore(new URLSearchParams(location.search));
		restored = true;
	});

	$effect(() => {
		const step = String(presentation.index);
		if (!restored) return;
		// After the current task: the router may still be starting when the first step is restored.
		const timer = setTimeout(() => {
			const url = new URL(location.href);
			url.searchParams.set('step', step);
			if (url.href !== location.href) replaceState(url, page.state);
		});
		return () => clearTimeout(timer);
	});

	syncSteps(
		() => data().id,
		() => presentation
	);

	pageTheme(() => 'contrast');

	return {
		get explorer() {
			return explorer;
		},
		get presentation() {
			return presentation;
		},
		get problems() {
			return problems;
		},
		dismiss() {
			problems = [];
		}
	};
}
