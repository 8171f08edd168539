/**
 * What an embed shows in a frame of a given size, so that it fits without scrolling: a frame
 * the size of a postcard has room for the timeline alone, in one lane; a frame the size of
 * an article's column adds the toolbar; anything larger gets the explorer's lanes.
 */
import type { LaneKey } from '$lib/timeline/lanes';

export interface EmbedLayout {
	/** Whether the toolbar (zoom buttons, lanes, scale, legend) is shown. */
	toolbar: boolean;
	/** Lanes to use unless the URL names some: one lane where several would not fit. */
	lanes?: LaneKey;
	/** Pixels the timeline may take (the Timeline's `height`). */
	timelineHeight: number;
}

/** The embed's own line above the timeline: the count and the link out. */
export const EMBED_BAR = 28;
/** The Timeline/Table switch and the toolbar, as tall as they draw at their widest; a compact frame shows neither. */
const SWITCH = 34;
const TOOLBAR = 96;

export function embedLayout(width: number, height: number): EmbedLayout {
	const toolbar = width >= 800 && height >= 560;
	const lanes: LaneKey | undefined = width < 640 || height < 480 ? 'none' : undefined;
	return { toolbar, lanes, timelineHeight: Math.max(0, height - EMBED_BAR - (toolbar ? SWITCH + TOOLBAR : 0)) };
}
