import type { Portfolio } from '../portfolio/generatePortfolio.ts';
import type { Scenario } from '../scenarios/scenarioSchema.ts';
import { fillServicePlan, type ServicePlan, servicePlan } from './servicePlan.ts';
import {
	type CustomerAllocation,
	emptyCustomerAllocation,
	expandTierAllocation,
	membersByIndex,
	membersByRevenue,
	spreadTier,
	type TierAllocation,
	tierAllocationKeys,
} from './tierAllocation.ts';

/** Per-tier decisions spread over the customers, and the service plan they give. Never written after it is made. */
export interface AllocationPlan {
	customers: CustomerAllocation;
	plan: ServicePlan;
}

interface Made {
	portfolio: Portfolio;
	scenario: Scenario;
	tierOf: Uint8Array;
	belowZero: Uint8Array;
	/** Copies of the decisions it was made for: the caller may reuse its objects. */
	allocations: TierAllocation[];
	result: AllocationPlan;
}

// The last plan made. A slider step changes one tier's decisions, so the next plan is this one with that tier's
// customers recomputed: a step in a small tier then costs a fraction of a whole plan (an exp or two per customer).
let last: Made | null = null;

const sameDecisions = (a: TierAllocation, b: TierAllocation) => tierAllocationKeys.every((k) => a[k] === b[k]);

/**
 * The customers' allocation and service plan under per-tier decisions: entry for entry what `expandTierAllocation`
 * and `servicePlan` give, patched from the last plan where only some tiers changed.
 */
export function allocationPlan(
	portfolio: Portfolio,
	scenario: Scenario,
	tierOf: Uint8Array,
	allocations: readonly TierAllocation[],
	belowZero: Uint8Array,
): AllocationPlan {
	const previous =
		last &&
		last.portfolio === portfolio &&
		last.scenario === scenario &&
		last.tierOf === tierOf &&
		last.belowZero === belowZero &&
		last.allocations.length === allocations.length
			? last
			: null;
	let result: AllocationPlan;
	if (!previous) {
		const customers = expandTierAllocation(portfolio, scenario, tierOf, allocations, belowZero);
		result = { customers, plan: servicePlan(portfolio, scenario, customers) };
	} else {
		const changed = allocations.flatMap((a, tier) =>
			sameDecisions(a, previous.allocations[tier] as TierAllocation) ? [] : [tier],
		);
		if (changed.length === 0) return previous.result;
		result = patched(previous.result, portfolio, scenario, tierOf, allocations, belowZero, changed);
	}
	last = {
		portfolio,
		scenario,
		tierOf,
		belowZero,
		allocations: allocations.map((a) => ({ ...a })),
		result,
	};
	return result;
}

function patched(
	from: AllocationPlan,
	portfolio: Portfolio,
	scenario: Scenario,
	tierOf: Uint8Array,
	allocations: readonly TierAllocation[],
	belowZero: Uint8Array,
	changed: number[],
): AllocationPlan {
	const c = from.customers;
	const customers: CustomerAllocation = {
		kamHours: c.kamHours.slice(),
		visits: c.visits.slice(),
		assisted: c.assisted.slice(),
		digital: c.digital.slice(),
		partner: c.partner.slice(),
		valueAdded: c.valueAdded.slice(),
		ironTriangle: c.ironTriangle.slice(),
		ironTriangleCost: c.ironTriangleCost.slice(),
		bzFee: c.bzFee.slice(),
		ironTriangleTeams: 0,
	};
	const p = from.plan;
	const plan: ServicePlan = {
		coverage: p.coverage.slice(),
		attention: p.attention.slice(),
		target: p.target.slice(),
		serviceCost: p.serviceCost.slice(),
		fixedCost: p.fixedCost.slice(),
		commissionRate: p.commissionRate.slice(),
		feeRate: p.feeRate.slice(),
	};
	const members = membersByRevenue(portfolio, tierOf, allocations.length);
	// The plan of each customer stands alone, so it is filled in index order: front to back through every array.
	const inOrder = membersByIndex(portfolio, tierOf, allocations.length);
	for (const tier of changed) {
		spreadTier(customers, scenario, members[tier] as Uint32Array, allocations[tier] as TierAllocation, belowZero);
		fillServicePlan(plan, portfolio, scenario, customers, inOrder[tier] as Uint32Array);
	}
	for (const a of allocations) customers.ironTriangleTeams += Math.round(a.ironTriangleTeams);
	return { customers, plan };
}

