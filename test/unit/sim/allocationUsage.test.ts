import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { createSession } from '../../../src/sim/exercise/createSession.ts';
import { allocationUsage } from '../../../src/sim/model/allocationUsage.ts';
import { resourceUsage } from '../../../src/sim/model/checkAllocation.ts';
import { servicePlan } from '../../../src/sim/model/servicePlan.ts';
import { expandTierAllocation, type TierAllocation } from '../../../src/sim/model/tierAllocation.ts';
import { referenceDecisions } from '../../../src/sim/policies/referenceAllocations.ts';
import { findScenario } from '../../../src/sim/scenarios/scenarioCatalog.ts';
import { tieringSpecSchema } from '../../../src/sim/tiering/tieringSpec.ts';
import { tierPortfolio } from '../../../src/sim/tiering/tierPortfolio.ts';

// The slow definition: spread the decisions over the customers, build their service plan, add up.
function expandedUsage(
	session: ReturnType<typeof createSession>,
	tierOf: Uint8Array,
	draft: readonly TierAllocation[],
	alive: Float64Array,
	scale: number,
) {
	const { portfolio, scenario } = session;
	const customers = expandTierAllocation(portfolio, scenario, tierOf, draft);
	return resourceUsage(scenario, customers, servicePlan(portfolio, scenario, customers), alive, scale);
}

const allocation = fc.record({
	kamHours: fc.double({ min: 0, max: 40, noNaN: true }),
	visits: fc.double({ min: 0, max: 8, noNaN: true }),
	assisted: fc.double({ min: 0, max: 60, noNaN: true }),
	digital: fc.double({ min: 0, max: 1, noNaN: true }),
	partner: fc.double({ min: 0, max: 1, noNaN: true }),
	valueAdded: fc.double({ min: 0, max: 6, noNaN: true }),
	ironTriangleTeams: fc.double({ min: 0, max: 40, noNaN: true }),
	bzFee: fc.double({ min: 0, max: 0.3, noNaN: true }),
});

for (const [scenarioId, method] of [
	['ict-equipment', 'strategicKeyOrdinary'],
	['retail-bank', 'pyramid'],
] as const) {
	const scenario = findScenario(scenarioId);
	if (!scenario) throw new Error(`${scenarioId} missing`);
	const session = createSession(scenario, 11, 600);
	const tiering = tierPortfolio(tieringSpecSchema.parse({ method }), session.attributes);
	const tiers = tiering.tierIds.length;
	// The session's scenario: its capacities are scaled to the portfolio's size.
	const { portfolio } = session;

	describe(`allocationUsage on ${scenarioId} (${method}, ${tiers} tiers)`, () => {
		test('is the expanded sum to the bit, for any decisions and any survivors', () => {
			fc.assert(
				fc.property(
					fc.array(allocation, { minLength: tiers, maxLength: tiers }),
					// Survival weights, with some customers gone (0) as in stochastic mode.
					fc.array(fc.oneof(fc.constant(0), fc.double({ min: 0, max: 1, noNaN: true })), {
						minLength: portfolio.size,
						maxLength: portfolio.size,
					}),
					fc.double({ min: 0.5, max: 1.5, noNaN: true }),
					(draft, weights, scale) => {
						const alive = Float64Array.from(weights);
						expect(allocationUsage(portfolio, session.scenario, tiering.tierOf, draft, alive, scale)).toStrictEqual(
							expandedUsage(session, tiering.tierOf, draft, alive, scale),
						);
					},
				),
				{ numRuns: 60 },
			);
		});

		test('agrees with the reference policies and with fewer decisions than tiers', () => {
			const alive = new Float64Array(portfolio.size).fill(1);
			for (const policy of ['status-quo', 'needs-based', 'value-proportional'] as const) {
				for (const round of referenceDecisions(policy, session, tiering)) {
					for (const draft of [round, round.slice(0, tiers - 1)]) {
						expect(allocationUsage(portfolio, session.scenario, tiering.tierOf, draft, alive, 0.9)).toStrictEqual(
							expandedUsage(session, tiering.tierOf, draft, alive, 0.9),
						);
					}
				}
			}
		});
	});
}
