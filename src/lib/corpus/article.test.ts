// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ArticleError, articleId, parseArticle, readArticle } from './article';

const FILE = 'data/articles/001_test.txt';

/** The corpus layout, as in the seed article: blank lines between every line. */
const layout = (...lines: string[]) => lines.join('\n\n') + '\n';

const HEAD = ['ISIS CLAIMS LONDON ATTACK', '-', '24.03.2017', 'Independent (23 March 2017)'];
const PARAS = [
	'Isis is resorting to claiming responsibility for atrocities, analysts have said.',
	'Khalid Masood, a 52-year-old from Kent, was hailed as a soldier of the Islamic State.'
];

/** The code points [start, end) of a text: what W3C offsets count. */
const points = (text: string, start: number, end: number) => [...text].slice(start, end).join('');

describe('parseArticle', () => {
	it('reads the header and paragraphs, keeping the raw text', () => {
		const text = '\n' + layout(...HEAD, ...PARAS, 'Kaynak/Source:');
		const a = parseArticle(FILE, text);
		expect(a).toMatchObject({
			id: '001_test',
			headline: 'ISIS CLAIMS LONDON ATTACK',
			publisher: 'Independent',
			published: '2017-03-23',
			filed: '2017-03-24',
			text
		});
		expect(a.sourceNote).toBeUndefined();
		expect(a.paragraphs.map((p) => points(text, p.start, p.end))).toEqual(PARAS);
	});

	it('takes the filed date, with a note, when the publisher line has no date', () => {
		const { article, notes } = readArticle(FILE, layout(...HEAD.slice(0, 3), 'Independent', ...PARAS));
		expect([article.publisher, article.published, article.paragraphs.length]).toEqual(['Independent', '2017-03-24', 2]);
		expect(notes).toEqual([
			`${FILE}:7: the source line gives no publication date, so the filed date 2017-03-24 stands for it: check it, as relative dates ("yesterday", "on Friday") count from it`
		]);
		expect(readArticle(FILE, layout(...HEAD, ...PARAS)).notes).toEqual([]);
	});

	it('keeps what follows "Kaynak/Source:" as a note and nothing after it as a paragraph', () => {
		const a = parseArticle(FILE, layout(...HEAD, PARAS[0]!, 'Kaynak/Source: The Independent', 'Ends.'));
		expect(a.sourceNote).toBe('The Independent');
		expect(a.paragraphs).toHaveLength(1);
	});

	it('takes every line after the source line when there is no "Kaynak/Source:" line', () => {
		expect(parseArticle(FILE, layout(...HEAD, ...PARAS)).paragraphs).toHaveLength(2);
	});

	it('reads a publisher whose name has parentheses of its own', () => {
		const a = parseArticle(FILE, layout(HEAD[0]!, '-', '24.03.2017', 'The Times (London) (3 March 2017)', PARAS[0]!));
		expect(a.publisher).toBe('The Times (London)');
		expect(a.published).toBe('2017-03-03');
	});

	it('parses CRLF line endings with offsets into the unaltered text', () => {
		const text = layout(...HEAD, ...PARAS).replace(/\n/g, '\r\n');
		const a = parseArticle(FILE, text);
		expect(a.text).toBe(text);
		expect(a.headline).toBe(HEAD[0]);
		expect(a.publisher).toBe('Independent');
		expect(a.paragraphs.map((p) => points(text, p.start, p.end))).toEqual(PARAS);
	});

	it('counts offsets in code points after astral characters, and skips indentation', () => {
		const emoji = 'Supporters posted 🖤🏴 and 🙏 within hours.';
		const text = layout('ATTACK 🏴 IN LONDON', '-', '24.03.2017', 'Independent (23 March 2017)', emoji, '  ' + PARAS[0]);
		const a = parseArticle(FILE, text);
		expect(a.headline).toBe('ATTACK 🏴 IN LONDON');
		expect(a.paragraphs.map((p) => points(text, p.start, p.end))).toEqual([emoji, PARAS[0]]);
		// Four astral characters stand before it, each two UTF-16 units but one code point.
		expect(a.paragraphs[1]!.start).toBe(text.indexOf(PARAS[0]!) - 4);
	});

	it('parses the seed article', () => {
		const file = 'data/articles/000_596a886637f5ae04.txt';
		const text = readFileSync(new URL(`../../../${file}`, import.meta.url), 'utf8');
		const a = parseArticle(file, text);
		expect(a.id).toBe('000_596a886637f5ae04');
		expect(a.headline).toBe(
			'ISIS CLAIMING RESPONSIBILITY FOR LONDON ATTACK TO MASK HUGE LOSSES IN IRAQ AND SYRIA, SAY TERROR EXPERTS'
		);
		expect(a.publisher).toBe('Independent');
		expect(a.published).toBe('2017-03-23');
		expect(a.filed).toBe('2017-03-24');
		const lines = text.split('\n').map((l) => l.trim());
		const body = lines.slice(lines.indexOf('Independent (23 March 2017)') + 1, lines.indexOf('Kaynak/Source:'));
		expect(a.paragraphs).toHaveLength(body.filter(Boolean).length);
		expect(a.paragraphs).toHaveLength(34);
		for (const p of a.paragraphs) expect(lines).toContain(points(text, p.start, p.end));
		expect(a.paragraphs[0]!.start).toBe(text.indexOf('Isis is resorting'));
	});

	it.each([
		['an empty file', '', '1: is empty'],
		['a file of blank lines', '\n  \n\r\n', '1: is empty'],
		['a binary file', 'HEADLINE\n\n-\n\n24.03\0.2017\n', '5: is a binary file, not a plain-text article'],
		['no "-" line', layout(HEAD[0]!, ...HEAD.slice(2), ...PARAS), '3: expected a "-" line after the headline, found "24.03.2017"'],
		['only a headline', 'HEADLINE\n', '1: expected a "-" line after the headline'],
		['no date line', layout(...HEAD.slice(0, 2)), '3: has no date line (dd.mm.yyyy) after the "-" line'],
		['a date that does not exist', layout(HEAD[0]!, '-', '31.02.2017', ...HEAD.slice(3), ...PARAS), '5: expected the filed date as dd.mm.yyyy, found "31.02.2017"'],
		['an ISO date line', layout(HEAD[0]!, '-', '2017-03-24', ...HEAD.slice(3), ...PARAS), '5: expected the filed date as dd.mm.yyyy, found "2017-03-24"'],
		['a date line with slashes', layout(HEAD[0]!, '-', '24/03/2017', ...HEAD.slice(3), ...PARAS), '5: expected the filed date as dd.mm.yyyy, found "24/03/2017"'],
		['no source line', layout(...HEAD.slice(0, 3)), '5: has no source line "Publisher (23 March 2017)" after the date line'],
		['a paragraph in place of the source line', layout(...HEAD.slice(0, 3), ...PARAS), '7: expected a source line "Publisher (23 March 2017)", found "Isis is resorting to claiming responsibility for atrociti…"'],
		['a US-style publication date', layout(...HEAD.slice(0, 3), 'Independent (March 23, 2017)', ...PARAS), '7: cannot read the publication date "March 23, 2017" (e.g. 23 March 2017)'],
		['a publication date that does not exist', layout(...HEAD.slice(0, 3), 'Independent (31 February 2017)', ...PARAS), '7: cannot read the publication date "31 February 2017" (e.g. 23 March 2017)'],
		['no paragraphs', layout(...HEAD), '7: has no paragraphs after the source line'],
		['only a source note', layout(...HEAD, 'Kaynak/Source: Independent'), '7: has no paragraphs after the source line']
	])('refuses %s, naming file and line', (_, text, message) => {
		let error: unknown;
		try {
			parseArticle(FILE, text);
		} catch (e) {
			error = e;
		}
		expect(error).toBeInstanceOf(ArticleError);
		expect((error as ArticleError).message).toBe(`${FILE}:${message}`);
	});

	it('refuses a file name that is not an id', () => {
		expect(() => parseArticle('data/articles/Westminster Attack.txt', layout(...HEAD, ...PARAS))).toThrow(
			'data/articles/Westminster Attack.txt: the file name must be an article id of lower-case letters, digits, - or _'
		);
	});
});

describe('articleId', () => {
	it.each([
		['data/articles/000_596a886637f5ae04.txt', '000_596a886637f5ae04'],
		['data\\articles\\001_abc.TXT', '001_abc'],
		['002_def', '002_def']
	])('%s → %s', (file, id) => expect(articleId(file)).toBe(id));
});
