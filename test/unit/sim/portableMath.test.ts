import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { exp, log, log10, pow } from '../../../src/sim/random/portableMath.ts';

/** Distance in units in the last place between two doubles of the same sign. */
function ulps(a: number, b: number): number {
	const view = new DataView(new ArrayBuffer(16));
	view.setFloat64(0, a);
	view.setFloat64(8, b);
	return Number(view.getBigInt64(0) - view.getBigInt64(8));
}

describe('portable exp and log', () => {
	test('are within 1 ulp of the platform functions over their whole range', () => {
		fc.assert(
			fc.property(fc.double({ min: -700, max: 700, noNaN: true }), (x) => {
				expect(Math.abs(ulps(exp(x), Math.exp(x)))).toBeLessThanOrEqual(1);
			}),
			{ numRuns: 5000 },
		);
		fc.assert(
			fc.property(fc.double({ min: 1e-300, max: 1e300, noNaN: true }), (x) => {
				const a = log(x);
				const b = Math.log(x);
				expect(a === b || Math.abs(ulps(a, b)) <= 1).toBe(true);
			}),
			{ numRuns: 5000 },
		);
	});

	test('handle the special values', () => {
		expect(exp(0)).toBe(1);
		expect(Math.abs(ulps(exp(1), Math.E))).toBeLessThanOrEqual(1);
		expect(exp(Number.NEGATIVE_INFINITY)).toBe(0);
		expect(exp(Number.POSITIVE_INFINITY)).toBe(Number.POSITIVE_INFINITY);
		expect(exp(800)).toBe(Number.POSITIVE_INFINITY);
		expect(exp(-800)).toBe(0);
		expect(exp(-740)).toBeGreaterThan(0); // subnormal result
		expect(log(1)).toBe(0);
		expect(log(0)).toBe(Number.NEGATIVE_INFINITY);
		expect(log(-1)).toBeNaN();
		expect(log(Math.E)).toBeCloseTo(1, 15);
		expect(log(5e-324)).toBeCloseTo(Math.log(5e-324), 10);
		expect(log10(1000)).toBeCloseTo(3, 14);
	});

	test('pow agrees with ** to a few parts in 10^15', () => {
		fc.assert(
			fc.property(
				fc.double({ min: 1e-6, max: 1e6, noNaN: true }),
				fc.double({ min: -3, max: 3, noNaN: true }),
				(x, y) => {
					expect(pow(x, y) / x ** y).toBeCloseTo(1, 12);
				},
			),
		);
		expect(pow(0, 2)).toBe(0);
		expect(pow(7, 0)).toBe(1);
	});
});
