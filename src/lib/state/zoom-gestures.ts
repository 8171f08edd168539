/**
 * d3-zoom as a gesture reader: wheel, drag and pinch are turned into moves of the view's
 * owner. d3-zoom's transform only ever describes the current gesture relative to the view at
 * its start, and goes back to identity when the gesture ends, so it holds no view of its own.
 */
import { select, zoom, zoomIdentity, type ZoomTransform } from 'd3';
import type { TimeScale } from '$lib/timeline/scales';
import type { TimelineView } from './timeline.svelte';

/** An attachment for the timeline's surface. */
export function zoomGestures(view: TimelineView) {
	return (node: SVGSVGElement) => {
		let from: TimeScale | undefined;
		const behaviour = zoom<SVGSVGElement, unknown>()
			.scaleExtent([0, Infinity])
			// The owner's limits, expressed as the transform that reaches them, so a reversed gesture responds at once.
			.constrain((t) => {
				if (!from) return t;
				const [v0, v1] = view.gestureUnits(from, t);
				const [r0, r1] = from.range() as [number, number];
				const [p0, p1] = [from.xOfUnit(v0), from.xOfUnit(v1)];
				const k = (r1 - r0) / (p1 - p0);
				return zoomIdentity.translate(r0 - k * p0, 0).scale(k);
			})
			.on('start', () => {
				view.stop();
				from = view.scale;
			})
			.on('zoom', (e: { transform: ZoomTransform }) => {
				if (from) view.gesture(from, e.transform);
			})
			.on('end', () => {
				from = undefined;
				select(node).property('__zoom', zoomIdentity);
			});
		select(node).call(behaviour).on('dblclick.zoom', null);
		return () => {
			select(node).on('.zoom', null);
		};
	};
}
