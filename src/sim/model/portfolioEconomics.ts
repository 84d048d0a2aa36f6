import type { Portfolio } from '../portfolio/generatePortfolio.ts';
import type { Scenario } from '../scenarios/scenarioSchema.ts';
import { servicePlan } from './servicePlan.ts';
import { statusQuoAllocation } from './tierAllocation.ts';

/**
 * Each customer's economics as the firm serves it today (the status quo), per year. Tiering methods rank on these
 * figures, and "below zero" (Peppers & Rogers' BZ) means a negative `profit` here.
 */
export interface PortfolioEconomics {
	/** Revenue × gross margin. */
	grossProfit: Float64Array;
	/** Annual cost to serve under the status quo, budget and non-budget costs together. */
	costToServe: Float64Array;
	/** Gross profit − cost to serve. */
	profit: Float64Array;
	/** 1 where profit < 0. */
	belowZero: Uint8Array;
}

/** Computes the status-quo economics of every customer. */
export function portfolioEconomics(portfolio: Portfolio, scenario: Scenario): PortfolioEconomics {
	const n = portfolio.size;
	const plan = servicePlan(portfolio, scenario, statusQuoAllocation(portfolio, scenario));
	const ppy = scenario.periodsPerYear;
	const out: PortfolioEconomics = {
		grossProfit: new Float64Array(n),
		costToServe: new Float64Array(n),
		profit: new Float64Array(n),
		belowZero: new Uint8Array(n),
	};
	for (let i = 0; i < n; i++) {
		const revenue = portfolio.revenue[i] as number;
		const gross = revenue * (portfolio.grossMargin[i] as number);
		const cost =
			((plan.serviceCost[i] as number) + (plan.fixedCost[i] as number)) * ppy +
			revenue * (plan.commissionRate[i] as number);
		out.grossProfit[i] = gross;
		out.costToServe[i] = cost;
		out.profit[i] = gross - cost;
		out.belowZero[i] = gross - cost < 0 ? 1 : 0;
	}
	return out;
}
