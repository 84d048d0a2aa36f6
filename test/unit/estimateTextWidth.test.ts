import { describe, expect, test } from 'vitest';
import { estimateTextWidth } from '../../src/utils/estimateTextWidth';

describe('estimateTextWidth', () => {
	test('counts a Han character as one em', () => {
		expect(estimateTextWidth('客户价值', 16)).toBe(64);
	});

	test('counts Latin text as narrower than the same number of Han characters', () => {
		const latin = estimateTextWidth('Customer', 16);
		expect(latin).toBeLessThan(estimateTextWidth('客户价值评估模型', 16));
		expect(latin).toBeGreaterThan(8 * 16 * 0.4);
	});

	test('scales with the font size and grows for bold text', () => {
		expect(estimateTextWidth('Tiering', 20)).toBeCloseTo(estimateTextWidth('Tiering', 10) * 2);
		expect(estimateTextWidth('Tiering', 16, true)).toBeGreaterThan(estimateTextWidth('Tiering', 16));
	});

	test('returns 0 for an empty string', () => {
		expect(estimateTextWidth('', 16)).toBe(0);
	});
});
