import type { Scenario } from '../scenarios/scenarioSchema.ts';
import type { ServicePlan } from './servicePlan.ts';
import type { CustomerAllocation } from './tierAllocation.ts';

/** A limited resource of a scenario. */
export type LimitedResource =
	| 'budget'
	| 'kamHours'
	| 'visits'
	| 'assisted'
	| 'valueAdded'
	| 'ironTriangleTeams'
	| 'bzFee';

/** How much of each limited resource an allocation uses per period, and the limit in force. */
export interface ResourceUsage {
	resource: LimitedResource;
	used: number;
	limit: number;
}

/** A limit an allocation breaks, with a message naming what exceeds what. */
export interface AllocationViolation extends ResourceUsage {
	message: string;
}

/**
 * Adds up the resources an allocation uses per period over the customers still active (weighted by `alive`),
 * against the scenario's capacities and the budget in force (`budgetScale` after budget cuts).
 */
export function resourceUsage(
	scenario: Scenario,
	allocation: CustomerAllocation,
	plan: ServicePlan,
	alive: Float64Array,
	budgetScale = 1,
): ResourceUsage[] {
	const sums = sumUsage(allocation, plan, alive);
	return usageAgainstLimits(
		scenario,
		{
			budget: sums[0] as number,
			kamHours: sums[1] as number,
			visits: sums[2] as number,
			assisted: sums[3] as number,
			valueAdded: sums[4] as number,
			ironTriangleTeams: allocation.ironTriangleTeams,
			bzFee: sums[5] as number,
		},
		budgetScale,
	);
}

// The sums of `sumUsage`: budget, account-manager hours, visits, assisted contacts, value-added services, and the
// highest fee rate. Read at once by its caller.
const usageSums = new Float64Array(6);

/**
 * The loop of `resourceUsage`, adding up in locals. It stores its sums through statements that run on the first pass
 * as well as the last: V8 optimises a long first call from inside the loop, and stores after the loop that had not
 * run yet have no type feedback, which threw the optimised code away on every call (a deoptimisation per round of a
 * slider step's forecast, measured with --trace-deopt). Storing in every pass instead took twice as long.
 */
function sumUsage(allocation: CustomerAllocation, plan: ServicePlan, alive: Float64Array): Float64Array {
	const { bzFee, kamHours, visits, assisted, valueAdded } = allocation;
	const { serviceCost } = plan;
	const n = alive.length;
	let budget = 0;
	let kam = 0;
	let visited = 0;
	let helped = 0;
	let extra = 0;
	let highestFee = 0;
	for (let i = 0; ; i++) {
		if (i === 0 || i === n) {
			usageSums[0] = budget;
			usageSums[1] = kam;
			usageSums[2] = visited;
			usageSums[3] = helped;
			usageSums[4] = extra;
			usageSums[5] = highestFee;
			if (i === n) return usageSums;
		}
		const fee = bzFee[i] as number;
		if (fee > highestFee) highestFee = fee;
		const a = alive[i] as number;
		if (a === 0) continue;
		budget += a * (serviceCost[i] as number);
		kam += a * (kamHours[i] as number);
		visited += a * (visits[i] as number);
		helped += a * (assisted[i] as number);
		extra += a * (valueAdded[i] as number);
	}
}

/** What a budget scale does to the staffed capacities: a cut takes them down, more budget adds no staff (see below). */
export function staffedScale(budgetScale: number): number {
	return Math.min(budgetScale, 1);
}

/** The amounts used, one per limited resource, against the limits in force. */
export function usageAgainstLimits(
	scenario: Scenario,
	used: Record<LimitedResource, number>,
	budgetScale: number,
): ResourceUsage[] {
	const r = scenario.resources;
	// The budget pays for the people behind the staffed channels, so a cut (a class's budget scale below 1, or a
	// cut event) takes their capacities down with it: a cut that left every hour in place would cost a plan held by
	// its capacities, not its budget, nothing at all. More budget adds no capacity: account managers and service
	// staff are not hired and trained within the exercise's year.
	const staffed = staffedScale(budgetScale);
	return [
		{ resource: 'budget', used: used.budget, limit: r.budgetPerPeriod * budgetScale },
		{ resource: 'kamHours', used: used.kamHours, limit: r.kamHours.capacity * staffed },
		{ resource: 'visits', used: used.visits, limit: r.visits.capacity * staffed },
		{ resource: 'assisted', used: used.assisted, limit: r.assisted.capacity * staffed },
		{ resource: 'valueAdded', used: used.valueAdded, limit: r.valueAdded.capacity * staffed },
		{ resource: 'ironTriangleTeams', used: used.ironTriangleTeams, limit: r.ironTriangle.teams },
		// Not a capacity but a policy limit: the highest fee the scenario lets the firm charge below-zero customers.
		{ resource: 'bzFee', used: used.bzFee, limit: r.maxBzFee },
	];
}

const resourceNames: Record<LimitedResource, string> = {
	budget: 'service budget per period',
	kamHours: 'key-account manager hours per period',
	visits: 'on-site visits per period',
	assisted: 'assisted contacts per period',
	valueAdded: 'value-added service units per period',
	ironTriangleTeams: 'iron-triangle teams',
	bzFee: 'fee rate on below-zero customers',
};

/** The limits an allocation breaks (empty when it fits). Nothing is trimmed: the caller rejects the decision. */
export function allocationViolations(usage: readonly ResourceUsage[]): AllocationViolation[] {
	// A relative tolerance so that an allocation computed to exactly fill a limit is not rejected for rounding.
	return usage
		.filter((u) => u.used > u.limit * (1 + 1e-9) + 1e-9)
		.map((u) => ({
			...u,
			message: `${resourceNames[u.resource]}: ${formatAmount(u.used)} allocated exceeds the limit of ${formatAmount(u.limit)}`,
		}));
}

function formatAmount(x: number): string {
	return x >= 100 ? Math.round(x).toLocaleString('en-US') : x < 1 ? x.toFixed(3) : x.toFixed(1);
}