/**
 * Plans made into two sets of buffers that take turns, for a caller that keeps only the last plan it asked for (the
 * forecast of a dragged slider): each plan is patched from the one before into the other set, so a slider step
 * allocates nothing. A plan it returns stays valid until the second call after.
 */
export class AlternatingPlans {
	private readonly slots: (Made | null)[] = [null, null];
	private turn = 0;

	plan(
		portfolio: Portfolio,
		scenario: Scenario,
		tierOf: Uint8Array,
		allocations: readonly TierAllocation[],
		belowZero: Uint8Array,
	): AllocationPlan {
		const before = this.slots[1 - this.turn] ?? null;
		const previous =
			before &&
			before.portfolio === portfolio &&
			before.scenario === scenario &&
			before.tierOf === tierOf &&
			before.belowZero === belowZero &&
			before.allocations.length === allocations.length
				? before
				: null;
		const changed = allocations.flatMap((a, tier) =>
			previous && sameDecisions(a, previous.allocations[tier] as TierAllocation) ? [] : [tier],
		);
		if (previous && changed.length === 0) return previous.result;
		const slot = this.slots[this.turn];
		const result =
			slot && slot.result.plan.coverage.length === portfolio.size ? slot.result : emptyPlan(portfolio.size);
		const { customers, plan } = result;
		if (previous) {
			copyPlan(previous.result, result);
		}
		const members = membersByRevenue(portfolio, tierOf, allocations.length);
		const inOrder = membersByIndex(portfolio, tierOf, allocations.length);
		customers.ironTriangleTeams = 0;
		allocations.forEach((a, tier) => {
			customers.ironTriangleTeams += Math.round(a.ironTriangleTeams);
		});
		for (const tier of changed) {
			spreadTier(customers, scenario, members[tier] as Uint32Array, allocations[tier] as TierAllocation, belowZero);
			fillServicePlan(plan, portfolio, scenario, customers, inOrder[tier] as Uint32Array);
		}
		this.slots[this.turn] = {
			portfolio,
			scenario,
			tierOf,
			belowZero,
			allocations: allocations.map((a) => ({ ...a })),
			result,
		};
		this.turn = 1 - this.turn;
		return result;
	}
}

function emptyPlan(size: number): AllocationPlan {
	return {
		customers: emptyCustomerAllocation(size),
		plan: {
			coverage: new Float64Array(size),
			attention: new Float64Array(size),
			target: new Float64Array(size),
			serviceCost: new Float64Array(size),
			fixedCost: new Float64Array(size),
			commissionRate: new Float64Array(size),
			feeRate: new Float64Array(size),
		},
	};
}

function copyPlan(from: AllocationPlan, to: AllocationPlan): void {
	const c = from.customers;
	const d = to.customers;
	d.kamHours.set(c.kamHours);
	d.visits.set(c.visits);
	d.assisted.set(c.assisted);
	d.digital.set(c.digital);
	d.partner.set(c.partner);
	d.valueAdded.set(c.valueAdded);
	d.ironTriangle.set(c.ironTriangle);
	d.ironTriangleCost.set(c.ironTriangleCost);
	d.bzFee.set(c.bzFee);
	const p = from.plan;
	const q = to.plan;
	q.coverage.set(p.coverage);
	q.attention.set(p.attention);
	q.target.set(p.target);
	q.serviceCost.set(p.serviceCost);
	q.fixedCost.set(p.fixedCost);
	q.commissionRate.set(p.commissionRate);
	q.feeRate.set(p.feeRate);
}
