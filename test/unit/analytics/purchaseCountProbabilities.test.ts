import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { BgnbdParams } from '../../../src/sim/analytics/bgnbd.ts';
import { logGamma } from '../../../src/sim/analytics/logGamma.ts';
import {
	cohortPurchaseCountProbabilities,
	purchaseCountProbabilities,
} from '../../../src/sim/analytics/purchaseCountProbabilities.ts';
import { conditionalExpectedPurchases, type PurchaseModelKind } from '../../../src/sim/analytics/purchaseModel.ts';

const CDNOW: BgnbdParams = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };

/** FHL 2005 eq. (8), P(X(t) = x), written with gamma and beta functions term by term. */
function eq8({ r, alpha, a, b }: BgnbdParams, t: number, x: number): number {
	const lnBeta = (p: number, q: number) => logGamma(p) + logGamma(q) - logGamma(p + q);
	const nb = (j: number) =>
		Math.exp(
			logGamma(r + j) -
				logGamma(r) -
				logGamma(j + 1) +
				r * Math.log(alpha / (alpha + t)) +
				j * Math.log(t / (alpha + t)),
		);
	let value = Math.exp(lnBeta(a, b + x) - lnBeta(a, b)) * nb(x);
	if (x > 0) {
		let tail = 1;
		for (let j = 0; j < x; j++) tail -= nb(j);
		value += Math.exp(lnBeta(a + 1, b + x - 1) - lnBeta(a, b)) * tail;
	}
	return value;
}

const params = fc.record({
	r: fc.double({ min: 0.05, max: 5, noNaN: true }),
	alpha: fc.double({ min: 0.5, max: 50, noNaN: true }),
	a: fc.double({ min: 0.1, max: 5, noNaN: true }),
	b: fc.double({ min: 0.1, max: 10, noNaN: true }),
});
const kinds = fc.constantFrom<PurchaseModelKind>('bgnbd', 'mbgnbd');

describe('purchaseCountProbabilities', () => {
	test('returns FHL 2005 eq. (8) for a new BG/NBD customer', () => {
		const p = purchaseCountProbabilities({ kind: 'bgnbd', params: CDNOW }, 39, 8);
		for (let x = 0; x < 8; x++) expect(p[x]).toBeCloseTo(eq8(CDNOW, 39, x), 12);
		// A new customer of the CDNOW cohort most likely makes no repeat purchase in 39 weeks.
		expect(p[0]).toBeGreaterThan(0.5);
	});

	test('returns a distribution whose last slot holds the rest, and whose mean is E[Y(t) | x, t_x, T]', () => {
		fc.assert(
			fc.property(
				kinds,
				params,
				fc.integer({ min: 0, max: 30 }),
				fc.double({ min: 0.05, max: 1, noNaN: true }),
				fc.double({ min: 1, max: 60, noNaN: true }),
				fc.double({ min: 1, max: 52, noNaN: true }),
				(kind, p, x, share, T, t) => {
					const tx = x === 0 ? 0 : share * T;
					const model = { kind, params: p };
					const short = purchaseCountProbabilities(model, t, 5, x, tx, T);
					expect(short.reduce((s, q) => s + q, 0)).toBeCloseTo(1, 12);
					for (const q of short) expect(q).toBeGreaterThanOrEqual(0);
					const long = purchaseCountProbabilities(model, t, 500, x, tx, T);
					fc.pre((long[500] as number) < 1e-9);
					const mean = long.subarray(0, 500).reduce((s, q, n) => s + n * q, 0);
					const expected = conditionalExpectedPurchases(model, t, x, tx, T);
					expect(Math.abs(mean - expected)).toBeLessThan(1e-6 * Math.max(1, expected));
				},
			),
			{ numRuns: 60 },
		);
	});

	test('puts the chance of having left already on zero purchases', () => {
		// A customer with 5 purchases long ago: P(0) is at least 1 − P(alive).
		const model = { kind: 'bgnbd' as const, params: CDNOW };
		const p = purchaseCountProbabilities(model, 39, 10, 5, 5, 38);
		const alive = 1 / (1 + (0.793 / (2.426 + 4)) * ((4.414 + 38) / (4.414 + 5)) ** (0.243 + 5));
		expect(p[0]).toBeGreaterThan(1 - alive);
	});

	test('rejects a horizon or a count it cannot use', () => {
		const model = { kind: 'bgnbd' as const, params: CDNOW };
		expect(() => purchaseCountProbabilities(model, 0, 5)).toThrow(/t must be > 0/);
		expect(() => purchaseCountProbabilities(model, 10, 0)).toThrow(/maxN/);
	});
});

describe('cohortPurchaseCountProbabilities', () => {
	test('returns the mean of the customers’ distributions', () => {
		const model = { kind: 'mbgnbd' as const, params: CDNOW };
		const data = { x: [0, 0, 3, 7], tx: [0, 0, 20, 30], T: [38, 30, 38, 35] };
		const cohort = cohortPurchaseCountProbabilities(model, 26, 6, data);
		const each = data.x.map((x, i) => purchaseCountProbabilities(model, 26, 6, x, data.tx[i], data.T[i]));
		for (let n = 0; n <= 6; n++) expect(cohort[n]).toBeCloseTo(each.reduce((s, p) => s + (p[n] as number), 0) / 4, 14);
	});
});
