import { describe, expect, it } from 'vitest';
import { event, timed } from '$lib/test/events';
import { FIGURE, MARK, figureSvg, layoutFigure, sourceLines, textWidth, type FigureInput } from './figure';

const articles = new Map([
	['a1', { headline: 'Isis claims Westminster attack', publisher: 'The Independent', published: '2017-03-23' }],
	['a2', { headline: 'Another', publisher: 'BBC', published: '2017-03-24' }]
]);
// Events close together in time with long titles: labels that must go to rows of their own.
const events = timed(
	event('attack', '2017-03-22', { title: 'Car driven into pedestrians on Westminster Bridge' }),
	event('stabbing', '2017-03-22', { title: 'PC Keith Palmer fatally stabbed' }),
	event('shot', '2017-03-22', { title: 'Khalid Masood shot dead', kind: 'death' }),
	event('claim', '2017-03-23', { title: 'Isis claims Westminster attack', kind: 'claim' }),
	event('calls', '2014-09/2016-05', { title: "Al-Adnani's calls for attacks in home countries", kind: 'call-to-action' })
);
const input: FigureInput = { title: 'Why Isis claimed the Westminster attack', subtitle: 'Step 3', events, articles, site: 'https://example.org/timeline/', width: 1000 };

describe('layoutFigure', () => {
	const f = layoutFigure(input);

	it('labels every event, each label clear of the others in its row', () => {
		expect(f.marks.map((m) => m.event.id).sort()).toEqual(events.map((e) => e.id).sort());
		expect(f.marks.every((m) => m.showLabel)).toBe(true);
		const box = (m: (typeof f.marks)[number]) => {
			const w = textWidth(m.event.title, FIGURE.label);
			const [a, b] = m.labelAnchor === 'start' ? [m.labelX, m.labelX + w] : [m.labelX - w, m.labelX];
			return [Math.min(a, m.x0 - MARK.radius), Math.max(b, m.x1 + MARK.radius)] as const;
		};
		for (const a of f.marks)
			for (const b of f.marks)
				if (a !== b && a.row === b.row) {
					const [a0, a1] = box(a);
					const [b0, b1] = box(b);
					expect(a1 <= b0 || b1 <= a0, `${a.event.id} and ${b.event.id} overlap`).toBe(true);
				}
	});

	it('keeps every label inside the figure', () => {
		for (const m of f.marks) {
			const w = textWidth(m.event.title, FIGURE.label);
			const [a, b] = m.labelAnchor === 'start' ? [m.labelX, m.labelX + w] : [m.labelX - w, m.labelX];
			expect(a).toBeGreaterThanOrEqual(0);
			expect(b).toBeLessThanOrEqual(f.width);
		}
	});

	it('grows as tall as its rows, with the rows between the axis and the source line', () => {
		const rows = Math.max(...f.marks.map((m) => m.row)) + 1;
		expect(f.plot.bottom - f.plot.top).toBe(rows * FIGURE.row);
		expect(f.marks.every((m) => m.y > f.plot.top && m.y < f.plot.bottom)).toBe(true);
		expect(f.source.y).toBeGreaterThan(f.plot.bottom);
		expect(f.height).toBeGreaterThan(f.source.y);
	});

	it('has a legend of the kinds shown, in the timeline’s order', () => {
		expect(f.legend.map((l) => l.label)).toEqual(['Call to action', 'Attack', 'Claim', 'Death']);
	});

	it('wraps the legend within the width', () => {
		const narrow = layoutFigure({ ...input, width: 320 });
		expect(narrow.legend.every((l) => l.x + textWidth(l.label, FIGURE.legend) + 20 <= 320)).toBe(true);
		expect(new Set(narrow.legend.map((l) => l.y)).size).toBeGreaterThan(1);
	});

	it('shows only events in the range given, on an axis of that range', () => {
		const march = layoutFigure({ ...input, range: [Date.UTC(2017, 2, 1), Date.UTC(2017, 3, 1)] });
		expect(march.marks.map((m) => m.event.id)).not.toContain('calls');
		expect(march.ticks.length).toBeGreaterThanOrEqual(3);
		expect(march.ticks.every((t) => !/:/.test(t.label))).toBe(true);
	});
});

describe('sourceLines', () => {
	it.each([
		[['attack'], 'Source: “Isis claims Westminster attack”, The Independent, 23 March 2017.'],
		[['attack', 'other'], 'Sources: 2 articles, from The Independent, BBC.']
	])('for articles %j reads %j, then the site', (ids, first) => {
		const es = ids.map((id, i) => timed(event(id, '2017-03-22', { sources: [{ ...events[0]!.sources[0]!, article: `a${i + 1}` }] }))[0]!);
		expect(sourceLines(es, articles, 'https://example.org/')).toEqual([first, 'Every event links to the passage it comes from: https://example.org/']);
	});
});

describe('figureSvg', () => {
	const svg = figureSvg(layoutFigure({ ...input, title: 'Tom & Jerry <script>' }), '@font-face{}');

	it('is a standalone SVG with the title escaped, the style, a legend and the source', () => {
		expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="1000" height="\d+"/);
		expect(svg).toContain('Tom &amp; Jerry &lt;script&gt;');
		expect(svg).toContain('<style>@font-face{}</style>');
		expect(svg).toContain('data-part="legend"');
		expect(svg).toContain('The Independent, 23 March 2017');
	});

	it('draws a group with a label for every event', () => {
		for (const e of events) expect(svg).toMatch(new RegExp(`<g data-event="${e.id}">.*?<text [^>]*>${e.title.replace(/'/g, '&apos;')}</text></g>`));
	});
});
