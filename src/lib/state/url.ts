/**
 * The explorer's view as URL parameters, so a copied link reopens the same view. The URL is
 * untrusted input: every parameter is validated, and one that fails is dropped with a reason.
 */
import { z } from 'zod';
import { firstZodIssue } from '$lib/model/issues';
import { EventKind, Id } from '$lib/model/schema';
import { LANE_KEYS, type LaneKey } from '$lib/timeline/lanes';
import { SCALE_KINDS, type ScaleKind } from '$lib/timeline/scale-kind';
import { NO_FILTERS, type Filters } from './filters';

export interface ViewState {
	filters: Filters;
	/** The selected event. */
	event?: string;
	/** The visible time range in ms (UTC). */
	range?: [number, number];
	lanes: LaneKey;
	scale: ScaleKind;
	/** Whether every relation is drawn, not only the selected event's. */
	relations: boolean;
}

export const DEFAULT_VIEW: ViewState = { filters: NO_FILTERS, lanes: 'kind', scale: 'linear', relations: false };

export const THEMES = ['light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

/** How an embed shows its view: the explorer reads these parameters but keeps none of them. */
export interface EmbedOptions {
	theme: Theme;
	/** Whether the filter panel is shown; an embed shows only its chosen view unless asked. */
	filters: boolean;
	/** Other origins allowed to drive the embed by postMessage; its own origin always is. */
	origins: string[];
}

export const DEFAULT_EMBED: EmbedOptions = { theme: 'light', filters: false, origins: [] };

/** An origin exactly as `location.origin` gives it: scheme, host and port, nothing more. */
export const Origin = z
	.string()
	.refine((s) => URL.canParse(s) && /^https?:$/.test(new URL(s).protocol) && new URL(s).origin === s, {
		message: 'an origin like https://example.org, with no path or trailing slash'
	});

const list = <T extends z.ZodType>(item: T) =>
	z.string().transform((s, ctx) => {
		const out: z.infer<T>[] = [];
		for (const part of s.split(',').filter(Boolean)) {
			const r = item.safeParse(part);
			if (r.success) out.push(r.data);
			else ctx.addIssue({ code: 'custom', message: `"${part}" is not valid` });
		}
		return out;
	});

/** An ISO day or date-time, as ms since the epoch (UTC). */
export const instant = z.union([z.iso.datetime(), z.iso.date()]).transform((s) => Date.parse(s.length === 10 ? `${s}T00:00:00Z` : s));
const range = z
	.string()
	.transform((s) => s.split('/'))
	.pipe(z.tuple([instant, instant]))
	.refine(([a, b]) => b > a, 'the range must end after it starts');

const PARAMS = {
	kinds: list(EventKind),
	actors: list(Id),
	/** 0 keeps an actor filter to the events naming the actors, without those linked to them. */
	linked: z.enum(['0', '1']),
	articles: list(Id),
	from: z.iso.date(),
	to: z.iso.date(),
	q: z.string().max(200),
	event: Id,
	view: range,
	lanes: z.enum(LANE_KEYS),
	scale: z.enum(SCALE_KINDS),
	relations: z.enum(['all', 'selected']),
	theme: z.enum(THEMES),
	filters: z.enum(['0', '1']),
	origins: list(Origin)
};

export interface ParsedView {
	view: ViewState;
	embed: EmbedOptions;
	/** One line per parameter that was ignored, naming it and why. */
	problems: string[];
}

export function parseView(params: URLSearchParams): ParsedView {
	const problems: string[] = [];
	const got: { [K in keyof typeof PARAMS]?: z.infer<(typeof PARAMS)[K]> } = {};
	for (const [name, schema] of Object.entries(PARAMS)) {
		const value = params.get(name);
		if (value === null) continue;
		const r = schema.safeParse(value);
		if (r.success) (got as Record<string, unknown>)[name] = r.data;
		else problems.push(`ignored ${name}=${value.slice(0, 80)}: ${firstZodIssue(r.error)}`);
	}
	for (const name of params.keys())
		if (!Object.hasOwn(PARAMS, name)) problems.push(`ignored unknown parameter "${name.slice(0, 40)}"`);
	return {
		view: {
			filters: {
				kinds: got.kinds ?? [],
				actors: got.actors ?? [],
				linked: got.linked !== '0',
				articles: got.articles ?? [],
				from: got.from,
				to: got.to,
				q: got.q ?? ''
			},
			event: got.event,
			range: got.view as [number, number] | undefined,
			lanes: got.lanes ?? 'kind',
			scale: got.scale ?? 'linear',
			relations: got.relations === 'all'
		},
		embed: {
			theme: got.theme ?? DEFAULT_EMBED.theme,
			filters: got.filters ? got.filters === '1' : DEFAULT_EMBED.filters,
			origins: got.origins ?? []
		},
		problems
	};
}

const iso = (ms: number) => new Date(Math.round(ms)).toISOString();

/** Only what differs from the default view goes into the URL, in a stable order. */
export function serializeView(v: ViewState): URLSearchParams {
	const p = new URLSearchParams();
	const f = v.filters;
	if (f.kinds.length) p.set('kinds', f.kinds.join(','));
	if (f.actors.length) p.set('actors', f.actors.join(','));
	if (!f.linked) p.set('linked', '0');
	if (f.articles.length) p.set('articles', f.articles.join(','));
	if (f.from) p.set('from', f.from);
	if (f.to) p.set('to', f.to);
	if (f.q) p.set('q', f.q);
	if (v.event) p.set('event', v.event);
	if (v.range) p.set('view', `${iso(v.range[0])}/${iso(v.range[1])}`);
	if (v.lanes !== 'kind') p.set('lanes', v.lanes);
	if (v.scale !== 'linear') p.set('scale', v.scale);
	if (v.relations) p.set('relations', 'all');
	return p;
}

/** The embed's own parameters, after the view's; only what differs from the default. */
export function serializeEmbed(v: ViewState, e: EmbedOptions): URLSearchParams {
	const p = serializeView(v);
	if (e.theme !== DEFAULT_EMBED.theme) p.set('theme', e.theme);
	if (e.filters !== DEFAULT_EMBED.filters) p.set('filters', e.filters ? '1' : '0');
	if (e.origins.length) p.set('origins', e.origins.join(','));
	return p;
}
