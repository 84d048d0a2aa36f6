import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cpuSlowdownFor } from '../../../scripts/cpuSlowdown.ts';

describe('cpuSlowdownFor', () => {
	it("meets the anchor points of Lighthouse's calibration curve", () => {
		expect(cpuSlowdownFor(150)).toBe(1);
		expect(cpuSlowdownFor(800)).toBe(2);
		expect(cpuSlowdownFor(1300)).toBe(3);
		expect(cpuSlowdownFor(1533)).toBe(4);
		expect(cpuSlowdownFor(1766)).toBe(5);
		expect(cpuSlowdownFor(1999)).toBe(6);
	});

	it('never slows a machine already slower than the target phone', () => {
		expect(cpuSlowdownFor(40)).toBe(1);
	});

	it('grows with the machine, without jumps', () => {
		fc.assert(
			fc.property(
				fc.double({ min: 1, max: 5000, noNaN: true }),
				fc.double({ min: 0, max: 50, noNaN: true }),
				(bi, d) => {
					const a = cpuSlowdownFor(bi);
					const b = cpuSlowdownFor(bi + d);
					expect(b).toBeGreaterThanOrEqual(a);
					// The steepest piece adds 1× per 233 points.
					expect(b - a).toBeLessThanOrEqual(d / 233 + 1e-9);
				},
			),
		);
	});

	it('refuses an index that is not a positive number', () => {
		expect(() => cpuSlowdownFor(Number.NaN)).toThrow(/positive number/);
		expect(() => cpuSlowdownFor(0)).toThrow(/positive number/);
	});
});
