/**
 * W3C selectors count code points; JavaScript strings count UTF-16 units. These convert
 * between the two so that an astral character (an emoji, a rare CJK ideograph) never
 * shifts an anchor.
 */
export interface CodePointText {
	text: string;
	/** Length in code points. */
	length: number;
	toUnit(point: number): number;
	toPoint(unit: number): number;
	/** The code points [start, end) as a string. */
	slice(start: number, end: number): string;
}

export function codePointText(text: string): CodePointText {
	if (!/[\uD800-\uDFFF]/.test(text)) {
		return {
			text,
			length: text.length,
			toUnit: (p) => p,
			toPoint: (u) => u,
			slice: (s, e) => text.slice(s, e)
		};
	}
	const units: number[] = [];
	let unit = 0;
	for (const ch of text) {
		units.push(unit);
		unit += ch.length;
	}
	units.push(unit);
	const toUnit = (p: number) => units[Math.max(0, Math.min(p, units.length - 1))]!;
	const toPoint = (u: number) => {
		let lo = 0;
		let hi = units.length - 1;
		while (lo < hi) {
			const mid = (lo + hi + 1) >> 1;
			if (units[mid]! <= u) lo = mid;
			else hi = mid - 1;
		}
		return lo;
	};
	return {
		text,
		length: units.length - 1,
		toUnit,
		toPoint,
		slice: (s, e) => text.slice(toUnit(s), toUnit(e))
	};
}

/** A text in quotation marks for a message, cut to `max` code points so a surrogate pair stays whole. */
export function quoted(text: string, max = 60): string {
	const points = [...text];
	return `"${points.length > max ? points.slice(0, max - 3).join('') + '…' : text}"`;
}
