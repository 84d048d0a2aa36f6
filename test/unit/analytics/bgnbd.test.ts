import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
	type BgnbdParams,
	bgnbdConditionalExpectedPurchases,
	bgnbdExpectedPurchases,
	bgnbdLogLikelihood,
	bgnbdProbabilityAlive,
	fitBgnbd,
} from '../../../src/sim/analytics/bgnbd.ts';
import { hyp2f1 } from '../../../src/sim/analytics/hyp2f1.ts';
import { logGamma } from '../../../src/sim/analytics/logGamma.ts';
import { type CustomerSummary, parseCdnow, summariseCustomers } from '../../../src/sim/analytics/transactionLog.ts';
import { cdnowTitle, hasCdnow, readCdnow } from './cdnowData.ts';

/** The published estimates (FHL 2005, CDNOW 1/10 sample, 39-week calibration). */
const PUBLISHED: BgnbdParams = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };

/** One customer's log-likelihood written straight from the gamma and beta functions, as an independent check. */
function directLogLikelihood({ r, alpha, a, b }: BgnbdParams, x: number, tx: number, T: number): number {
	const lnBeta = (p: number, q: number) => logGamma(p) + logGamma(q) - logGamma(p + q);
	const common = logGamma(r + x) - logGamma(r) + r * Math.log(alpha);
	const alive = Math.exp(lnBeta(a, b + x) - lnBeta(a, b) + common - (r + x) * Math.log(alpha + T));
	const dead = x > 0 ? Math.exp(lnBeta(a + 1, b + x - 1) - lnBeta(a, b) + common - (r + x) * Math.log(alpha + tx)) : 0;
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

describe('BG/NBD log-likelihood', () => {
	test('equals eq. (6) written with gamma and beta functions, customer by customer', () => {
		fc.assert(
			fc.property(params, history, (p, h) => {
				const fast = bgnbdLogLikelihood(p, { x: [h.x], tx: [h.tx], T: [h.T] });
				expect(fast).toBeCloseTo(directLogLikelihood(p, h.x, h.tx, h.T), 8);
			}),
		);
	});

	test('sums over customers, whether or not they share a pattern', () => {
		const data = { x: [0, 0, 2, 2, 5, 0], tx: [0, 0, 10, 10, 30.5, 0], T: [38, 38, 38, 20, 31, 12] };
		let sum = 0;
		for (let i = 0; i < data.x.length; i++)
			sum += directLogLikelihood(PUBLISHED, data.x[i] as number, data.tx[i] as number, data.T[i] as number);
		expect(bgnbdLogLikelihood(PUBLISHED, data)).toBeCloseTo(sum, 9);
	});

	test('rejects histories the model cannot describe, naming the customer', () => {
		expect(() => bgnbdLogLikelihood(PUBLISHED, { x: [1, 1.5], tx: [1, 1], T: [2, 2] })).toThrow(
			/customer 1 has x = 1.5/,
		);
		expect(() => bgnbdLogLikelihood(PUBLISHED, { x: [1], tx: [3], T: [2] })).toThrow(/0 ≤ t_x ≤ T/);
		expect(() => bgnbdLogLikelihood(PUBLISHED, { x: [2], tx: [0], T: [2] })).toThrow(/t_x = 0/);
	});
});

describe('BG/NBD predictions', () => {
	test('E[X(t)] at the published estimates matches the values of Hardie’s spreadsheet', () => {
		const times = [0.1429, 1, 3, 31.8571, 32, 78];
		const expected = [0.0078, 0.0532, 0.1506, 1.0405, 1.0437, 1.8576];
		const errors = times.map((t, i) => Math.abs(bgnbdExpectedPurchases(PUBLISHED, t) - (expected[i] as number)));
		// The published estimates are rounded to three decimals, which alone moves E[X(78)] by about 0.003; the
		// fitted estimates match the spreadsheet to 1e-3 (tested on the data below).
		for (const error of errors) expect(error).toBeLessThan(0.004);
		expect(bgnbdExpectedPurchases(PUBLISHED, 0)).toBe(0);
	});

	test('E[Y(39) | x = 2, t_x = 30.43, T = 38.86] = 1.226, the paper’s worked example', () => {
		expect(bgnbdConditionalExpectedPurchases(PUBLISHED, 39, 2, 30.43, 38.86)).toBeCloseTo(1.226, 3);
	});

	test('P(alive) by hand, and = 1 without repeat purchases', () => {
		const { r, alpha, a, b } = PUBLISHED;
		const byHand = 1 / (1 + (a / (b + 2 - 1)) * ((alpha + 38.86) / (alpha + 30.43)) ** (r + 2));
		expect(bgnbdProbabilityAlive(PUBLISHED, 2, 30.43, 38.86)).toBeCloseTo(byHand, 14);
		expect(bgnbdProbabilityAlive(PUBLISHED, 0, 0, 38.86)).toBe(1);
	});

	test('P(alive) is a probability that rises with t_x and falls with T', () => {
		fc.assert(
			fc.property(params, history, fc.double({ min: 0, max: 1, noNaN: true }), (p, h, later) => {
				const alive = bgnbdProbabilityAlive(p, h.x, h.tx, h.T);
				expect(alive).toBeGreaterThanOrEqual(0);
				expect(alive).toBeLessThanOrEqual(1);
				if (h.x > 0) {
					const recent = h.tx + later * (h.T - h.tx);
					expect(bgnbdProbabilityAlive(p, h.x, recent, h.T)).toBeGreaterThanOrEqual(alive - 1e-15);
					expect(bgnbdProbabilityAlive(p, h.x, h.tx, h.T + 1)).toBeLessThanOrEqual(alive + 1e-15);
				}
			}),
		);
	});

	test('eq. (10) at x = t_x = T = 0 reduces to eq. (9)', () => {
		fc.assert(
			fc.property(params, fc.double({ min: 0.01, max: 200, noNaN: true }), (p, t) => {
				const conditional = bgnbdConditionalExpectedPurchases(p, t, 0, 0, 0);
				expect(Math.abs(conditional - bgnbdExpectedPurchases(p, t))).toBeLessThan(1e-9 * Math.max(1, conditional));
			}),
		);
	});

	test('the rearranged eq. (10) equals eq. (10) as printed', () => {
		fc.assert(
			fc.property(params, history, fc.double({ min: 0.1, max: 104, noNaN: true }), (p, h, t) => {
				const { r, alpha, a, b } = p;
				const x = h.x;
				const z = t / (alpha + h.T + t);
				const plain =
					((a + b + x - 1) / (a - 1)) *
					(1 - ((alpha + h.T) / (alpha + h.T + t)) ** (r + x) * hyp2f1(r + x, b + x, a + b + x - 1, z));
				const denominator = 1 + (x > 0 ? (a / (b + x - 1)) * ((alpha + h.T) / (alpha + h.tx)) ** (r + x) : 0);
				const expected = plain / denominator;
				const actual = bgnbdConditionalExpectedPurchases(p, t, h.x, h.tx, h.T);
				expect(Math.abs(actual - expected)).toBeLessThan(1e-7 * Math.max(1, Math.abs(expected)));
			}),
		);
	});

	test('conditional expectations are positive, grow with t, and stay finite for very heavy buyers', () => {
		fc.assert(
			fc.property(params, history, fc.double({ min: 0.1, max: 100, noNaN: true }), (p, h, t) => {
				const near = bgnbdConditionalExpectedPurchases(p, t, h.x, h.tx, h.T);
				const far = bgnbdConditionalExpectedPurchases(p, 2 * t, h.x, h.tx, h.T);
				expect(near).toBeGreaterThan(0);
				expect(far).toBeGreaterThanOrEqual(near);
			}),
		);
		// 500 repeat purchases in 40 weeks, the last just now: the direct series would overflow its terms.
		const heavy = bgnbdConditionalExpectedPurchases(PUBLISHED, 52, 500, 39.9, 40);
		expect(Number.isFinite(heavy)).toBe(true);
		// An alive customer buying about 12.5 a week keeps that pace, less the chance of dropping out.
		expect(heavy).toBeGreaterThan(100);
		expect(heavy).toBeLessThan(52 * 12.6);
	});

	test('is continuous through the removable singularity at a = 1', () => {
		const at = (a: number) => bgnbdConditionalExpectedPurchases({ ...PUBLISHED, a }, 39, 3, 20, 38);
		expect(at(1)).toBeCloseTo(at(1 - 1e-3), 2);
		expect(at(1)).toBeCloseTo(at(1 + 1e-3), 2);
		expect(bgnbdExpectedPurchases({ ...PUBLISHED, a: 1 }, 39)).toBeCloseTo(
			bgnbdExpectedPurchases({ ...PUBLISHED, a: 1.001 }, 39),
			2,
		);
	});
});

describe.skipIf(!hasCdnow('CDNOW_sample.txt'))(
	cdnowTitle('BG/NBD fitted on CDNOW_sample.txt', 'CDNOW_sample.txt'),
	() => {
		// Read on first use, inside a test: a describe body runs even when the block is skipped.
		let cached: CustomerSummary | undefined;
		const load = () => {
			cached ??= summariseCustomers(parseCdnow(readCdnow('CDNOW_sample.txt')).log, {
				calibrationEnd: '1997-09-30',
				holdoutEnd: '1998-06-30',
			});
			return cached;
		};

		test('reproduces the published estimates within 0.5% and reports its progress', () => {
			const summary = load();
			const progress: [number, number][] = [];
			const fit = fitBgnbd(summary, { onProgress: (iteration, ll) => progress.push([iteration, ll]) });
			expect(fit.converged).toBe(true);
			expect(fit.customers).toBe(2357);
			for (const name of ['r', 'alpha', 'a', 'b'] as const) {
				expect(Math.abs(fit.params[name] / PUBLISHED[name] - 1), name).toBeLessThan(0.005);
			}
			expect(Math.abs(fit.logLikelihood / -9582.4 - 1)).toBeLessThan(0.005);
			expect(fit.logLikelihood).toBeCloseTo(-9582.4, 1);
			// Progress: one call per iteration, numbered 1, 2, …, with a log-likelihood that never gets worse.
			expect(progress.length).toBe(fit.iterations);
			expect(progress.map(([iteration]) => iteration)).toEqual(progress.map((_, i) => i + 1));
			for (let i = 1; i < progress.length; i++)
				expect((progress[i] as [number, number])[1]).toBeGreaterThanOrEqual((progress[i - 1] as [number, number])[1]);
			expect((progress.at(-1) as [number, number])[1]).toBeCloseTo(fit.logLikelihood, 9);
			// The fitted model's worked example and E[X(t)] as in Hardie's spreadsheet, to 1e-3.
			expect(Math.abs(bgnbdConditionalExpectedPurchases(fit.params, 39, 2, 30.43, 38.86) - 1.226)).toBeLessThan(1e-3);
			expect(Math.abs(bgnbdExpectedPurchases(fit.params, 78) - 1.8576)).toBeLessThan(1e-3);
		});

		test('is deterministic and does not depend on where it starts', () => {
			const summary = load();
			const a = fitBgnbd(summary);
			const b = fitBgnbd(summary);
			const c = fitBgnbd(summary, { start: { r: 2, alpha: 1, a: 3, b: 0.5 } });
			expect(b).toEqual(a);
			for (const name of ['r', 'alpha', 'a', 'b'] as const) expect(c.params[name] / a.params[name]).toBeCloseTo(1, 3);
		});

		test('forecasts the 39-week holdout period’s repeat purchases to within 15% in total', () => {
			const summary = load();
			const fit = fitBgnbd(summary);
			const holdout = summary.holdout;
			if (!holdout) throw new Error('holdout missing');
			let predicted = 0;
			let actual = 0;
			for (let i = 0; i < summary.x.length; i++) {
				predicted += bgnbdConditionalExpectedPurchases(
					fit.params,
					holdout.weeks,
					summary.x[i] as number,
					summary.tx[i] as number,
					summary.T[i] as number,
				);
				actual += holdout.purchases[i] as number;
			}
			expect(holdout.weeks).toBe(39);
			expect(Math.abs(predicted / actual - 1)).toBeLessThan(0.15);
		});
	},
);
