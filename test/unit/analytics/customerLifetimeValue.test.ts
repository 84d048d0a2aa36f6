import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { type BgnbdParams, bgnbdConditionalExpectedPurchases, fitBgnbd } from '../../../src/sim/analytics/bgnbd.ts';
import { customerLifetimeValue, simpleClv } from '../../../src/sim/analytics/customerLifetimeValue.ts';
import {
	fitGammaGamma,
	type GammaGammaParams,
	gammaGammaExpectedSpend,
} from '../../../src/sim/analytics/gammaGamma.ts';
import { parseCdnow, summariseCustomers } from '../../../src/sim/analytics/transactionLog.ts';
import { cdnowTitle, hasCdnow, readCdnow } from './cdnowData.ts';

describe('simpleClv', () => {
	test('computes m·r / (1 + d − r) (hand-computed)', () => {
		expect(simpleClv(100, 0.8, 0.1)).toBeCloseTo(80 / 0.3, 12);
		expect(simpleClv(100, 0, 0.1)).toBe(0);
		expect(simpleClv(50, 1, 0.25)).toBeCloseTo(200, 12);
		expect(simpleClv(-20, 0.5, 0)).toBeCloseTo(-20, 12);
	});

	test('equals the discounted sum of margins received at each period end while retained', () => {
		fc.assert(
			fc.property(
				fc.double({ min: -1000, max: 1000, noNaN: true }),
				fc.double({ min: 0, max: 0.95, noNaN: true }),
				fc.double({ min: 0, max: 0.5, noNaN: true }),
				(m, r, d) => {
					let sum = 0;
					for (let t = 1; t <= 2000; t++) sum += (m * r ** t) / (1 + d) ** t;
					expect(simpleClv(m, r, d)).toBeCloseTo(sum, 6);
				},
			),
		);
	});

	test('is more elastic to retention than to margin (MODEL-NOTES §4)', () => {
		fc.assert(
			fc.property(
				fc.double({ min: 0.05, max: 0.95, noNaN: true }),
				fc.double({ min: 0.01, max: 0.3, noNaN: true }),
				(r, d) => {
					const base = simpleClv(100, r, d);
					const retentionUp = simpleClv(100, r * 1.01, d) / base - 1;
					const marginUp = simpleClv(101, r, d) / base - 1;
					expect(retentionUp).toBeGreaterThan(marginUp);
				},
			),
		);
	});

	test('rejects values that make no sense', () => {
		expect(() => simpleClv(10, 1.2, 0.1)).toThrow(/retention/);
		expect(() => simpleClv(10, 0.5, -1)).toThrow(/discount rate/);
		expect(() => simpleClv(10, 1, 0)).toThrow(/infinite/);
	});
});

describe('customerLifetimeValue', () => {
	const bgnbd: BgnbdParams = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };
	const gammaGamma: GammaGammaParams = { p: 6.25, q: 3.74, v: 15.44 };
	const customers = {
		x: [0, 2, 2, 7],
		tx: [0, 30.43, 5, 36],
		T: [38.86, 38.86, 38.86, 38],
		zbar: [0, 22.35, 22.35, 41],
	};
	const models = { bgnbd, gammaGamma };

	test('with one step: margin × expected spend × expected purchases × one discount factor (by hand)', () => {
		const result = customerLifetimeValue(customers, models, {
			marginRate: 0.3,
			horizonWeeks: 52,
			annualDiscountRate: 0.1,
			stepWeeks: 52,
		});
		const purchases = bgnbdConditionalExpectedPurchases(bgnbd, 52, 2, 30.43, 38.86);
		const spend = gammaGammaExpectedSpend(gammaGamma, 2, 22.35);
		expect(result.clv[1]).toBeCloseTo(0.3 * spend * purchases * 1.1 ** (-52 / (365.25 / 7)), 10);
		expect(result.expectedPurchases[1]).toBeCloseTo(purchases, 12);
		expect(result.expectedSpend[0]).toBeCloseTo(gammaGammaExpectedSpend(gammaGamma, 0, 0), 12);
	});

	test('without discounting, the discounted purchases are the expected purchases over the horizon', () => {
		const result = customerLifetimeValue(customers, models, { marginRate: 1, horizonWeeks: 78, annualDiscountRate: 0 });
		for (let i = 0; i < 4; i++) {
			expect(result.discountedPurchases[i]).toBeCloseTo(result.expectedPurchases[i] as number, 10);
			expect(result.clv[i]).toBeCloseTo(
				(result.expectedSpend[i] as number) * (result.expectedPurchases[i] as number),
				8,
			);
		}
	});

	test('grows with the horizon and the margin, falls with the discount rate, ranks the lapsed customer lower', () => {
		const value = (horizonWeeks: number, annualDiscountRate: number, marginRate = 0.3) =>
			customerLifetimeValue(customers, models, { marginRate, horizonWeeks, annualDiscountRate }).clv;
		const base = value(52, 0.1);
		const longer = value(104, 0.1);
		const dearer = value(52, 0.2);
		const richer = value(52, 0.1, 0.6);
		for (let i = 0; i < 4; i++) {
			expect(longer[i]).toBeGreaterThan(base[i] as number);
			expect(dearer[i]).toBeLessThan(base[i] as number);
			expect(richer[i]).toBeCloseTo(2 * (base[i] as number), 10);
		}
		// Same x and zbar, last purchase at week 5 instead of 30: likely gone, so worth less.
		expect(base[2]).toBeLessThan(base[1] as number);
		expect(value(0, 0.1)[1]).toBe(0);
	});

	test('rejects bad options', () => {
		expect(() =>
			customerLifetimeValue(customers, models, {
				marginRate: 0.3,
				horizonWeeks: 52,
				annualDiscountRate: 0.1,
				stepWeeks: 0,
			}),
		).toThrow(/step/);
		expect(() =>
			customerLifetimeValue(customers, models, { marginRate: 0.3, horizonWeeks: -1, annualDiscountRate: 0.1 }),
		).toThrow(/horizon/);
	});
});

describe.skipIf(!hasCdnow('CDNOW_sample.txt'))(cdnowTitle('CLV on the CDNOW sample', 'CDNOW_sample.txt'), () => {
	test('fits both models from the transactions and values every customer', () => {
		const { log } = parseCdnow(readCdnow('CDNOW_sample.txt'));
		const summary = summariseCustomers(log, { calibrationEnd: '1997-09-30' });
		const models = { bgnbd: fitBgnbd(summary).params, gammaGamma: fitGammaGamma(summary).params };
		const result = customerLifetimeValue(summary, models, {
			marginRate: 0.3,
			horizonWeeks: 52,
			annualDiscountRate: 0.1,
		});
		expect(result.clv.length).toBe(2357);
		for (const value of result.clv) expect(Number.isFinite(value) && value >= 0).toBe(true);
		// Value is concentrated: the top fifth of customers hold well over half of the total.
		const sorted = Float64Array.from(result.clv).sort().reverse();
		const total = sorted.reduce((s, v) => s + v, 0);
		const top = sorted.subarray(0, Math.round(0.2 * sorted.length)).reduce((s, v) => s + v, 0);
		expect(top / total).toBeGreaterThan(0.5);
	});
});
