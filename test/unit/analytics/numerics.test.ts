import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { dayNumber, isoDayNumber } from '../../../src/sim/analytics/dayNumber.ts';
import { hyp2f1 } from '../../../src/sim/analytics/hyp2f1.ts';
import { logGamma } from '../../../src/sim/analytics/logGamma.ts';
import { nelderMead } from '../../../src/sim/analytics/nelderMead.ts';

describe('logGamma', () => {
	test('matches exact values', () => {
		expect(logGamma(1)).toBeCloseTo(0, 14);
		expect(logGamma(2)).toBeCloseTo(0, 14);
		expect(logGamma(0.5)).toBeCloseTo(0.5 * Math.log(Math.PI), 14);
		expect(logGamma(10)).toBeCloseTo(Math.log(362880), 12);
		expect(logGamma(0.1)).toBeCloseTo(2.252712651734206, 12); // ln Γ(0.1), Γ(0.1) = 9.51350769866873…
		// Stirling with three correction terms is exact to double precision at x = 1000.
		const x = 1000;
		const stirling = (x - 0.5) * Math.log(x) - x + 0.5 * Math.log(2 * Math.PI) + 1 / (12 * x) - 1 / (360 * x ** 3);
		expect(logGamma(x) / stirling).toBeCloseTo(1, 14);
	});

	test('satisfies ln Γ(x + 1) = ln Γ(x) + ln x', () => {
		fc.assert(
			fc.property(fc.double({ min: 1e-3, max: 500, noNaN: true }), (x) => {
				expect(logGamma(x + 1) - logGamma(x)).toBeCloseTo(Math.log(x), 9);
			}),
		);
	});

	test('rejects x ≤ 0', () => {
		expect(() => logGamma(0)).toThrow(RangeError);
		expect(() => logGamma(-1.5)).toThrow(RangeError);
	});
});

describe('hyp2f1', () => {
	test('matches closed forms', () => {
		for (const z of [-0.9, -0.3, 0.001, 0.2, 0.5, 0.9, 0.99]) {
			// 2F1(1, 1; 2; z) = −ln(1 − z) / z
			expect(hyp2f1(1, 1, 2, z)).toBeCloseTo(-Math.log(1 - z) / z, 12);
			// 2F1(a, b; b; z) = (1 − z)^−a
			expect(hyp2f1(0.7, 2.3, 2.3, z)).toBeCloseTo((1 - z) ** -0.7, 11);
		}
		for (const s of [0.1, 0.5, 0.9]) {
			// 2F1(1/2, 1/2; 3/2; s²) = arcsin(s) / s
			expect(hyp2f1(0.5, 0.5, 1.5, s * s)).toBeCloseTo(Math.asin(s) / s, 13);
		}
		// A terminating series: 2F1(−2, b; c; z) = 1 − 2bz/c + b(b + 1)z² / (c(c + 1))
		expect(hyp2f1(-2, 3, 4, 0.5)).toBeCloseTo(1 - (2 * 3 * 0.5) / 4 + (3 * 4 * 0.25) / (4 * 5), 14);
		expect(hyp2f1(1.2, 3.4, 5.6, 0)).toBe(1);
	});

	test('matches mpmath (30 digits) on both of its paths, with the parameters BG/NBD uses and larger ones', () => {
		// [a, b, c, z, 2F1] from mpmath.hyp2f1 at 30 digits, as the nearest doubles. Rows 1–3 and 8 have the shape of BG/NBD's
		// eq. (10) for x = 0, 2, 40, 150; rows 1–3, 7 and 8 take the Euler path, rows 4–6 the plain series (6: z < 0).
		const reference = [
			[0.243, 2.426, 2.219, 0.3, 1.100518533085473],
			[2.243, 4.426, 4.219, 0.47, 4.49303693401162],
			[40.243, 42.426, 42.219, 0.55, 105973538900263.1],
			[0.5, 0.3, 1.7, 0.95, 1.1575871663857538],
			[1.95, -0.207, 101.2, 0.8, 0.9967793256796825],
			[12.5, 0.7, 3.1, -0.6, 0.3895447800410527],
			[3.3, 4.4, 0.6, 0.75, 561681.3194193521],
			[150.2, 152.4, 151.2, 0.3, 2.8256728816736494e23],
		] as const;
		for (const [a, b, c, z, value] of reference) expect(hyp2f1(a, b, c, z) / value).toBeCloseTo(1, 12);
	});

	test('refuses arguments outside the series domain', () => {
		expect(() => hyp2f1(1, 1, 2, 1)).toThrow(/\|z\| < 1/);
		expect(() => hyp2f1(1, 1, -2, 0.5)).toThrow(/pole/);
	});
});

