import { describe, expect, it } from 'vitest';
import { EMBED_BAR, embedLayout } from './embed-layout';

describe('embedLayout', () => {
	it.each([
		[320, 240, false, 'none'],
		[640, 400, false, 'none'],
		[1280, 720, true, undefined],
		[1600, 900, true, undefined]
	] as const)('in a %i×%i frame: toolbar %s, lanes %s', (w, h, toolbar, lanes) => {
		expect(embedLayout(w, h)).toMatchObject({ toolbar, lanes });
	});

	it('leaves the timeline what the frame has after the bars, never more', () => {
		for (const [w, h] of [[320, 240], [640, 400], [1280, 720], [1600, 900]] as const) {
			const { timelineHeight } = embedLayout(w, h);
			expect(timelineHeight).toBeLessThanOrEqual(h - EMBED_BAR);
			expect(timelineHeight).toBeGreaterThan(h / 2);
		}
	});
});
