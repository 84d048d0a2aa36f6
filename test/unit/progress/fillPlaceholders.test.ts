import { describe, expect, test } from 'vitest';
import { fillPlaceholders } from '../../../src/i18n/fillPlaceholders';

describe('fillPlaceholders', () => {
	test('fills known placeholders and leaves unknown ones', () => {
		expect(fillPlaceholders('Score: {score} / {total}', { score: 3, total: 4 })).toBe('Score: 3 / 4');
		expect(fillPlaceholders('{a} {b}', { a: 'x' })).toBe('x {b}');
	});

	test('does not fill placeholders inside inserted values', () => {
		expect(fillPlaceholders('{path}: {expected}', { path: '{expected}', expected: 'an object' })).toBe(
			'{expected}: an object',
		);
	});
});
