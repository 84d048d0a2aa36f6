import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { BgnbdParams } from '../../../src/sim/analytics/bgnbd.ts';
import { logGamma } from '../../../src/sim/analytics/logGamma.ts';
import {
	mbgnbdConditionalExpectedPurchases,
	mbgnbdExpectedPurchases,
	mbgnbdLogLikelihood,
	mbgnbdProbabilityAlive,
} from '../../../src/sim/analytics/mbgnbd.ts';
import { purchaseCountProbabilities } from '../../../src/sim/analytics/purchaseCountProbabilities.ts';
import { probabilityAlive } from '../../../src/sim/analytics/purchaseModel.ts';

const CDNOW: BgnbdParams = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };

/** One customer's MBG/NBD likelihood from Batislam et al. (2007) written with gamma and beta functions. */
function directLogLikelihood({ r, alpha, a, b }: BgnbdParams, x: number, tx: number, T: number): number {
	const lnBeta = (p: number, q: number) => logGamma(p) + logGamma(q) - logGamma(p + q);
	const common = logGamma(r + x) - logGamma(r) + r * Math.log(alpha);
	const alive = Math.exp(lnBeta(a, b + x + 1) - lnBeta(a, b) + common - (r + x) * Math.log(alpha + T));
	const dead = Math.exp(lnBeta(a + 1, b + x) - lnBeta(a, b) + common - (r + x) * Math.log(alpha + tx));
	return Math.log(alive + dead);
}

const params = fc.record({
	r: fc.double({ min: 0.05, max: 5, noNaN: true }),
	alpha: fc.double({ min: 0.5, max: 50, noNaN: true }),
	a: fc.double({ min: 0.1, max: 5, noNaN: true }),
	b: fc.double({ min: 0.1, max: 10, noNaN: true }),
});
const history = fc
	.tuple(
		fc.integer({ min: 0, max: 40 }),
		fc.double({ min: 0.01, max: 1, noNaN: true }),
		fc.double({ min: 0.5, max: 80, noNaN: true }),
	)
	.map(([x, share, T]) => ({ x, tx: x === 0 ? 0 : share * T, T }));

describe('mbgnbdLogLikelihood', () => {
	test('equals the likelihood written with gamma and beta functions, customer by customer', () => {
		fc.assert(
			fc.property(params, history, (p, h) => {
				const fast = mbgnbdLogLikelihood(p, { x: [h.x], tx: [h.tx], T: [h.T] });
				expect(fast).toBeCloseTo(directLogLikelihood(p, h.x, h.tx, h.T), 8);
			}),
		);
	});

	test('rejects histories the model cannot describe, naming the customer', () => {
		expect(() => mbgnbdLogLikelihood(CDNOW, { x: [1, 2.5], tx: [1, 1], T: [2, 2] })).toThrow(/customer 1/);
		expect(() => mbgnbdLogLikelihood(CDNOW, { x: [1], tx: [3], T: [2] })).toThrow(/0 ≤ t_x ≤ T/);
	});
});

describe('mbgnbdProbabilityAlive', () => {
	test('returns less than 1 for a one-time buyer, falling the longer they stay silent', () => {
		const early = mbgnbdProbabilityAlive(CDNOW, 0, 0, 2);
		const late = mbgnbdProbabilityAlive(CDNOW, 0, 0, 38);
		expect(early).toBeLessThan(1);
		expect(late).toBeLessThan(early);
		// By hand: 1 / (1 + a / b · ((α + T) / α)^r).
		expect(late).toBeCloseTo(1 / (1 + (0.793 / 2.426) * ((4.414 + 38) / 4.414) ** 0.243), 12);
		// Under BG/NBD the same customer is certainly alive: the quirk MBG/NBD removes.
		expect(probabilityAlive({ kind: 'bgnbd', params: CDNOW }, 0, 0, 38)).toBe(1);
	});

	test('is a probability that rises with t_x and falls with T', () => {
		fc.assert(
			fc.property(params, history, fc.double({ min: 0, max: 1, noNaN: true }), (p, h, later) => {
				const alive = mbgnbdProbabilityAlive(p, h.x, h.tx, h.T);
				expect(alive).toBeGreaterThan(0);
				expect(alive).toBeLessThan(1);
				if (h.x > 0)
					expect(mbgnbdProbabilityAlive(p, h.x, h.tx + later * (h.T - h.tx), h.T)).toBeGreaterThanOrEqual(
						alive - 1e-15,
					);
				expect(mbgnbdProbabilityAlive(p, h.x, h.tx, h.T + 1)).toBeLessThanOrEqual(alive + 1e-15);
			}),
		);
	});
});

describe('mbgnbdExpectedPurchases', () => {
	test('tends to E[(1 − p) / p] = b / (a − 1) when every alive customer buys fast', () => {
		// λ ~ Gamma(4, 0.02): about 200 purchases a week, so by t = 100 weeks everyone has dropped out.
		const fast = { r: 4, alpha: 0.02, a: 3, b: 2 };
		expect(mbgnbdExpectedPurchases(fast, 100)).toBeCloseTo(2 / (3 - 1), 6);
	});

	test('is the mean of the P(n purchases) distribution, for new and for known customers', () => {
		fc.assert(
			fc.property(params, history, fc.double({ min: 0.5, max: 52, noNaN: true }), (p, h, t) => {
				const probabilities = purchaseCountProbabilities({ kind: 'mbgnbd', params: p }, t, 400, h.x, h.tx, h.T);
				const mean = probabilities.subarray(0, 400).reduce((sum, q, n) => sum + n * q, 0);
				// The tail beyond 400 purchases is negligible only where it is small; skip the rare draws where it is not.
				fc.pre((probabilities[400] as number) < 1e-9);
				const expected = mbgnbdConditionalExpectedPurchases(p, t, h.x, h.tx, h.T);
				expect(Math.abs(mean - expected)).toBeLessThan(1e-6 * Math.max(1, expected));
			}),
			{ numRuns: 60 },
		);
	});
});
