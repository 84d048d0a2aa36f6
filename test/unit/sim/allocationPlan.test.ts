import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { createSession } from '../../../src/sim/exercise/createSession.ts';
import { AlternatingPlans, allocationPlan } from '../../../src/sim/model/allocationPlan.ts';
import { servicePlan } from '../../../src/sim/model/servicePlan.ts';
import { expandTierAllocation, type TierAllocation } from '../../../src/sim/model/tierAllocation.ts';
import { referenceDecisions } from '../../../src/sim/policies/referenceAllocations.ts';
import { findScenario } from '../../../src/sim/scenarios/scenarioCatalog.ts';
import { tieringSpecSchema } from '../../../src/sim/tiering/tieringSpec.ts';
import { tierPortfolio } from '../../../src/sim/tiering/tierPortfolio.ts';

const scenario = findScenario('ict-equipment');
if (!scenario) throw new Error('ict-equipment missing');
const session = createSession(scenario, 3, 700);
const tiering = tierPortfolio(tieringSpecSchema.parse({ method: 'pyramid' }), session.attributes);
const tiers = tiering.tierIds.length;
const { portfolio } = session;
const start = referenceDecisions('needs-based', session, tiering)[0] as TierAllocation[];

const fresh = (draft: readonly TierAllocation[]) => {
	const customers = expandTierAllocation(portfolio, session.scenario, tiering.tierOf, draft);
	return { customers, plan: servicePlan(portfolio, session.scenario, customers) };
};
const made = (draft: readonly TierAllocation[]) => allocationPlan(portfolio, session.scenario, tiering.tierOf, draft);

// One slider step: a tier, a resource and its new value.
const step = fc.record({
	tier: fc.integer({ min: 0, max: tiers - 1 }),
	resource: fc.constantFrom(
		'kamHours',
		'visits',
		'assisted',
		'digital',
		'partner',
		'valueAdded',
		'ironTriangleTeams',
		'bzFee',
	),
	value: fc.double({ min: 0, max: 20, noNaN: true }),
});

describe('allocationPlan', () => {
	test('patched step by step, it is the plan made from scratch, to the bit', () => {
		fc.assert(
			fc.property(fc.array(step, { minLength: 1, maxLength: 12 }), (steps) => {
				let draft = start.map((a) => ({ ...a }));
				made(draft);
				for (const { tier, resource, value } of steps) {
					draft = draft.map((a, t) => (t === tier ? { ...a, [resource]: value } : a));
					expect(made(draft)).toStrictEqual(fresh(draft));
				}
			}),
			{ numRuns: 40 },
		);
	});

	test('never writes into a plan it returned earlier', () => {
		const first = made(start);
		const copy = structuredClone(first);
		made(start.map((a, t) => (t === 0 ? { ...a, visits: a.visits + 1, ironTriangleTeams: 0 } : a)));
		expect(first).toStrictEqual(copy);
	});

	test('answers an edit of the caller’s own objects with the new figures (it keeps copies, not references)', () => {
		const draft = start.map((a) => ({ ...a }));
		made(draft);
		(draft[1] as TierAllocation).assisted += 3;
		expect(made(draft)).toStrictEqual(fresh(draft));
	});
});

describe('AlternatingPlans', () => {
	test('step by step, each plan is the one made from scratch, to the bit, and the one before stays intact', () => {
		fc.assert(
			fc.property(fc.array(step, { minLength: 1, maxLength: 12 }), (steps) => {
				const plans = new AlternatingPlans();
				let draft = start.map((a) => ({ ...a }));
				let before = plans.plan(portfolio, session.scenario, tiering.tierOf, draft);
				for (const { tier, resource, value } of steps) {
					const last = draft;
					draft = draft.map((a, t) => (t === tier ? { ...a, [resource]: value } : a));
					const now = plans.plan(portfolio, session.scenario, tiering.tierOf, draft);
					expect(now).toStrictEqual(fresh(draft));
					// The caller may still read the plan before while it makes this one (the last forecast's).
					expect(before).toStrictEqual(fresh(last));
					before = now;
				}
			}),
			{ numRuns: 30 },
		);
	});

	test('a slider moved back and forth gets the plan made from scratch each time', () => {
		const plans = new AlternatingPlans();
		const tier = start.length - 1;
		const at = (assisted: number) => start.map((a, t) => (t === tier ? { ...a, assisted } : a));
		const base = start[tier]?.assisted ?? 0;
		for (const value of [base, base * 0.9, base, base * 0.9, base * 0.8, base * 0.9, base]) {
			const draft = at(value);
			expect(plans.plan(portfolio, session.scenario, tiering.tierOf, draft)).toStrictEqual(fresh(draft));
		}
	});
});
