/**
 * Parses an article in the corpus's plain-text layout: headline, a "-" line, the filed date
 * (24.03.2017), a source line "Publisher (23 March 2017)", paragraphs, and a trailing
 * "Kaynak/Source:" line. A source line with the publisher alone takes the filed date, noted. Offsets are code points into the raw text, which is never altered.
 */
import { format, isValid, parse } from 'date-fns';
import { Id, type Article } from '$lib/model/schema';
import { codePointText, quoted } from './codepoints';

export class ArticleError extends Error {
	constructor(
		readonly file: string,
		readonly line: number | undefined,
		/** The message without the file and line, for reports that place it themselves. */
		readonly reason: string
	) {
		super(`${file}${line ? `:${line}` : ''}: ${reason}`);
	}
}

function isoDay(text: string, pattern: string): string | undefined {
	const date = parse(text, pattern, new Date(2000, 0, 1));
	return isValid(date) ? format(date, 'yyyy-MM-dd') : undefined;
}

/** The article id is its file name without the extension. */
export function articleId(file: string): string {
	return file
		.split(/[\\/]/)
		.pop()!
		.replace(/\.txt$/i, '');
}

/** The article, with notes on what was read in place of what the layout asks for. */
export interface ReadArticle {
	article: Article;
	notes: string[];
}

export const parseArticle = (file: string, text: string): Article => readArticle(file, text).article;

/** A publisher's name on its own line: short, and not a sentence of the text. */
const PUBLISHER_ONLY = /^[^.!?"“”]{1,80}$/;

export function readArticle(file: string, text: string): ReadArticle {
	const fail = (line: number | undefined, message: string): never => {
		throw new ArticleError(file, line, message);
	};
	const nul = text.indexOf('\0');
	if (nul >= 0)
		fail(text.slice(0, nul).split('\n').length, 'is a binary file, not a plain-text article');
	if (!text.trim()) fail(1, 'is empty');
	const id = articleId(file);
	if (!Id.safeParse(id).success)
		fail(undefined, 'the file name must be an article id of lower-case letters, digits, - or _');
	const cp = codePointText(text);
	// Lines with their code-point start offsets, blanks skipped: the layout is line-based.
	const lines: { text: string; start: number; number: number }[] = [];
	let unit = 0;
	text.split('\n').forEach((raw, i) => {
		const body = raw.replace(/\r$/, '');
		if (body.trim()) {
			const lead = body.length - body.trimStart().length;
			lines.push({ text: body.trim(), start: cp.toPoint(unit + lead), number: i + 1 });
		}
		unit += raw.length + 1;
	});
	const [headline, dash, dateLine, sourceLine, ...body] = lines;
	if (!headline) return fail(1, 'has no headline');
	// A missing line is reported at the line it should follow; a wrong one at itself.
	if (!dash) return fail(headline.number, 'expected a "-" line after the headline');
	if (dash.text !== '-')
		fail(dash.number, `expected a "-" line after the headline, found ${quoted(dash.text)}`);
	if (!dateLine) return fail(dash.number, 'has no date line (dd.mm.yyyy) after the "-" line');
	const filed = /^\d{2}\.\d{2}\.\d{4}$/.test(dateLine.text)
		? isoDay(dateLine.text, 'dd.MM.yyyy')
		: undefined;
	if (!filed)
		fail(dateLine.number, `expected the filed date as dd.mm.yyyy, found ${quoted(dateLine.text)}`);
	if (!sourceLine)
		return fail(dateLine.number, 'has no source line "Publisher (23 March 2017)" after the date line');
	// The date is the last parenthesis: a publisher may have its own, "The Times (London)".
	const dated = /^(.+?)\s*\(([^()]+)\)$/.exec(sourceLine.text);
	// A publisher line with no date ("Independent") leaves the filed date as the best there is.
	const source = dated ?? (PUBLISHER_ONLY.test(sourceLine.text) ? [sourceLine.text, sourceLine.text] : undefined);
	if (!source)
		return fail(
			sourceLine.number,
			`expected a source line "Publisher (23 March 2017)", found ${quoted(sourceLine.text)}`
		);
	const published = dated ? isoDay(dated[2]!, 'd MMMM yyyy') : filed;
	if (!published)
		fail(sourceLine.number, `cannot read the publication date "${source[2]}" (e.g. 23 March 2017)`);
	const notes = dated
		? []
		: [`${file}:${sourceLine.number}: the source line gives no publication date, so the filed date ${filed} stands for it: check it, as relative dates ("yesterday", "on Friday") count from it`];

	const end = body.findIndex((l) => /^Kaynak\/Source:/i.test(l.text));
	const paragraphs = (end < 0 ? body : body.slice(0, end)).map((l) => ({
		start: l.start,
		end: l.start + [...l.text].length
	}));
	if (paragraphs.length === 0) fail(sourceLine.number, 'has no paragraphs after the source line');
	const note = end < 0 ? '' : body[end]!.text.replace(/^Kaynak\/Source:\s*/i, '');
	const article = {
		id,
		headline: headline.text,
		publisher: source[1]!,
		published: published!,
		filed: filed!,
		...(note ? { sourceNote: note } : {}),
		paragraphs,
		text
	};
	return { article, notes };
}
