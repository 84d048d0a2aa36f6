import { createSession } from '../sim/exercise/createSession.ts';
import { type PortfolioFacts, portfolioFacts } from '../sim/portfolio/portfolioFacts.ts';
import type { Scenario } from '../sim/scenarios/scenarioSchema.ts';

/** The figures of MODEL-NOTES §1 that a portfolio is checked against, in the order the docs show them. */
export const calibrationFigureIds = [
	'top20RevenueShare',
	'top20ProfitShare',
	'middle70ProfitShare',
	'bottom10ProfitShare',
	'belowZeroShare',
] as const satisfies readonly (keyof PortfolioFacts)[];
export type CalibrationFigureId = (typeof calibrationFigureIds)[number];

/**
 * The published range of each figure, as shares (1 = 100%), where the literature gives one: the whale curve of
 * Kaplan & Narayanan (2001) and the 10–40% of unprofitable customers. The 80/20 split and the break-even middle are
 * point statements ("about"), so they have no range and no portfolio is flagged against them.
 */
export const publishedRanges: Partial<Record<CalibrationFigureId, readonly [number, number]>> = {
	top20ProfitShare: [1.5, 3],
	bottom10ProfitShare: [-2, -0.5],
	belowZeroShare: [0.1, 0.4],
};

/** True when a figure lies inside its published range; undefined when the figure has none. */
export function withinPublishedRange(id: CalibrationFigureId, value: number): boolean | undefined {
	const range = publishedRanges[id];
	return range ? value >= range[0] && value <= range[1] : undefined;
}

/** One figure over many portfolios of the same scenario. */
export interface FigureSpread {
	id: CalibrationFigureId;
	median: number;
	min: number;
	max: number;
	/** How many of the portfolios lie inside the published range (undefined when there is none). */
	within: number | undefined;
}

/** The median of a non-empty list (the mean of the two middle values when the count is even). */
export function median(values: readonly number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = sorted.length >> 1;
	return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

// Both language versions of a page ask for the same portfolios during one build; generate each only once.
const factsCache = new Map<string, PortfolioFacts>();

/** The calibration figures of one scenario's portfolio at one seed, at the scenario's default size. */
export function factsAtSeed(scenario: Scenario, seed: number): PortfolioFacts {
	const key = `${scenario.id}|${seed}`;
	let facts = factsCache.get(key);
	if (!facts) {
		const session = createSession(scenario, seed);
		facts = portfolioFacts(session.portfolio.revenue, session.economics.profit);
		factsCache.set(key, facts);
	}
	return facts;
}

/**
 * Returns, for each calibration figure, its median, lowest and highest value over the portfolios generated with
 * `seeds`, and how many fall inside the published range: one seed's portfolio is dominated by its few largest
 * accounts, so the model is judged on the spread, not on a single draw.
 */
export function figureSpreads(scenario: Scenario, seeds: readonly number[]): FigureSpread[] {
	const facts = seeds.map((seed) => factsAtSeed(scenario, seed));
	return calibrationFigureIds.map((id) => {
		const values = facts.map((f) => f[id]);
		const hasRange = publishedRanges[id] !== undefined;
		return {
			id,
			median: median(values),
			min: Math.min(...values),
			max: Math.max(...values),
			within: hasRange ? values.filter((v) => withinPublishedRange(id, v)).length : undefined,
		};
	});
}
