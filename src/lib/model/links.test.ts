import { describe, expect, test } from 'vitest';
import { safeHref } from './links';

describe('safeHref', () => {
	test.each([
		['https://example.org/a?b=c#d', 'https://example.org/a?b=c#d'],
		['http://example.org', 'http://example.org/'],
		['  https://example.org/x  ', 'https://example.org/x'],
		['HTTPS://EXAMPLE.ORG/', 'https://example.org/']
	])('keeps %j as %j', (input, href) => expect(safeHref(input)).toBe(href));

	test.each([
		'javascript:alert(1)',
		'JavaScript:alert(1)',
		' javascript:alert(1)',
		'java\tscript:alert(1)',
		'data:text/html,<script>alert(1)</script>',
		'vbscript:msgbox(1)',
		'file:///etc/passwd',
		'ftp://example.org/',
		'/relative/path',
		'//example.org/protocol-relative',
		'example.org',
		'',
		42,
		null,
		undefined,
		{ href: 'https://example.org/' }
	])('refuses %j', (input) => expect(safeHref(input)).toBeUndefined());
});
