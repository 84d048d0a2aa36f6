import { describe, expect, test } from 'vitest';
import { createSession } from '../../../src/sim/exercise/createSession.ts';
import { portfolioFacts } from '../../../src/sim/portfolio/portfolioFacts.ts';
import { findScenario } from '../../../src/sim/scenarios/scenarioCatalog.ts';
import {
	calibrationFigureIds,
	factsAtSeed,
	figureSpreads,
	median,
	withinPublishedRange,
} from '../../../src/utils/calibrationFigures.ts';

const scenario = findScenario('ict-equipment');
if (!scenario) throw new Error('default scenario missing');

describe('median', () => {
	test('returns the middle value of an odd count and the mean of the two middle values of an even count', () => {
		expect(median([3, 1, 2])).toBe(2);
		expect(median([4, 1, 3, 2])).toBe(2.5);
		expect(median([-1])).toBe(-1);
	});
});

describe('withinPublishedRange', () => {
	test('checks the whale-curve and below-zero ranges, inclusive, and has no opinion on the point figures', () => {
		expect(withinPublishedRange('top20ProfitShare', 1.5)).toBe(true);
		expect(withinPublishedRange('top20ProfitShare', 3.01)).toBe(false);
		expect(withinPublishedRange('bottom10ProfitShare', -0.4)).toBe(false);
		expect(withinPublishedRange('belowZeroShare', 0.25)).toBe(true);
		expect(withinPublishedRange('top20RevenueShare', 0.8)).toBeUndefined();
		expect(withinPublishedRange('middle70ProfitShare', 5)).toBeUndefined();
	});
});

describe('figureSpreads', () => {
	const seeds = [1, 2, 3, 4, 5];
	const spreads = figureSpreads(scenario, seeds);
	const facts = seeds.map((seed) => {
		const session = createSession(scenario, seed);
		return portfolioFacts(session.portfolio.revenue, session.economics.profit);
	});

	test('returns one row per figure, in the documented order', () => {
		expect(spreads.map((s) => s.id)).toEqual([...calibrationFigureIds]);
	});

	test('returns the median, lowest and highest of the portfolios the engine generates for the seeds', () => {
		for (const spread of spreads) {
			const values = facts.map((f) => f[spread.id]);
			expect(spread.median).toBe(median(values));
			expect(spread.min).toBe(Math.min(...values));
			expect(spread.max).toBe(Math.max(...values));
		}
	});

	test('counts the portfolios inside the published range only for figures that have one', () => {
		for (const spread of spreads) {
			const values = facts.map((f) => f[spread.id]);
			const inside = values.filter((v) => withinPublishedRange(spread.id, v)).length;
			expect(spread.within).toBe(withinPublishedRange(spread.id, 0) === undefined ? undefined : inside);
		}
	});

	test('factsAtSeed gives the same figures as generating the session directly', () => {
		expect(factsAtSeed(scenario, 2)).toEqual(facts[1]);
	});
});
