// The engine finds scenarios in the registry; importing the catalog registers all of them.
import '../../../src/sim/scenarios/scenarioCatalog.ts';
import { describe, expect, test } from 'vitest';
import { tierAllocationSchema } from '../../../src/sim/exercise/decisionsSchema.ts';
import {
	applyTiering,
	type ExerciseConfig,
	playExercise,
	sessionFor,
} from '../../../src/sim/exercise/exerciseSteps.ts';
import { optimiseDecisions } from '../../../src/sim/exercise/optimiseDecisions.ts';
import { playRounds } from '../../../src/sim/exercise/playRounds.ts';
import { allocationViolations } from '../../../src/sim/model/checkAllocation.ts';
import type { TierAllocation } from '../../../src/sim/model/tierAllocation.ts';
import { type TieringSpec, tieringSpecSchema } from '../../../src/sim/tiering/tieringSpec.ts';

const config: ExerciseConfig = { scenarioId: 'ict-equipment', seed: 7, size: 300, mode: 'expected', budgetScale: 1 };
const spec: TieringSpec = tieringSpecSchema.parse({ method: 'strategicKeyOrdinary' });
const found = optimiseDecisions(config, spec, { objective: 'score', evaluations: 300 });

// A tight budget cut twice (a scenario cut in round 2, and a scale below one), iron-triangle teams and four tiers.
const tight: ExerciseConfig = { ...config, scenarioId: 'utility-market', budgetScale: 0.6 };
const tightSpec: TieringSpec = tieringSpecSchema.parse({ method: 'mvcMgcBz' });
const tightFound = optimiseDecisions(tight, tightSpec, { objective: 'value', evaluations: 300 });

/** Every round checked against the limits in force when it is played, as the lab replays it. */
function violationsByRound(c: ExerciseConfig, s: TieringSpec, decisions: TierAllocation[][]) {
	const session = sessionFor(c);
	const { tiering } = applyTiering(c, s);
	return playRounds(session, tiering, decisions, 'expected', c.budgetScale).rounds.map((round) =>
		allocationViolations(round.usage),
	);
}

describe('optimiseDecisions', () => {
	test('returns identical decisions and figures when given the same inputs again', () => {
		const again = optimiseDecisions(config, spec, { objective: 'score', evaluations: 300 });
		expect(again).toStrictEqual(found);
	});

	test('returns decisions for every round and tier, that may differ from round to round', () => {
		const { scenario } = sessionFor(config);
		expect(found.decisions).toHaveLength(scenario.rounds);
		for (const round of found.decisions) expect(round).toHaveLength(3);
		expect(found.budgetShare).toHaveLength(scenario.rounds);
	});

	test('returns rounds that each keep every limit in force, budget cuts included', () => {
		for (const [c, s, result] of [
			[config, spec, found],
			[tight, tightSpec, tightFound],
		] as const) {
			const { scenario } = sessionFor(c);
			expect(violationsByRound(c, s, result.decisions)).toStrictEqual(result.decisions.map(() => []));
			for (const share of result.budgetShare) expect(share).toBeLessThanOrEqual(1 + 1e-9);
			for (const a of result.decisions.flat()) {
				expect(tierAllocationSchema.parse(a)).toStrictEqual(a);
				expect(a.bzFee).toBeLessThanOrEqual(scenario.resources.maxBzFee);
				expect(Number.isInteger(a.ironTriangleTeams)).toBe(true);
			}
			for (const round of result.decisions) {
				const teams = round.reduce((n, a) => n + a.ironTriangleTeams, 0);
				expect(teams).toBeLessThanOrEqual(scenario.resources.ironTriangle.teams);
			}
		}
	});

	test('returns figures that the lab reproduces exactly from the decisions, read back from JSON', () => {
		const decisions = JSON.parse(JSON.stringify(found.decisions)) as TierAllocation[][];
		expect(playExercise(config, spec, decisions).score).toStrictEqual(found.score);
		expect(found.value).toBe(found.score.value);
	});

	test('returns an optimum no worse than the best reference policy on its objective', () => {
		const bestScore = Math.max(...found.references.map((r) => r.score.score));
		expect(found.score.score).toBeGreaterThanOrEqual(bestScore);
		const bestValue = Math.max(...tightFound.references.map((r) => r.value));
		expect(tightFound.value).toBeGreaterThanOrEqual(bestValue);
		expect(found.references.map((r) => r.policy)).toContain(found.bestReference);
	});

	test('returns the reference policies as the lab scores them on the same tiering', () => {
		const statusQuo = found.references.find((r) => r.policy === 'status-quo');
		expect(statusQuo?.score.valueIndex).toBeCloseTo(100, 9);
		expect(found.references).toHaveLength(5);
	});

	test('spends no more evaluations than it is given', () => {
		expect(found.evaluations).toBeLessThanOrEqual(300);
		const few = optimiseDecisions(config, spec, { objective: 'value', evaluations: 5 });
		expect(few.evaluations).toBe(5);
	});

	test('throws when given fewer evaluations than there are reference policies', () => {
		expect(() => optimiseDecisions(config, spec, { objective: 'score', evaluations: 4 })).toThrow(RangeError);
		expect(() => optimiseDecisions(config, spec, { objective: 'score', evaluations: 20.5 })).toThrow(RangeError);
	});
});
