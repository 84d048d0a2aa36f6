import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { createSession } from '../../../src/sim/exercise/createSession.ts';
import { findScenario } from '../../../src/sim/scenarios/scenarioCatalog.ts';
import { abcClasses } from '../../../src/sim/tiering/abcTiering.ts';
import type { CustomerAttributes } from '../../../src/sim/tiering/customerAttributes.ts';
import { customRuleTiers } from '../../../src/sim/tiering/customRuleTiering.ts';
import { mvcMgcBzGroups } from '../../../src/sim/tiering/mvcMgcBzTiering.ts';
import { pyramidLevels } from '../../../src/sim/tiering/pyramidTiering.ts';
import { quantileCut } from '../../../src/sim/tiering/quantileCut.ts';
import { strategicKeyOrdinaryLevels } from '../../../src/sim/tiering/strategicKeyOrdinaryTiering.ts';
import { summariseTiers } from '../../../src/sim/tiering/summariseTiers.ts';
import { tieringSpecSchema } from '../../../src/sim/tiering/tieringSpec.ts';
import { tierPortfolio } from '../../../src/sim/tiering/tierPortfolio.ts';
import { valuePotentialQuadrants } from '../../../src/sim/tiering/valuePotentialTiering.ts';

const f64 = (xs: number[]) => Float64Array.from(xs);

