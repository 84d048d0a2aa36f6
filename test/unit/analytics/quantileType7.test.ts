import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { quantileType7 } from '../../../src/sim/analytics/quantileType7.ts';

describe('quantileType7', () => {
	test('interpolates between order statistics at h = (n − 1)p, as R type 7 and numpy "linear"', () => {
		const sorted = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
		// h = 9p: 1.8, 3.6, 5.4, 7.2 → x[1] + 0.8, x[3] + 0.6, …
		expect(quantileType7(sorted, 0.2)).toBeCloseTo(2.8, 12);
		expect(quantileType7(sorted, 0.4)).toBeCloseTo(4.6, 12);
		expect(quantileType7(sorted, 0.6)).toBeCloseTo(6.4, 12);
		expect(quantileType7(sorted, 0.8)).toBeCloseTo(8.2, 12);
		expect(quantileType7(sorted, 0)).toBe(1);
		expect(quantileType7(sorted, 1)).toBe(10);
		expect(quantileType7(sorted, 0.5)).toBeCloseTo(5.5, 12);
		expect(quantileType7([7], 0.3)).toBe(7);
	});

	test('lands exactly on a data value when (n − 1)p is a whole number, despite binary rounding of p', () => {
		// 90 × 0.7 is 62.99999999999999 in floating point; the quantile must still be exactly x[63] = 630.
		const tens = Array.from({ length: 91 }, (_, i) => 10 * i);
		expect(quantileType7(tens, 0.7)).toBe(630);
		expect(quantileType7([0, 10, 20, 30, 40, 50], 0.6)).toBe(30);
		// The same for p = k / (n − 1) on a wide range of n: the answer is x[k] exactly.
		for (let m = 2; m <= 300; m++) {
			const sorted = Array.from({ length: m + 1 }, (_, i) => 1000 * i + 0.5);
			for (let k = 1; k < m; k++)
				if (quantileType7(sorted, k / m) !== sorted[k]) throw new Error(`n = ${m + 1}, k = ${k}`);
		}
	});

	test('returns the tied value itself inside a run of ties', () => {
		expect(quantileType7([1, 1, 1, 1, 2], 0.6)).toBe(1);
		expect(quantileType7([0.1, 0.1, 0.1], 0.37)).toBe(0.1);
	});

	test('rejects an empty sample and p outside [0, 1]', () => {
		expect(() => quantileType7([], 0.5)).toThrow(RangeError);
		expect(() => quantileType7([1, 2], 1.1)).toThrow(/p must be in \[0, 1\]/);
		expect(() => quantileType7([1, 2], Number.NaN)).toThrow(RangeError);
	});

	test('is non-decreasing in p and stays within [min, max]', () => {
		fc.assert(
			fc.property(
				fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 40 }),
				fc.double({ min: 0, max: 1, noNaN: true }),
				fc.double({ min: 0, max: 1, noNaN: true }),
				(values, p1, p2) => {
					const sorted = Float64Array.from(values).sort();
					const [lo, hi] = p1 <= p2 ? [p1, p2] : [p2, p1];
					const qLo = quantileType7(sorted, lo);
					const qHi = quantileType7(sorted, hi);
					expect(qLo).toBeLessThanOrEqual(qHi);
					expect(qLo).toBeGreaterThanOrEqual(sorted[0] as number);
					expect(qHi).toBeLessThanOrEqual(sorted[sorted.length - 1] as number);
				},
			),
		);
	});

	test('gives x[k] at p = k / (n − 1)', () => {
		fc.assert(
			fc.property(fc.array(fc.integer({ min: -1000, max: 1000 }), { minLength: 2, maxLength: 60 }), (values) => {
				const sorted = Float64Array.from(values).sort();
				for (let k = 0; k < sorted.length; k++) expect(quantileType7(sorted, k / (sorted.length - 1))).toBe(sorted[k]);
			}),
		);
	});
});
