/**
 * Saves a figure (figure.ts) as a file to publish: an SVG with its font embedded, so it looks
 * the same anywhere, or a PNG drawn from that SVG at twice its size.
 */
import fontUrl from '@fontsource-variable/atkinson-hyperlegible-next/files/atkinson-hyperlegible-next-latin-wght-normal.woff2?url';
import { figureSvg, layoutFigure, type FigureInput } from './figure';
import { saveFile } from './save-file';

const FONT = 'Atkinson Hyperlegible Next';

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

/** The figure as a standalone SVG, its font embedded. */
export async function figureSnapshot(input: FigureInput): Promise<Snapshot> {
	const layout = layoutFigure(input);
	return { svg: figureSvg(layout, await fontFace()), width: layout.width, height: layout.height };
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

/** Saves the figure as `<name>.svg` or `.png`; returns what happened, for a status line. */
export async function exportFigure(input: FigureInput, kind: 'svg' | 'png', name: string): Promise<string> {
	const file = `${name}.${kind}`;
	try {
		const shot = await figureSnapshot(input);
		saveFile(kind === 'svg' ? new Blob([shot.svg], { type: 'image/svg+xml' }) : await snapshotPng(shot), file);
		return `Saved ${file}`;
	} catch (e) {
		return `Could not export ${file}: ${(e as Error).message}`;
	}
}