describe('abcClasses', () => {
	test('uses the cumulative share before each customer, so the customer crossing 80% is still A', () => {
		// Shares 50, 40, 10 (%): before-shares 0, 50, 90. The 40% customer takes the total past 80% and is still A.
		expect(Array.from(abcClasses(f64([40, 10, 50])))).toEqual([0, 1, 0]);
		// Shares 50, 30, 10, 5, 5: before-shares 0, 50, 80, 90, 95. Exactly 80% is not below the A cut (B); 95% is C.
		expect(Array.from(abcClasses(f64([10, 30, 5, 50, 5])))).toEqual([1, 0, 1, 0, 2]);
	});

	test('sends losses and zeros to C and ignores them in the total', () => {
		expect(Array.from(abcClasses(f64([-100, 60, 40, 0]), 0.5, 0.9))).toEqual([2, 0, 1, 2]);
	});

	test('honours adjustable cut-offs', () => {
		expect(Array.from(abcClasses(f64([40, 30, 20, 10]), 0.3, 0.6))).toEqual([0, 1, 2, 2]);
	});

	test('A customers never have a smaller value than B customers, nor B than C', () => {
		fc.assert(
			fc.property(
				fc.array(fc.double({ min: 0.01, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 60 }),
				(values) => {
					const classes = abcClasses(f64(values));
					for (let i = 0; i < values.length; i++)
						for (let j = 0; j < values.length; j++)
							if ((classes[i] as number) < (classes[j] as number))
								expect(values[i]).toBeGreaterThanOrEqual(values[j] as number);
				},
			),
		);
	});
});

describe('valuePotentialQuadrants', () => {
	test('puts high value/high potential in star, high/low in core, low/high in growth, low/low in basic', () => {
		const value = f64([10, 9, 1, 2]);
		const potential = f64([10, 1, 9, 2]);
		expect(Array.from(valuePotentialQuadrants(value, potential, 0.5, 0.5))).toEqual([0, 1, 2, 3]);
	});
});

describe('quantileCut', () => {
	test('interpolates like R type 7', () => {
		expect(quantileCut(f64([1, 2, 3, 4]), 0.5)).toBe(2.5);
		expect(quantileCut(f64([1, 2, 3, 4]), 0.2)).toBeCloseTo(1.6, 12);
		expect(quantileCut(f64([5]), 0.9)).toBe(5);
	});
});

describe('mvcMgcBzGroups', () => {
	test('flags every loss-maker BZ, the top profit share MVC and the top potential share of the rest MGC', () => {
		const profit = f64([100, 50, -5, 20, 10, -1, 30, 5, 1, 2]);
		const potential = f64([0, 0, 99, 80, 5, 0, 0, 70, 0, 0]);
		// 10 customers: MVC = top 2 by profit (0, 1); MGC = top 2 by potential not already MVC (2 is BZ → stays BZ; 3).
		expect(Array.from(mvcMgcBzGroups(profit, potential, 0.2, 0.2))).toEqual([0, 0, 3, 1, 2, 3, 2, 2, 2, 2]);
	});
});

describe('pyramidLevels', () => {
	test('grades by profit rank and sends every loss-maker to lead', () => {
		const profit = f64([100, 90, 80, 70, 60, 50, 40, 30, 20, -10]);
		expect(Array.from(pyramidLevels(profit, 0.1, 0.3, 0.8))).toEqual([0, 1, 1, 2, 2, 2, 2, 2, 3, 3]);
	});
});

describe('strategicKeyOrdinaryLevels', () => {
	test('ranks by revenue and promotes high-potential customers one level', () => {
		const revenue = f64([100, 90, 10, 9, 8, 7, 6, 5, 4, 3]);
		const potential = f64([0, 0, 0, 0, 0, 0, 0, 0, 0, 500]);
		// strategic: top 10% (1 customer); key: up to 30%; the last customer has the top potential → ordinary → key.
		expect(Array.from(strategicKeyOrdinaryLevels(revenue, potential, 0.1, 0.3, 0.1))).toEqual([
			0, 1, 1, 2, 2, 2, 2, 2, 2, 1,
		]);
	});
});

describe('customRuleTiers', () => {
	test('assigns the first tier whose conditions all hold, else the otherwise tier', () => {
		const attributes = { revenue: f64([500, 50, 5]), satisfaction: f64([4, 2, 5]) } as unknown as CustomerAttributes;
		const spec = tieringSpecSchema.parse({
			method: 'custom',
			tiers: [
				{ name: 'big', when: [{ attribute: 'revenue', op: '>=', value: 100 }] },
				{ name: 'unhappy', when: [{ attribute: 'satisfaction', op: '<', value: 3 }] },
			],
			otherwise: 'rest',
		});
		if (spec.method !== 'custom') throw new Error('parsed as another method');
		expect(Array.from(customRuleTiers(attributes, spec, 3))).toEqual([0, 1, 2]);
	});
});

describe('tierPortfolio and summariseTiers', () => {
	const scenario = findScenario('ict-equipment');
	if (!scenario) throw new Error('default scenario missing');
	const session = createSession(scenario, 5, 800);
	const methods = [
		{ method: 'abc' },
		{ method: 'valuePotential' },
		{ method: 'mvcMgcBz' },
		{ method: 'rfm' },
		{ method: 'pyramid' },
		{ method: 'strategicKeyOrdinary' },
		{
			method: 'custom',
			tiers: [{ name: 'large', when: [{ attribute: 'sizeClass', op: '==', value: 0 }] }],
			otherwise: 'others',
		},
	];

	test.each(methods)('$method gives every customer a tier, and shares that add up to 1', (input) => {
		const tiering = tierPortfolio(tieringSpecSchema.parse(input), session.attributes);
		for (const t of tiering.tierOf) expect(t).toBeLessThan(tiering.tierIds.length);
		const summary = summariseTiers(tiering, session.attributes);
		expect(summary.reduce((s, r) => s + r.count, 0)).toBe(800);
		expect(summary.reduce((s, r) => s + r.revenueShare, 0)).toBeCloseTo(1, 9);
		expect(summary.reduce((s, r) => s + r.profitShare, 0)).toBeCloseTo(1, 9);
	});

	test('rejects an invalid spec with the name of the field', () => {
		const result = tieringSpecSchema.safeParse({ method: 'abc', aCut: 0.99, bCut: 0.5 });
		expect(result.success).toBe(false);
		expect(result.error?.issues[0]?.path).toEqual(['aCut']);
	});
});
