/**
 * The timeline as a figure to publish, built from the events and not from the screen: a
 * title, a legend of the kinds shown, every event marked and labelled (rows are added until
 * every label fits), an axis, and a source line naming the articles and the site. Pure: the
 * layout is data, and the SVG is a string, so both are tested without a browser.
 */
import type { Article } from '$lib/model/schema';
import type { TimedEvent } from '$lib/model/timed';
import { axisTicks, type Tick } from '$lib/timeline/axis';
import { itemsFromEvents } from '$lib/timeline/items';
import { KIND_COLOUR, KIND_LABEL, KIND_ORDER } from '$lib/timeline/kinds';
import { layoutMarks, type Mark } from '$lib/timeline/layout';
import { markStyle } from '$lib/timeline/marks';
import { scaleFor, type ScaleKind } from '$lib/timeline/scale-kind';

export interface FigureInput {
	title: string;
	/** A line under the title, e.g. the span shown. */
	subtitle?: string;
	/** The events shown. */
	events: readonly TimedEvent[];
	/** The time range shown (ms); by default the events' own span. */
	range?: [number, number];
	scale?: ScaleKind;
	/** Articles by id, for the source line. */
	articles: ReadonlyMap<string, Pick<Article, 'headline' | 'publisher' | 'published'>>;
	/** The site's address, named under the figure. */
	site: string;
	/** Width in px. */
	width?: number;
	/** An event drawn with an outline, as the step of a briefing. */
	selected?: string;
}

export interface LegendEntry {
	label: string;
	colour: string;
	x: number;
	y: number;
}

export interface FigureLayout {
	width: number;
	height: number;
	title: { text: string; y: number };
	subtitle?: { text: string; y: number };
	legend: LegendEntry[];
	/** Where the plot's rows start and end. */
	plot: { top: number; bottom: number };
	ticks: Tick[];
	marks: (Mark & { y: number; colour: string })[];
	source: { lines: string[]; y: number };
	selected?: string;
}

/** Type sizes (px) and spacing of the figure. */
export const FIGURE = { margin: 24, title: 26, subtitle: 16, label: 14, axis: 13, legend: 14, source: 12, row: 30 } as const;
/** The figure's marks have the timeline's geometry at the figure's label size. */
export const MARK = markStyle(FIGURE.label);

/** About the width of a character of Atkinson Hyperlegible Next, as a share of its size: generous, so labels never collide. */
const CHAR_EM = 0.58;
export const textWidth = (text: string, size: number) => Math.ceil(text.length * size * CHAR_EM);

const longDay = (iso: string) => new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** The source line: the article, publisher and date, or the publishers of several; then the site. */
export function sourceLines(events: readonly TimedEvent[], articles: FigureInput['articles'], site: string): string[] {
	const ids = [...new Set(events.flatMap((e) => e.sources.map((s) => s.article)))];
	const known = ids.flatMap((id) => articles.get(id) ?? []);
	const lines =
		known.length === 1
			? [`Source: “${known[0]!.headline}”, ${known[0]!.publisher}, ${longDay(known[0]!.published)}.`]
			: known.length > 1
				? [`Sources: ${known.length} articles, from ${[...new Set(known.map((a) => a.publisher))].join(', ')}.`]
				: [];
	return [...lines, `Every event links to the passage it comes from: ${site}`];
}

export function layoutFigure(input: FigureInput): FigureLayout {
	const width = input.width ?? 1200;
	const m = FIGURE.margin;
	let y = m + FIGURE.title;
	const title = { text: input.title, y };
	const subtitle = input.subtitle ? { text: input.subtitle, y: (y += FIGURE.subtitle + 8) } : undefined;

	// The legend wraps like text: one entry per kind shown, in the timeline's order of kinds.
	const kinds = KIND_ORDER.filter((k) => input.events.some((e) => e.kind === k));
	const legend: LegendEntry[] = [];
	let x = m;
	y += FIGURE.legend + 16;
	for (const k of kinds) {
		const w = 20 + textWidth(KIND_LABEL[k], FIGURE.legend) + 16;
		if (x + w > width - m && x > m) [x, y] = [m, y + FIGURE.legend + 10];
		legend.push({ label: KIND_LABEL[k], colour: KIND_COLOUR[k], x, y });
		x += w;
	}

	const axisTop = y + 16;
	const top = axisTop + FIGURE.axis + 12;
	const items = itemsFromEvents([...input.events], 'none');
	const scale = scaleFor(input.scale ?? 'linear', items, width, m + 8);
	if (input.range) scale.domain(input.range);
	const kindOf = new Map(input.events.map((e) => [e.id, e.kind]));
	// No lane is ever crowded, so every label gets a row of its own where it must.
	const { marks } = layoutMarks(items, {
		x: (t, id) => scale.xOf(t, id),
		labelWidth: (e) => textWidth(e.title, FIGURE.label),
		maxRows: Infinity,
		style: MARK,
		width,
		selected: input.selected
	});
	const rows = Math.max(1, ...marks.map((mk) => mk.row + 1));
	const placed = marks.map((mk) => ({ ...mk, showLabel: true, y: top + mk.row * FIGURE.row + FIGURE.row / 2, colour: KIND_COLOUR[kindOf.get(mk.event.id)!] }));
	const bottom = top + rows * FIGURE.row;

	const lines = sourceLines(input.events, input.articles, input.site);
	const sourceY = bottom + 16 + FIGURE.source;
	const height = Math.ceil(sourceY + (lines.length - 1) * (FIGURE.source + 6) + m);
	return {
		width,
		height,
		title,
		subtitle,
		legend,
		plot: { top, bottom },
		ticks: axisTicks(scale, { spacing: 130, bounds: [m, width - m] }).ticks.filter((t) => t.x >= m && t.x <= width - m),
		marks: placed,
		source: { lines, y: sourceY },
		selected: input.selected
	};
}

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": 'apos' }[c]};`);
const attrs = (a: Record<string, string | number | undefined>) =>
	Object.entries(a)
		.filter(([, v]) => v !== undefined)
		.map(([k, v]) => `${k}="${escape(String(v))}"`)
		.join(' ');

