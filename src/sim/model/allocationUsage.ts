import type { Portfolio } from '../portfolio/generatePortfolio.ts';
import type { Scenario } from '../scenarios/scenarioSchema.ts';
import { type ResourceUsage, usageAgainstLimits } from './checkAllocation.ts';
import { membersByRevenue, revenueRankInTier, type TierAllocation } from './tierAllocation.ts';

/**
 * What per-tier decisions use of each limited resource, straight from the decisions: the sums `resourceUsage` makes
 * over the expanded allocation and its service plan, term by term in the same order, so to the same bit, but
 * without building either (ten 10,000-customer arrays and an exp per customer). The machine's guard and the
 * allocation panel's meters ask for it on every slider step, on the page's main thread.
 */
export function allocationUsage(
	portfolio: Portfolio,
	scenario: Scenario,
	tierOf: Uint8Array,
	allocations: readonly TierAllocation[],
	alive: Float64Array,
	budgetScale = 1,
): ResourceUsage[] {
	const res = scenario.resources;
	const { accountsPerTeam, costPerTeam } = res.ironTriangle;
	const tiers = allocations.length;
	// Per tier, as expandTierAllocation spreads them: how many of its largest accounts its teams cover, at what cost each.
	const covered = new Float64Array(tiers);
	const costEach = new Float64Array(tiers);
	const members = membersByRevenue(portfolio, tierOf, tiers);
	let teamsUsed = 0;
	allocations.forEach((a, tier) => {
		const teams = Math.round(a.ironTriangleTeams);
		const n = Math.min((members[tier] as Uint32Array).length, teams * accountsPerTeam);
		covered[tier] = n;
		costEach[tier] = n > 0 ? (teams * costPerTeam) / n : 0;
		teamsUsed += teams;
	});
	const rank = revenueRankInTier(portfolio, tierOf, tiers);
	const need = portfolio.serviceNeed;
	let budget = 0;
	let kam = 0;
	let visits = 0;
	let assisted = 0;
	let valueAdded = 0;
	let highestFee = 0;
	for (let i = 0; i < alive.length; i++) {
		const tier = tierOf[i] as number;
		const a = allocations[tier];
		if (!a) continue;
		// A tier's fee rate is its policy for whichever of its customers are below zero in a round.
		const fee = a.bzFee;
		if (fee > highestFee) highestFee = fee;
		const weight = alive[i] as number;
		if (weight === 0) continue;
		const teamCost = (rank[i] as number) < (covered[tier] as number) ? (costEach[tier] as number) : 0;
		// servicePlan's serviceCost, in its order.
		const cost =
			a.kamHours * res.kamHours.unitCost +
			a.visits * res.visits.unitCost +
			a.assisted * res.assisted.unitCost +
			a.digital * (need[i] as number) * res.digital.unitCost +
			a.valueAdded * res.valueAdded.unitCost +
			teamCost;
		budget += weight * cost;
		kam += weight * a.kamHours;
		visits += weight * a.visits;
		assisted += weight * a.assisted;
		valueAdded += weight * a.valueAdded;
	}
	return usageAgainstLimits(
		scenario,
		{ budget, kamHours: kam, visits, assisted, valueAdded, ironTriangleTeams: teamsUsed, bzFee: highestFee },
		budgetScale,
	);
}
