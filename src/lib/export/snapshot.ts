/**
 * The timeline as a picture for a slide: its SVG and canvas layers copied into one standalone
 * SVG, with the styles that the page's stylesheets gave them written onto each element and a
 * font embedded, so the file looks the same anywhere; and a PNG drawn from that SVG.
 */
import fontUrl from '@fontsource-variable/atkinson-hyperlegible-next/files/atkinson-hyperlegible-next-latin-wght-normal.woff2?url';
import { saveFile } from './save-file';

const SVG_NS = 'http://www.w3.org/2000/svg';
const FONT = 'Atkinson Hyperlegible Next';

/** What stylesheets set on the timeline's shapes and text; everything else is in attributes. */
export const STYLED = [
	'fill',
	'fill-opacity',
	'stroke',
	'stroke-width',
	'stroke-dasharray',
	'stroke-opacity',
	'stroke-linejoin',
	'paint-order',
	'opacity',
	'font-size',
	'font-weight',
	'font-style',
	'letter-spacing',
	'text-transform',
	'text-anchor',
	'dominant-baseline',
	'visibility',
	'display'
] as const;

/** Attributes for the page's interaction and scripts, which a picture does not need. */
const DROPPED = /^(class|tabindex|role|aria-.*|data-(?!event$).*|on.*)$/;

/** The layers to copy: SVGs and canvases inside `root`, outermost only, that have a size. */
export function timelineLayers(root: Element): (SVGSVGElement | HTMLCanvasElement)[] {
	return [...root.querySelectorAll<SVGSVGElement | HTMLCanvasElement>('svg, canvas')].filter(
		(el) => !el.parentElement?.closest('svg') && el.getBoundingClientRect().width > 0
	);
}

function inlineStyles(from: Element, to: Element) {
	const computed = getComputedStyle(from);
	const style = STYLED.map((p) => `${p}:${computed.getPropertyValue(p)}`).join(';');
	for (const a of [...to.attributes]) if (DROPPED.test(a.name)) to.removeAttribute(a.name);
	to.setAttribute('style', style);
	for (let i = 0; i < from.children.length; i++) inlineStyles(from.children[i]!, to.children[i]!);
}

async function fontFace(): Promise<string> {
	const bytes = new Uint8Array(await (await fetch(fontUrl)).arrayBuffer());
	let binary = '';
	for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
	return `@font-face{font-family:'${FONT}';font-weight:200 800;src:url(data:font/woff2;base64,${btoa(binary)}) format('woff2')}`;
}

export interface Snapshot {
	svg: string;
	width: number;
	height: number;
}

/** A standalone SVG of the layers in `root`, under a caption line. */
export async function snapshotSvg(root: Element, caption: string): Promise<Snapshot> {
	const layers = timelineLayers(root);
	if (!layers.length) throw new Error('there is no timeline on this page to export');
	const boxes = layers.map((l) => l.getBoundingClientRect());
	const left = Math.min(...boxes.map((b) => b.left));
	const top = Math.min(...boxes.map((b) => b.top));
	const width = Math.ceil(Math.max(...boxes.map((b) => b.right)) - left);
	// The caption grows with the picture, so that it stays legible when the picture fills a slide.
	const captionSize = Math.round(Math.max(16, width / 70));
	const CAPTION = captionSize * 2;
	const height = Math.ceil(Math.max(...boxes.map((b) => b.bottom)) - top) + CAPTION;
	const page = getComputedStyle(root);
	const colour = (name: string, fallback: string) => page.getPropertyValue(name).trim() || fallback;

	const out = document.createElementNS(SVG_NS, 'svg');
	out.setAttribute('xmlns', SVG_NS);
	for (const [k, v] of Object.entries({ width, height, viewBox: `0 0 ${width} ${height}` })) out.setAttribute(k, String(v));
	const style = document.createElementNS(SVG_NS, 'style');
	style.textContent = `${await fontFace()}text{font-family:'${FONT}',system-ui,sans-serif}`;
	const background = document.createElementNS(SVG_NS, 'rect');
	for (const [k, v] of Object.entries({ width, height, fill: colour('--bg', '#ffffff') })) background.setAttribute(k, String(v));
	const title = document.createElementNS(SVG_NS, 'text');
	const titleAttrs = { x: 8, y: Math.round(captionSize * 1.4), fill: colour('--fg', '#1d2433'), 'font-size': captionSize, 'font-weight': 700 };
	for (const [k, v] of Object.entries(titleAttrs)) title.setAttribute(k, String(v));
	title.textContent = caption;
	out.append(style, background, title);

	layers.forEach((layer, i) => {
		const x = boxes[i]!.left - left;
		const y = boxes[i]!.top - top + CAPTION;
		if (layer instanceof HTMLCanvasElement) {
			const image = document.createElementNS(SVG_NS, 'image');
			const attrs = { x, y, width: boxes[i]!.width, height: boxes[i]!.height, href: layer.toDataURL('image/png') };
			for (const [k, v] of Object.entries(attrs)) image.setAttribute(k, String(v));
			out.append(image);
			return;
		}
		const copy = layer.cloneNode(true) as SVGSVGElement;
		inlineStyles(layer, copy);
		// Drawn at the size it has on screen, which CSS zoom (as on the projector) may have scaled.
		if (!copy.hasAttribute('viewBox')) copy.setAttribute('viewBox', `0 0 ${layer.width.baseVal.value} ${layer.height.baseVal.value}`);
		const attrs = { x, y, width: boxes[i]!.width, height: boxes[i]!.height };
		for (const [k, v] of Object.entries(attrs)) copy.setAttribute(k, String(v));
		out.append(copy);
	});
	return { svg: new XMLSerializer().serializeToString(out), width, height };
}

/** The snapshot drawn at `scale` device pixels per CSS pixel: sharp on a projector. */
export async function snapshotPng({ svg, width, height }: Snapshot, scale = 2): Promise<Blob> {
	const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
	try {
		const image = new Image();
		image.src = url;
		await image.decode();
		const canvas = document.createElement('canvas');
		canvas.width = width * scale;
		canvas.height = height * scale;
		const context = canvas.getContext('2d')!;
		context.scale(scale, scale);
		context.drawImage(image, 0, 0, width, height);
		return await new Promise((ok, fail) => canvas.toBlob((b) => (b ? ok(b) : fail(new Error('the PNG could not be drawn'))), 'image/png'));
	} finally {
		URL.revokeObjectURL(url);
	}
}

/** Saves the timeline in `root` as `<name>.svg` or `.png`; returns what happened, for a status line. */
export async function exportTimeline(root: Element, caption: string, kind: 'svg' | 'png', name: string): Promise<string> {
	const file = `${name}.${kind}`;
	try {
		const shot = await snapshotSvg(root, caption);
		saveFile(kind === 'svg' ? new Blob([shot.svg], { type: 'image/svg+xml' }) : await snapshotPng(shot), file);
		return `Saved ${file}`;
	} catch (e) {
		return `Could not export ${file}: ${(e as Error).message}`;
	}
}
