// The engine finds scenarios in the registry; importing the catalog registers all of them.
import '../../../src/sim/scenarios/scenarioCatalog.ts';
import { describe, expect, test } from 'vitest';
import {
	eventStarts,
	periodsOf,
	rankOfYours,
	roundChanges,
	scoreRows,
	tierSeries,
	trendOf,
} from '../../../src/components/lab/outcomeSeries.ts';
import {
	applyTiering,
	type ExerciseConfig,
	playExercise,
	referenceDraft,
	referenceResults,
} from '../../../src/sim/exercise/exerciseSteps.ts';
import type { TieringSpec } from '../../../src/sim/tiering/tieringSpec.ts';

const config: ExerciseConfig = { scenarioId: 'ict-equipment', seed: 7, size: 600, mode: 'expected', budgetScale: 1 };
const spec = { method: 'strategicKeyOrdinary' } as TieringSpec;
const decisions = [0, 1, 2].map((r) => referenceDraft(config, spec, 'needs-based', r));
const results = playExercise(config, spec, decisions);
const { summary } = applyTiering(config, spec);

describe('periodsOf', () => {
	test('returns every period of the rounds played, in order', () => {
		const periods = periodsOf(results.rounds);
		expect(periods).toHaveLength(9);
		expect(periods.map((p) => p.period)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
	});
});

describe('eventStarts', () => {
	test('returns the first period index of each round that opened with events', () => {
		// ict-equipment: a competitor in round 2, a service failure in round 3 (the budget cut of round 4 is not played).
		expect(eventStarts(results.rounds).map((s) => [s.at, s.round, s.events.map((e) => e.type)])).toEqual([
			[3, 2, ['competitorEntry']],
			[6, 3, ['serviceCrisis']],
		]);
	});
});

describe('tierSeries', () => {
	test('returns one series per tier with the metric of every period', () => {
		const periods = periodsOf(results.rounds);
		const churn = tierSeries(periods, 3, 'churned');
		expect(churn).toHaveLength(3);
		expect(churn[1]).toEqual(periods.map((p) => p.tiers[1]?.churned));
		// The tiers add up to the total.
		for (let i = 0; i < periods.length; i++) {
			const sum = churn.reduce((s, series) => s + (series[i] as number), 0);
			expect(sum).toBeCloseTo(periods[i]?.total.churned ?? Number.NaN, 9);
		}
	});
});

describe('roundChanges', () => {
	test('compares the last period of the round with the last period of the round before', () => {
		const changes = roundChanges(results.rounds, summary, 12);
		const before = results.rounds[1]?.periods.at(-1);
		const after = results.rounds[2]?.periods.at(-1);
		expect(changes?.tiers[0]?.before.satisfaction).toBe(before?.tiers[0]?.satisfaction);
		expect(changes?.tiers[0]?.after.profit).toBe(after?.tiers[0]?.profit);
		expect(changes?.total.before.customers).toBe(before?.total.customers);
		expect(changes?.total.after.customers).toBe(after?.total.customers);
	});

	test('compares the first round with the portfolio at the start, one period of profit', () => {
		const changes = roundChanges(results.rounds.slice(0, 1), summary, 12);
		expect(changes?.tiers.map((c) => c.before.customers)).toEqual(summary.map((s) => s.count));
		expect(changes?.tiers[2]?.before.profit).toBeCloseTo((summary[2]?.profit ?? 0) / 12, 9);
		expect(changes?.total.before.customers).toBe(600);
		const meanSatisfaction = summary.reduce((s, x) => s + x.meanSatisfaction * x.count, 0) / 600;
		expect(changes?.total.before.satisfaction).toBeCloseTo(meanSatisfaction, 12);
	});

	test('returns null before any round', () => {
		expect(roundChanges([], summary, 12)).toBeNull();
	});
});

describe('trendOf', () => {
	test('returns up, down, or same within the tolerance', () => {
		expect(trendOf(1, 2, 0.1)).toBe('up');
		expect(trendOf(2, 1, 0.1)).toBe('down');
		expect(trendOf(1, 1.05, 0.1)).toBe('same');
		expect(trendOf(-5, -5, 0)).toBe('same');
	});
});

describe('scoreRows and rankOfYours', () => {
	const references = referenceResults(config, spec, 3);

	test('put the learner first, then every reference policy', () => {
		const rows = scoreRows(results, references);
		expect(rows.map((r) => r.id)).toEqual([
			'yours',
			'status-quo',
			'uniform',
			'value-proportional',
			'needs-based',
			'none',
		]);
		expect(scoreRows(results, null).map((r) => r.id)).toEqual(['yours']);
	});

	test('rank the learner among the policies by score', () => {
		const rows = scoreRows(results, references);
		const better = rows.filter((r) => r.id !== 'yours' && r.results.score.score > results.score.score).length;
		expect(rankOfYours(rows)).toBe(better + 1);
		// The learner played the needs-based policy itself, so it ties with it and shares its rank.
		expect(references['needs-based'].score.score).toBeCloseTo(results.score.score, 9);
	});
});
