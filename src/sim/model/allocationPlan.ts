import type { Portfolio } from '../portfolio/generatePortfolio.ts';
import type { Scenario } from '../scenarios/scenarioSchema.ts';
import { fillServicePlan, type ServicePlan, servicePlan } from './servicePlan.ts';
import {
	type CustomerAllocation,
	emptyCustomerAllocation,
	expandTierAllocation,
	membersByIndex,
	membersByRevenue,
	sameDecisions,
	spreadTier,
	type TierAllocation,
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
	/** Copies of the decisions it was made for: the caller may reuse its objects. */
	allocations: TierAllocation[];
	result: AllocationPlan;
}

// The last plan made. A slider step changes one tier's decisions, so the next plan is this one with that tier's
// customers recomputed: a step in a small tier then costs a fraction of a whole plan (an exp or two per customer).
let last: Made | null = null;

/**
 * The customers' allocation and service plan under per-tier decisions: entry for entry what `expandTierAllocation`
 * and `servicePlan` give, patched from the last plan where only some tiers changed.
 */
export function allocationPlan(
	portfolio: Portfolio,
	scenario: Scenario,
	tierOf: Uint8Array,
	allocations: readonly TierAllocation[],
): AllocationPlan {
	const previous = madeFor(last, portfolio, scenario, tierOf, allocations.length);
	let result: AllocationPlan;
	if (!previous) {
		const customers = expandTierAllocation(portfolio, scenario, tierOf, allocations);
		result = { customers, plan: servicePlan(portfolio, scenario, customers) };
	} else {
		const changed = changedTiers(allocations, previous);
		if (changed.length === 0) return previous.result;
		result = patched(previous.result, portfolio, scenario, tierOf, allocations, changed);
	}
	last = {
		portfolio,
		scenario,
		tierOf,
		allocations: allocations.map((a) => ({ ...a })),
		result,
	};
	return result;
}

/** `made` if it was made for this portfolio, scenario, tiering and number of tiers (so it can be patched), else null. */
function madeFor(
	made: Made | null,
	portfolio: Portfolio,
	scenario: Scenario,
	tierOf: Uint8Array,
	tierCount: number,
): Made | null {
	return made &&
		made.portfolio === portfolio &&
		made.scenario === scenario &&
		made.tierOf === tierOf &&
		made.allocations.length === tierCount
		? made
		: null;
}

/** The tiers whose decisions differ from those `previous` was made for (every tier without one). */
function changedTiers(allocations: readonly TierAllocation[], previous: Made | null): number[] {
	return allocations.flatMap((a, tier) => (previous && sameDecisions(a, previous.allocations[tier]) ? [] : [tier]));
}

function patched(
	from: AllocationPlan,
	portfolio: Portfolio,
	scenario: Scenario,
	tierOf: Uint8Array,
	allocations: readonly TierAllocation[],
	changed: number[],
): AllocationPlan {
	const result = emptyPlan(portfolio.size);
	copyPlan(from, result);
	rewriteTiers(result, portfolio, scenario, tierOf, allocations, changed);
	return result;
}

/** Writes the decisions of the `changed` tiers into a plan over whatever was there, and its count of teams. */
function rewriteTiers(
	result: AllocationPlan,
	portfolio: Portfolio,
	scenario: Scenario,
	tierOf: Uint8Array,
	allocations: readonly TierAllocation[],
	changed: readonly number[],
): void {
	const { customers, plan } = result;
	const members = membersByRevenue(portfolio, tierOf, allocations.length);
	// The plan of each customer stands alone, so it is filled in index order: front to back through every array.
	const inOrder = membersByIndex(tierOf, allocations.length);
	for (const tier of changed) {
		spreadTier(customers, scenario, members[tier] as Uint32Array, allocations[tier] as TierAllocation);
		fillServicePlan(plan, portfolio, scenario, customers, inOrder[tier] as Uint32Array);
	}
	customers.ironTriangleTeams = 0;
	for (const a of allocations) customers.ironTriangleTeams += Math.round(a.ironTriangleTeams);
}

/**
 * Plans made into two sets of buffers that take turns, for a caller that keeps only the last plan it asked for (the
 * forecast of a dragged slider): each plan is written over the plan before last, rewriting only the tiers whose
 * decisions differ from that plan's, so a slider step allocates nothing and touches one tier or two. A plan it
 * returns stays valid until the second call after.
 */
export class AlternatingPlans {
	private readonly slots: (Made | null)[] = [null, null];
	private turn = 0;

	plan(
		portfolio: Portfolio,
		scenario: Scenario,
		tierOf: Uint8Array,
		allocations: readonly TierAllocation[],
	): AllocationPlan {
		const before = this.slots[1 - this.turn] ?? null;
		const previous = madeFor(before, portfolio, scenario, tierOf, allocations.length);
		if (previous && changedTiers(allocations, previous).length === 0) return previous.result;
		// The slot about to be written holds the plan before last. Patched where its own decisions differ from these,
		// it needs only those tiers' customers rewritten; copying the last plan over it first would move every array
		// (2.5 MB for 10,000 customers), which costs more than the patch when a slider step finds the caches cold.
		const slot = this.slots[this.turn] ?? null;
		const older = madeFor(slot, portfolio, scenario, tierOf, allocations.length);
		let result: AllocationPlan;
		let changed: number[];
		if (older) {
			result = older.result;
			changed = changedTiers(allocations, older);
		} else {
			result = slot && slot.result.plan.coverage.length === portfolio.size ? slot.result : emptyPlan(portfolio.size);
			if (previous) copyPlan(previous.result, result);
			changed = changedTiers(allocations, previous);
		}
		rewriteTiers(result, portfolio, scenario, tierOf, allocations, changed);
		this.slots[this.turn] = {
			portfolio,
			scenario,
			tierOf,
			allocations: allocations.map((a) => ({ ...a })),
			result,
		};
		this.turn = 1 - this.turn;
		return result;
	}
}

const customerArrays = [
	'kamHours',
	'visits',
	'assisted',
	'digital',
	'partner',
	'valueAdded',
	'ironTriangleCost',
	'bzFee',
] as const satisfies readonly (keyof CustomerAllocation)[];
const planArrays = [
	'coverage',
	'attention',
	'target',
	'serviceCost',
	'fixedCost',
	'commissionRate',
	'feeRate',
	'penalty',
	'targetWithFee',
	'churnFactor',
	'churnFactorWithFee',
	'growth',
	'kept',
] as const satisfies readonly (keyof ServicePlan)[];

function emptyPlan(size: number): AllocationPlan {
	const plan = {} as ServicePlan;
	for (const key of planArrays) plan[key] = new Float64Array(size);
	return { customers: emptyCustomerAllocation(size), plan };
}

/** Copies every entry of one plan into another of the same size. */
function copyPlan(from: AllocationPlan, to: AllocationPlan): void {
	for (const key of customerArrays) to.customers[key].set(from.customers[key]);
	to.customers.ironTriangle.set(from.customers.ironTriangle);
	for (const key of planArrays) to.plan[key].set(from.plan[key]);
}
