import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { annualChurn, serviceUtility, targetSatisfaction } from '../../../src/sim/model/serviceResponse.ts';
import { scenarios } from '../../../src/sim/scenarios/scenarioCatalog.ts';

const coverage = fc.double({ min: 0, max: 4, noNaN: true });
const attention = fc.double({ min: 0, max: 4, noNaN: true });

describe('targetSatisfaction', () => {
	test('never falls when coverage or attention rises', () => {
		fc.assert(
			fc.property(coverage, coverage, attention, attention, (c1, c2, a1, a2) => {
				const [cLo, cHi] = c1 <= c2 ? [c1, c2] : [c2, c1];
				const [aLo, aHi] = a1 <= a2 ? [a1, a2] : [a2, a1];
				expect(targetSatisfaction(cHi, aHi)).toBeGreaterThanOrEqual(targetSatisfaction(cLo, aLo) - 1e-12);
			}),
		);
	});

	test('is 4 ("satisfied") when the need is met exactly without personal attention', () => {
		expect(targetSatisfaction(1, 0)).toBeCloseTo(4, 12);
	});

	test('a shortfall lowers satisfaction more than a surplus of the same size raises it', () => {
		fc.assert(
			fc.property(fc.double({ min: 0.01, max: 0.75, noNaN: true }), (gap) => {
				const loss = 4 - targetSatisfaction(1 - gap, 0);
				const gain = targetSatisfaction(1 + gap, 0) - 4;
				expect(loss).toBeGreaterThan(gain);
			}),
		);
	});

	test('stays within 1 and 5 and reaches 5 only with personal attention', () => {
		fc.assert(
			fc.property(coverage, attention, (c, a) => {
				const s = targetSatisfaction(c, a);
				expect(s).toBeGreaterThanOrEqual(1);
				expect(s).toBeLessThanOrEqual(5);
			}),
		);
		expect(targetSatisfaction(10, 0)).toBeLessThan(4.5);
		expect(targetSatisfaction(2, 3)).toBeGreaterThan(4.8);
	});
});

describe('serviceUtility', () => {
	test('is concave: returns diminish (Rust, Zahorik & Keiningham 1995)', () => {
		fc.assert(
			fc.property(fc.double({ min: 0, max: 3, noNaN: true }), fc.double({ min: 0.01, max: 1, noNaN: true }), (c, h) => {
				const first = serviceUtility(c + h) - serviceUtility(c);
				const second = serviceUtility(c + 2 * h) - serviceUtility(c + h);
				expect(second).toBeLessThanOrEqual(first + 1e-12);
			}),
		);
		expect(serviceUtility(0)).toBe(0);
		expect(serviceUtility(1)).toBeCloseTo(1, 12);
	});
});

describe('annualChurn', () => {
	test('never rises with satisfaction, in every scenario', () => {
		for (const scenario of scenarios) {
			fc.assert(
				fc.property(fc.double({ min: 1, max: 5, noNaN: true }), fc.double({ min: 1, max: 5, noNaN: true }), (a, b) => {
					const [lo, hi] = a <= b ? [a, b] : [b, a];
					expect(annualChurn(hi, scenario.churn)).toBeLessThanOrEqual(annualChurn(lo, scenario.churn) + 1e-12);
				}),
			);
		}
	});

	test('the 4-to-5 gap is much larger in a competitive market than in a low-competition one (Jones & Sasser 1995)', () => {
		const competitive = { floor: 0.03, ceiling: 0.6, midpoint: 4, steepness: 3 };
		const lowCompetition = { floor: 0.02, ceiling: 0.15, midpoint: 2.5, steepness: 2 };
		const gap = (c: typeof competitive) => annualChurn(4, c) - annualChurn(5, c);
		expect(gap(competitive)).toBeGreaterThan(5 * gap(lowCompetition));
		// "Merely satisfied" customers defect several times as often as "completely satisfied" ones.
		expect(annualChurn(4, competitive) / annualChurn(5, competitive)).toBeGreaterThan(4);
	});
});
