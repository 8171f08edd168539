/** The address of the site as readers should type it: its origin and base path, for source lines. */
import { base } from '$app/paths';

export const siteUrl = () => new URL(`${base}/`, location.origin).href;
