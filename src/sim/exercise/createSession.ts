import { type PortfolioEconomics, portfolioEconomics } from '../model/portfolioEconomics.ts';
import { adjustmentSpeeds } from '../model/simulatePeriods.ts';
import { generatePortfolio, type Portfolio } from '../portfolio/generatePortfolio.ts';
import type { Scenario } from '../scenarios/scenarioSchema.ts';
import { type CustomerAttributes, customerAttributes } from '../tiering/customerAttributes.ts';
import { mvcMgcBzGroups } from '../tiering/mvcMgcBzTiering.ts';

/**
 * Everything fixed for one (scenario, seed, size): the portfolio and what is derived from it once. Exercises,
 * forecasts and reference policies all start from a session.
 */
export interface Session {
	scenario: Scenario;
	seed: number;
	portfolio: Portfolio;
	economics: PortfolioEconomics;
	attributes: CustomerAttributes;
	/** Per-customer satisfaction adjustment speed. */
	speeds: Float64Array;
	/** 1 for the most valuable customers (MVC by the default rule), whose retention the score rewards. */
	mostValuable: Uint8Array;
}

/**
 * The scenario's resources scaled to a portfolio of `size` customers: budgets and capacities are written for the
 * default size, so a class that runs 500 or 20,000 customers faces the same pressure per customer.
 */
export function scaleResources(scenario: Scenario, size: number): Scenario {
	const ratio = size / scenario.portfolio.defaultSize;
	if (ratio === 1) return scenario;
	const r = scenario.resources;
	const cap = (c: { capacity: number; unitCost: number }) => ({ ...c, capacity: c.capacity * ratio });
	const teams = r.ironTriangle.teams > 0 ? Math.max(1, Math.round(r.ironTriangle.teams * ratio)) : 0;
	return {
		...scenario,
		resources: {
			...r,
			budgetPerPeriod: r.budgetPerPeriod * ratio,
			kamHours: cap(r.kamHours),
			visits: cap(r.visits),
			assisted: cap(r.assisted),
			valueAdded: cap(r.valueAdded),
			ironTriangle: { ...r.ironTriangle, teams },
		},
	};
}

/** Generates the portfolio and derives everything the model needs from it. */
export function createSession(
	baseScenario: Scenario,
	seed: number,
	size = baseScenario.portfolio.defaultSize,
): Session {
	const scenario = scaleResources(baseScenario, size);
	const portfolio = generatePortfolio(scenario, seed, size);
	const economics = portfolioEconomics(portfolio, scenario);
	const attributes = customerAttributes(portfolio, economics);
	const groups = mvcMgcBzGroups(economics.profit, portfolio.potential);
	return {
		scenario,
		seed,
		portfolio,
		economics,
		attributes,
		speeds: adjustmentSpeeds(portfolio, scenario.periodsPerYear),
		mostValuable: groups.map((g) => (g === 0 ? 1 : 0)),
	};
}
