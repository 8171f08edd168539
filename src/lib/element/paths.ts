/**
 * Stands in for SvelteKit's $app/paths in the standalone element: links to the article reader
 * lead to the site that served the script (<site>/element/event-timeline.js).
 */
export const base = new URL(/* @vite-ignore */ '..', import.meta.url).href.replace(/\/$/, '');
export const assets = base;
