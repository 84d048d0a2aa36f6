import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
	fitGammaGamma,
	type GammaGammaParams,
	gammaGammaExpectedSpend,
	gammaGammaLogLikelihood,
} from '../../../src/sim/analytics/gammaGamma.ts';
import { logGamma } from '../../../src/sim/analytics/logGamma.ts';
import { parseCdnow, summariseCustomers } from '../../../src/sim/analytics/transactionLog.ts';
import { cdnowTitle, hasCdnow, readCdnow, readCdnowCsv } from './cdnowData.ts';

/** The published estimates (FHL 2005, JMR; CDNOW sample repeat buyers). */
const PUBLISHED: GammaGammaParams = { p: 6.25, q: 3.74, v: 15.44 };

/** ln of the density of zbar, built the other way round: zbar | ν ~ Gamma(px, νx) integrated against ν ~ Gamma(q, v). */
function directLogDensity({ p, q, v }: GammaGammaParams, x: number, zbar: number): number {
	// ∫ (νx)^(px) zbar^(px−1) e^(−νx zbar) / Γ(px) · v^q ν^(q−1) e^(−vν) / Γ(q) dν
	//   = x^(px) zbar^(px−1) v^q / (Γ(px) Γ(q)) · Γ(px + q) / (v + x zbar)^(px+q)
	return (
		p * x * Math.log(x) +
		(p * x - 1) * Math.log(zbar) +
		q * Math.log(v) -
		logGamma(p * x) -
		logGamma(q) +
		logGamma(p * x + q) -
		(p * x + q) * Math.log(v + x * zbar)
	);
}

describe('Gamma-Gamma log-likelihood', () => {
	test('sums the marginal density of zbar over repeat buyers, skipping x = 0', () => {
		const data = { x: [1, 3, 0, 3, 7], zbar: [20, 12.5, 0, 40, 33.3] };
		let sum = 0;
		for (const i of [0, 1, 3, 4]) sum += directLogDensity(PUBLISHED, data.x[i] as number, data.zbar[i] as number);
		expect(gammaGammaLogLikelihood(PUBLISHED, data)).toBeCloseTo(sum, 9);
	});

	test('integrates to one over zbar (it is a density)', () => {
		// Trapezoid rule on a fine grid, for a customer with x = 2.
		let area = 0;
		const step = 0.01;
		for (let z = step; z < 400; z += step)
			area += Math.exp(gammaGammaLogLikelihood(PUBLISHED, { x: [2], zbar: [z] })) * step;
		expect(area).toBeCloseTo(1, 3);
	});

	test('rejects negative or missing spend, naming the customer', () => {
		expect(() => gammaGammaLogLikelihood(PUBLISHED, { x: [1, 2], zbar: [3, -1] })).toThrow(/customer 1 has zbar = -1/);
		expect(() => gammaGammaLogLikelihood(PUBLISHED, { x: [1], zbar: [1, 2] })).toThrow(/differ in length/);
	});
});

describe('gammaGammaExpectedSpend', () => {
	test('is the credibility-weighted mean of the population mean and the customer’s own zbar', () => {
		const { p, q, v } = PUBLISHED;
		const populationMean = (p * v) / (q - 1);
		expect(gammaGammaExpectedSpend(PUBLISHED, 0, 0)).toBeCloseTo(populationMean, 12);
		fc.assert(
			fc.property(fc.integer({ min: 1, max: 200 }), fc.double({ min: 0.01, max: 1000, noNaN: true }), (x, zbar) => {
				const weight = (p * x) / (p * x + q - 1);
				const spend = gammaGammaExpectedSpend(PUBLISHED, x, zbar);
				expect(spend).toBeCloseTo((1 - weight) * populationMean + weight * zbar, 9);
				// Between the two, and closer to zbar with more purchases.
				expect(spend).toBeGreaterThanOrEqual(Math.min(populationMean, zbar) - 1e-9);
				expect(spend).toBeLessThanOrEqual(Math.max(populationMean, zbar) + 1e-9);
				expect(Math.abs(gammaGammaExpectedSpend(PUBLISHED, x + 1, zbar) - zbar)).toBeLessThanOrEqual(
					Math.abs(spend - zbar) + 1e-12,
				);
			}),
		);
	});

	test('needs q > 1', () => {
		expect(() => gammaGammaExpectedSpend({ p: 1, q: 1, v: 1 }, 2, 10)).toThrow(/q > 1/);
	});
});

describe('fitGammaGamma', () => {
	test('counts repeat buyers without spend and refuses data without repeat buyers', () => {
		const fit = fitGammaGamma({ x: [1, 2, 3, 0, 2, 4, 1, 5], zbar: [10, 12, 30, 0, 0, 22, 15, 18] });
		expect(fit.customers).toBe(6);
		expect(fit.excludedZeroSpend).toBe(1);
		expect(() => fitGammaGamma({ x: [0, 0], zbar: [0, 0] })).toThrow(/no repeat buyer/);
	});
});

const SUMMARY = 'cdnow_customers_summary_with_transactions.csv';

describe.skipIf(!hasCdnow('CDNOW_sample.txt', SUMMARY))(
	cdnowTitle('Gamma-Gamma on the CDNOW sample', 'CDNOW_sample.txt', SUMMARY),
	() => {
		const expectPublished = (params: GammaGammaParams) => {
			for (const name of ['p', 'q', 'v'] as const)
				expect(Math.abs(params[name] / PUBLISHED[name] - 1), name).toBeLessThan(0.01);
		};

		test('reproduces p = 6.25, q = 3.74, v = 15.44 within 1% on the 946 repeat buyers of the transactions', () => {
			const { log } = parseCdnow(readCdnow('CDNOW_sample.txt'));
			const summary = summariseCustomers(log, { calibrationEnd: '1997-09-30' });
			const progress: number[] = [];
			const fit = fitGammaGamma(summary, { onProgress: (_, ll) => progress.push(ll) });
			expect(fit.customers).toBe(946);
			expect(fit.excludedZeroSpend).toBe(0);
			expect(fit.converged).toBe(true);
			expectPublished(fit.params);
			expect(progress.length).toBe(fit.iterations);
			// The fit is a maximum: nudging any parameter by 1% lowers the likelihood.
			for (const name of ['p', 'q', 'v'] as const) {
				for (const factor of [0.99, 1.01]) {
					expect(gammaGammaLogLikelihood({ ...fit.params, [name]: fit.params[name] * factor }, summary)).toBeLessThan(
						fit.logLikelihood,
					);
				}
			}
		});

		test('gives the same estimates from the published summary file’s rounded zbar', () => {
			const rows = readCdnowCsv(SUMMARY);
			const fit = fitGammaGamma({ x: rows.map((row) => row.x as number), zbar: rows.map((row) => row.zbar as number) });
			expect(fit.customers).toBe(946);
			expectPublished(fit.params);
		});
	},
);
