// The edtf package ships no types; this declares the part of its API we use.
declare module 'edtf' {
	interface EdtfValue {
		/** Earliest instant covered, in ms since the epoch (UTC); null for an unknown bound. */
		min: number | null;
		max: number | null;
		/** 0 time, 1 year, 2 month, 3 day. */
		precision?: number;
		edtf: string;
	}
	/** The parser's result; its `type` survives minification, unlike the value's class name. */
	interface Parsed {
		type: string;
	}
	export function parse(input: string): Parsed;
	export default function edtf(input: string | Parsed): EdtfValue;
}
