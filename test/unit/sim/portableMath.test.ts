import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { exp, log, log10, pow } from '../../../src/sim/random/portableMath.ts';
import { referenceExp } from './support/referenceExp.ts';

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

	test("exp gives the bits of fdlibm's word-by-word version everywhere, its range bounds included", () => {
		const same = (x: number) => {
			expect(Object.is(exp(x), referenceExp(x)), `exp(${x})`).toBe(true);
		};
		fc.assert(fc.property(fc.double({ noNaN: false }), same), { numRuns: 20_000 });
		fc.assert(fc.property(fc.double({ min: -750, max: 750 }), same), { numRuns: 20_000 });
		fc.assert(fc.property(fc.double({ min: -3, max: 3 }), same), { numRuns: 20_000 });
		// Each bound, the doubles either side of it, and the edges of the overflow, underflow and subnormal ranges.
		const view = new DataView(new ArrayBuffer(8));
		for (const hi of [0x40862e42, 0x3fd62e43, 0x3ff0a2b2, 0x3e300000, 0x7ff00000]) {
			for (const sign of [0, 0x80000000]) {
				view.setUint32(0, (hi | sign) >>> 0);
				view.setUint32(4, 0);
				const bound = view.getFloat64(0);
				for (const x of [bound, bound * (1 + 2 ** -52), bound * (1 - 2 ** -53)]) same(x);
				// Every double whose high word is the one just below the bound, densely: where a wrong bound would act.
				view.setUint32(0, ((hi - 1) | sign) >>> 0);
				const below = view.getFloat64(0);
				if (Number.isFinite(below) && Number.isFinite(bound)) {
					const [min, max] = below < bound ? [below, bound] : [bound, below];
					fc.assert(fc.property(fc.double({ min, max, noNaN: true }), same), { numRuns: 2000 });
				}
			}
		}
		for (const x of [0, -0, 709.78, 709.79, -745.13, -745.14, -708.4, -708.39, -720, -744.4, 1, -1, 2 ** -30]) same(x);
		// Where exp hands over to its out-of-line edge cases (|x| = 700), and the range where fdlibm takes k = ±1 without
		// rounding, which exp's fast path reaches by rounding.
		for (const x of [700, -700, 700 * (1 - 2 ** -53), -700 * (1 - 2 ** -53)]) same(x);
		fc.assert(fc.property(fc.double({ min: 690, max: 710 }), same), { numRuns: 5000 });
		fc.assert(fc.property(fc.double({ min: -710, max: -690 }), same), { numRuns: 5000 });
		fc.assert(fc.property(fc.double({ min: -1.04, max: 1.04 }), same), { numRuns: 20_000 });
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
