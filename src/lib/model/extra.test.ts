import { describe, expect, test } from 'vitest';
import { extraFields } from './extra';

describe('extraFields', () => {
	test.each([
		['nothing', undefined, []],
		['an empty map', {}, []],
		['a string', { group: 'Europe' }, [{ name: 'group', text: 'Europe' }]],
		['a number and a flag', { n: 3, on: false }, [{ name: 'n', text: '3' }, { name: 'on', text: 'false' }]],
		[
			'a nested safe link',
			{ media: { url: 'https://example.org/a.jpg', caption: '<b>x</b>' } },
			[
				{ name: 'media.url', text: 'https://example.org/a.jpg', href: 'https://example.org/a.jpg' },
				{ name: 'media.caption', text: '<b>x</b>' }
			]
		],
		['an unsafe link, kept as text', { link: 'javascript:alert(1)' }, [{ name: 'link', text: 'javascript:alert(1)' }]],
		['a list, as JSON', { tags: ['a', 1] }, [{ name: 'tags', text: '["a",1]' }]],
		['an empty object, as JSON', { o: {} }, [{ name: 'o', text: '{}' }]],
		['null', { x: null }, [{ name: 'x', text: 'null' }]],
		['too deep, as JSON', { a: { b: { c: { d: 1 } } } }, [{ name: 'a.b.c', text: '{"d":1}' }]]
	])('%s', (_, extra, fields) => expect(extraFields(extra as Record<string, unknown> | undefined)).toEqual(fields));

	test('cuts a long value to 300 characters', () => {
		const [f] = extraFields({ long: 'x'.repeat(1000) });
		expect(f!.text).toHaveLength(300);
		expect(f!.text.endsWith('…')).toBe(true);
	});
});
