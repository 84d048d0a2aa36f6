import { describe, expect, test } from 'vitest';
import { printableExcerpt } from '../../../src/sim/text/printableExcerpt.ts';

describe('printableExcerpt', () => {
	test('writes control, invisible and bidi characters out as code points', () => {
		expect(printableExcerpt('a\u001b[2Jb\rc\u0000d\u202ee\u200bf')).toBe(
			'a<U+001B>[2Jb<U+000D>c<U+0000>d<U+202E>e<U+200B>f',
		);
		expect(printableExcerpt('红队 Blue <b>')).toBe('红队 Blue <b>');
	});

	test('cuts at 200 characters (not UTF-16 units) with an ellipsis', () => {
		const out = printableExcerpt('😀'.repeat(500));
		expect(Array.from(out)).toHaveLength(201);
		expect(out.endsWith('😀…')).toBe(true);
		expect(printableExcerpt('x'.repeat(200))).toBe('x'.repeat(200));
		expect(printableExcerpt('abcdef', 3)).toBe('abc…');
	});
});