/** Colours of the figure: printed on white whatever the screen's theme. */
const INK = { bg: '#ffffff', fg: '#1d2433', muted: '#4a5160', grid: '#d5dae2' };

/** The figure as a standalone SVG; `style` is CSS put in its head (the embedded font). */
export function figureSvg(f: FigureLayout, style = ''): string {
	const text = (content: string, a: Record<string, string | number | undefined>) => `<text ${attrs(a)}>${escape(content)}</text>`;
	const out: string[] = [
		`<svg xmlns="http://www.w3.org/2000/svg" ${attrs({ width: f.width, height: f.height, viewBox: `0 0 ${f.width} ${f.height}` })} font-family="'Atkinson Hyperlegible Next', system-ui, sans-serif">`,
		`<style>${style}</style>`,
		`<rect ${attrs({ width: f.width, height: f.height, fill: INK.bg })}/>`,
		text(f.title.text, { x: FIGURE.margin, y: f.title.y, 'font-size': FIGURE.title, 'font-weight': 700, fill: INK.fg })
	];
	if (f.subtitle) out.push(text(f.subtitle.text, { x: FIGURE.margin, y: f.subtitle.y, 'font-size': FIGURE.subtitle, fill: INK.muted }));
	out.push('<g data-part="legend">');
	for (const l of f.legend) {
		out.push(`<circle ${attrs({ cx: l.x + 7, cy: l.y - FIGURE.legend / 3, r: 7, fill: l.colour })}/>`);
		out.push(text(l.label, { x: l.x + 20, y: l.y, 'font-size': FIGURE.legend, fill: INK.fg }));
	}
	out.push('</g><g data-part="axis">');
	for (const t of f.ticks) {
		out.push(`<line ${attrs({ x1: t.x, x2: t.x, y1: f.plot.top - 4, y2: f.plot.bottom, stroke: INK.grid })}/>`);
		out.push(text(t.label, { x: t.x, y: f.plot.top - 10, 'font-size': FIGURE.axis, fill: INK.muted, 'text-anchor': 'middle' }));
	}
	out.push('</g><g data-part="events">');
	for (const mk of f.marks) {
		const outline = mk.event.id === f.selected ? { stroke: INK.fg, 'stroke-width': 2.5 } : {};
		// A label inside its bar reads on a pale tint of the bar; one beside its mark on a halo of the background.
		const inside = !mk.point && mk.labelAnchor === 'start' && mk.labelX < mk.x1;
		const shape = mk.point
			? `<circle ${attrs({ cx: mk.x0, cy: mk.y, r: MARK.radius, fill: mk.colour, ...outline })}/>`
			: inside
				? `<rect ${attrs({ x: mk.x0, y: mk.y - FIGURE.label * 0.8, width: mk.x1 - mk.x0, height: FIGURE.label * 1.6, rx: 3, fill: mk.colour, 'fill-opacity': 0.25, ...outline })}/><rect ${attrs({ x: mk.x0, y: mk.y + FIGURE.label * 0.8 - 3, width: mk.x1 - mk.x0, height: 3, fill: mk.colour })}/>`
				: `<rect ${attrs({ x: mk.x0, y: mk.y - MARK.radius, width: Math.max(mk.x1 - mk.x0, 2), height: 2 * MARK.radius, rx: 3, fill: mk.colour, ...outline })}/>`;
		const halo = inside ? {} : { stroke: INK.bg, 'stroke-width': 4, 'paint-order': 'stroke', 'stroke-linejoin': 'round' };
		const label = text(mk.event.title, {
			x: mk.labelX,
			y: mk.y + FIGURE.label / 3,
			'font-size': FIGURE.label,
			'font-weight': mk.event.id === f.selected ? 700 : 400,
			fill: INK.fg,
			...halo,
			'text-anchor': mk.labelAnchor
		});
		out.push(`<g ${attrs({ 'data-event': mk.event.id })}>${shape}${label}</g>`);
	}
	out.push('</g><g data-part="source">');
	f.source.lines.forEach((line, i) => out.push(text(line, { x: FIGURE.margin, y: f.source.y + i * (FIGURE.source + 6), 'font-size': FIGURE.source, fill: INK.muted })));
	out.push('</g></svg>');
	return out.join('');
}
