/**
 * A function of a text, remembered for up to `size` texts (then forgotten all at once): a dataset
 * of a million rows repeats a few thousand dates, and reading one takes about a millisecond;
 * ingest asks the same sentence's tagging several times in a row (`size` 1).
 */
export function memo<T>(read: (text: string) => T, size = 100_000): (text: string) => T {
	const seen = new Map<string, T>();
	return (text) => {
		let value = seen.get(text);
		if (value === undefined) {
			if (seen.size >= size) seen.clear();
			value = read(text);
			seen.set(text, value);
		}
		return value;
	};
}
