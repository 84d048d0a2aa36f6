import type { Portfolio } from '../portfolio/generatePortfolio.ts';
import { expInPlace } from '../random/portableMath.ts';
import type { Scenario } from '../scenarios/scenarioSchema.ts';
import { targetFromExponentials } from './serviceResponse.ts';
import type { CustomerAllocation } from './tierAllocation.ts';

/**
 * Service units each channel delivers per unit given (before the segment's effectiveness): one assisted contact
 * resolves one unit of need; an account manager's hour is worth more, a visit more still; self-service and partner
 * shares are fractions of the need itself.
 */
export const UNITS_PER = { kamHours: 1.5, visits: 3, assisted: 1, valueAdded: 2 } as const;

/** Satisfaction points a below-zero customer loses per 10% fee on its revenue. */
export const FEE_PENALTY_PER_10_PERCENT = 0.6;

/**
 * Everything about a customer's service that stays fixed while an allocation is in force, computed once per round
 * so the period loop only does arithmetic: coverage, personal attention, the target satisfaction, and the costs.
 */
export interface ServicePlan {
	coverage: Float64Array;
	attention: Float64Array;
	target: Float64Array;
	/** Cost per period charged to the service budget. */
	serviceCost: Float64Array;
	/** Cost per period outside the budget: order handling and the account's overhead. */
	fixedCost: Float64Array;
	/** Share of revenue paid to partners as commission. */
	commissionRate: Float64Array;
	/** Fee rate charged on the customer's revenue. */
	feeRate: Float64Array;
}

/** Computes the service plan of every customer under an allocation (see the "How the model works" page). */
export function servicePlan(portfolio: Portfolio, scenario: Scenario, allocation: CustomerAllocation): ServicePlan {
	const n = portfolio.size;
	const plan: ServicePlan = {
		coverage: new Float64Array(n),
		attention: new Float64Array(n),
		target: new Float64Array(n),
		serviceCost: new Float64Array(n),
		fixedCost: new Float64Array(n),
		commissionRate: new Float64Array(n),
		feeRate: new Float64Array(n),
	};
	fillServicePlan(plan, portfolio, scenario, allocation, null);
	return plan;
}

/**
 * Writes the plan entries of the customers in `only` (every customer when null) under an allocation: how a plan is
 * patched when a slider changes one tier, entry for entry what `servicePlan` computes. The target satisfaction's
 * exponentials are taken in a pass of their own (see `expInPlace`), and each pass is a function that ends with its
 * loop: V8 optimises a long first call from inside a loop, and code after it that had not run yet has no type
 * feedback, which threw the optimised code away on every call.
 */
export function fillServicePlan(
	plan: ServicePlan,
	portfolio: Portfolio,
	scenario: Scenario,
	allocation: CustomerAllocation,
	only: Uint32Array | null,
): void {
	const count = only ? only.length : portfolio.size;
	if (exponentials.coverage.length < count) {
		exponentials.coverage = new Float64Array(count);
		exponentials.attention = new Float64Array(count);
	}
	fillEntries(plan, portfolio, scenario, allocation, only);
	expInPlace(exponentials.coverage, count);
	expInPlace(exponentials.attention, count);
	fillTargets(plan, allocation.bzFee, only, count);
}

// Buffers of `fillServicePlan`, reused: the arguments of the target satisfaction's exponentials, then their values.
const exponentials = { coverage: new Float64Array(0), attention: new Float64Array(0) };

/** Every plan entry but the target, and the arguments of the target's exponentials (in `exponentials`). */
function fillEntries(
	plan: ServicePlan,
	portfolio: Portfolio,
	scenario: Scenario,
	allocation: CustomerAllocation,
	only: Uint32Array | null,
): void {
	const count = only ? only.length : portfolio.size;
	const res = scenario.resources;
	const ppy = scenario.periodsPerYear;
	// Channel effectiveness by segment as one flat typed array, and costs as locals: the loop then touches only numbers.
	const channels = ['kamHours', 'visits', 'ironTriangle', 'assisted', 'digital', 'partner', 'valueAdded'] as const;
	const eff = new Float64Array(scenario.portfolio.segments.length * channels.length);
	scenario.portfolio.segments.forEach((segment, k) => {
		channels.forEach((channel, c) => {
			eff[k * channels.length + c] = segment.effectiveness[channel];
		});
	});
	const kamValue = UNITS_PER.kamHours;
	const visitValue = UNITS_PER.visits;
	const teamUnits = res.ironTriangle.unitsPerAccount;
	const assistedValue = UNITS_PER.assisted;
	const valueAddedValue = UNITS_PER.valueAdded;
	const kamCost = res.kamHours.unitCost;
	const visitCost = res.visits.unitCost;
	const assistedCost = res.assisted.unitCost;
	const digitalCost = res.digital.unitCost;
	const valueAddedCost = res.valueAdded.unitCost;
	const commission = res.partner.commission;
	const costPerOrder = res.costPerOrder;
	const accountCost = res.accountCostPerYear;
	const { segment, serviceNeed, ordersPerYear } = portfolio;
	const { kamHours, visits, assisted, digital, partner, valueAdded, ironTriangle, ironTriangleCost, bzFee } =
		allocation;
	const { coverage: coverageExp, attention: attentionExp } = exponentials;
	for (let j = 0; j < count; j++) {
		const i = only ? (only[j] as number) : j;
		const e = (segment[i] as number) * 7;
		const need = serviceNeed[i] as number;
		const kam = kamHours[i] as number;
		const visit = visits[i] as number;
		const help = assisted[i] as number;
		const self = digital[i] as number;
		const share = partner[i] as number;
		const extra = valueAdded[i] as number;
		const team = ironTriangle[i] as number;

		const personal =
			kam * kamValue * (eff[e] as number) +
			visit * visitValue * (eff[e + 1] as number) +
			team * teamUnits * (eff[e + 2] as number);
		const other =
			help * assistedValue * (eff[e + 3] as number) +
			self * need * (eff[e + 4] as number) +
			share * need * (eff[e + 5] as number) +
			extra * valueAddedValue * (eff[e + 6] as number);
		const coverage = (personal + other) / need;
		const attention = (2 * personal) / need;

		plan.coverage[i] = coverage;
		plan.attention[i] = attention;
		// The exponentials of the target satisfaction, taken below for all the customers at once.
		coverageExp[j] = -2 * Math.max(0, coverage);
		attentionExp[j] = -Math.max(0, attention);
		plan.serviceCost[i] =
			kam * kamCost +
			visit * visitCost +
			help * assistedCost +
			self * need * digitalCost +
			extra * valueAddedCost +
			(ironTriangleCost[i] as number);
		plan.fixedCost[i] = ((ordersPerYear[i] as number) * costPerOrder + accountCost) / ppy;
		plan.commissionRate[i] = share * commission;
		plan.feeRate[i] = bzFee[i] as number;
	}
}

/** The target satisfaction from the exponentials `fillEntries` left in `exponentials`, once `expInPlace` took them. */
function fillTargets(plan: ServicePlan, bzFee: Float64Array, only: Uint32Array | null, count: number): void {
	const { coverage, attention } = exponentials;
	const { target } = plan;
	const feePenalty = FEE_PENALTY_PER_10_PERCENT / 0.1;
	for (let j = 0; j < count; j++) {
		const i = only ? (only[j] as number) : j;
		target[i] = targetFromExponentials(
			coverage[j] as number,
			attention[j] as number,
			(bzFee[i] as number) * feePenalty,
		);
	}
}