describe('nelderMead', () => {
	test('finds the minimum of the Rosenbrock function', () => {
		const rosenbrock = (p: Float64Array) =>
			100 * ((p[1] as number) - (p[0] as number) ** 2) ** 2 + (1 - (p[0] as number)) ** 2;
		const result = nelderMead(rosenbrock, [-1.2, 1], { valueTolerance: 1e-14, pointTolerance: 1e-10 });
		expect(result.converged).toBe(true);
		expect(result.point[0]).toBeCloseTo(1, 6);
		expect(result.point[1]).toBeCloseTo(1, 6);
	});

	test('minimises a shifted quadratic in 4 dimensions, reports progress, and is deterministic', () => {
		const centre = [3, -2, 0.5, 7];
		const f = (p: Float64Array) => centre.reduce((sum, c, j) => sum + (j + 1) * ((p[j] as number) - c) ** 2, 0);
		const seen: number[] = [];
		const first = nelderMead(f, [0, 0, 0, 0], { onIteration: (_, best) => seen.push(best) });
		const second = nelderMead(f, [0, 0, 0, 0]);
		for (let j = 0; j < 4; j++) expect(first.point[j]).toBeCloseTo(centre[j] as number, 4);
		expect([...second.point]).toEqual([...first.point]);
		expect(seen.length).toBe(first.iterations);
		for (let i = 1; i < seen.length; i++) expect(seen[i]).toBeLessThanOrEqual(seen[i - 1] as number);
	});

	test('steps back from points where f is not finite', () => {
		const f = (p: Float64Array) =>
			(p[0] as number) <= 0 ? Number.NaN : ((p[0] as number) - 2) ** 2 - Math.log(p[0] as number);
		const result = nelderMead(f, [0.3], { initialStep: 1 });
		// d/dx [(x − 2)² − ln x] = 0 → 2x² − 4x − 1 = 0 → x = 1 + √1.5
		expect(result.point[0]).toBeCloseTo(1 + Math.sqrt(1.5), 6);
	});

	test('stops at maxIterations and says it did not converge', () => {
		const result = nelderMead((p) => ((p[0] as number) - 5) ** 2 + ((p[1] as number) + 5) ** 2, [0, 0], {
			maxIterations: 3,
		});
		expect(result.iterations).toBe(3);
		expect(result.converged).toBe(false);
	});
});

describe('dayNumber', () => {
	test('counts days from 1970-01-01 and rejects impossible dates', () => {
		expect(dayNumber(1970, 1, 1)).toBe(0);
		expect(dayNumber(1997, 9, 30)).toBe(Date.UTC(1997, 8, 30) / 86_400_000);
		expect(dayNumber(2000, 2, 29)).toBe(Date.UTC(2000, 1, 29) / 86_400_000);
		expect(dayNumber(1900, 2, 29)).toBeUndefined();
		expect(dayNumber(2023, 4, 31)).toBeUndefined();
		expect(isoDayNumber('1997-13-01')).toBeUndefined();
		expect(isoDayNumber('1997-1-01')).toBeUndefined();
	});

	test('agrees with Date.UTC on any date from 1600 to 2400', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: Date.UTC(1600, 0, 1) / 86_400_000, max: Date.UTC(2400, 11, 31) / 86_400_000 }),
				(day) => {
					const date = new Date(day * 86_400_000);
					expect(dayNumber(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate())).toBe(day);
				},
			),
		);
	});
});
