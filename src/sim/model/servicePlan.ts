import type { Portfolio } from '../portfolio/generatePortfolio.ts';
import type { Scenario } from '../scenarios/scenarioSchema.ts';
import { targetSatisfaction } from './serviceResponse.ts';
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
	const res = scenario.resources;
	const ppy = scenario.periodsPerYear;
	const segments = scenario.portfolio.segments;
	const plan: ServicePlan = {
		coverage: new Float64Array(n),
		attention: new Float64Array(n),
		target: new Float64Array(n),
		serviceCost: new Float64Array(n),
		fixedCost: new Float64Array(n),
		commissionRate: new Float64Array(n),
		feeRate: new Float64Array(n),
	};
	for (let i = 0; i < n; i++) {
		const eff = (segments[portfolio.segment[i] as number] ?? segments[0])?.effectiveness;
		if (!eff) continue;
		const need = portfolio.serviceNeed[i] as number;
		const kam = allocation.kamHours[i] as number;
		const visits = allocation.visits[i] as number;
		const assisted = allocation.assisted[i] as number;
		const digital = allocation.digital[i] as number;
		const partner = allocation.partner[i] as number;
		const valueAdded = allocation.valueAdded[i] as number;
		const team = allocation.ironTriangle[i] as number;

		const personal =
			kam * UNITS_PER.kamHours * eff.kamHours +
			visits * UNITS_PER.visits * eff.visits +
			team * res.ironTriangle.unitsPerAccount * eff.ironTriangle;
		const other =
			assisted * UNITS_PER.assisted * eff.assisted +
			digital * need * eff.digital +
			partner * need * eff.partner +
			valueAdded * UNITS_PER.valueAdded * eff.valueAdded;
		const coverage = (personal + other) / need;
		const attention = (2 * personal) / need;
		const fee = allocation.bzFee[i] as number;

		plan.coverage[i] = coverage;
		plan.attention[i] = attention;
		plan.target[i] = targetSatisfaction(coverage, attention, (fee / 0.1) * FEE_PENALTY_PER_10_PERCENT);
		plan.serviceCost[i] =
			kam * res.kamHours.unitCost +
			visits * res.visits.unitCost +
			assisted * res.assisted.unitCost +
			digital * need * res.digital.unitCost +
			valueAdded * res.valueAdded.unitCost +
			(allocation.ironTriangleCost[i] as number);
		plan.fixedCost[i] = ((portfolio.ordersPerYear[i] as number) * res.costPerOrder + res.accountCostPerYear) / ppy;
		plan.commissionRate[i] = partner * res.partner.commission;
		plan.feeRate[i] = fee;
	}
	return plan;
}
