// The engine finds scenarios in the registry; importing the catalog registers all of them.
import '../../../src/sim/scenarios/scenarioCatalog.ts';
import { describe, expect, test } from 'vitest';
import {
	draftUsage,
	draftViolations,
	type ExerciseConfig,
	playExercise,
	referenceDraft,
} from '../../../src/sim/exercise/exerciseSteps.ts';
import { allocationViolations } from '../../../src/sim/model/checkAllocation.ts';
import type { TieringSpec } from '../../../src/sim/tiering/tieringSpec.ts';

const config: ExerciseConfig = { scenarioId: 'ict-equipment', seed: 5, size: 700, mode: 'expected', budgetScale: 1 };
const spec = { method: 'strategicKeyOrdinary' } as TieringSpec;
const decisions = [0, 1, 2, 3].map((r) => referenceDraft(config, spec, 'value-proportional', r));

describe('draftUsage', () => {
	test('returns what the engine records when the round is then played', () => {
		const results = playExercise(config, spec, decisions);
		for (let r = 0; r < decisions.length; r++) {
			const usage = draftUsage(config, spec, decisions.slice(0, r), decisions[r] ?? []);
			const recorded = results.rounds[r]?.usage ?? [];
			expect(usage.map((u) => u.resource)).toEqual(recorded.map((u) => u.resource));
			usage.forEach((u, k) => {
				expect(u.limit).toBeCloseTo(recorded[k]?.limit ?? Number.NaN, 6);
				expect(u.used).toBeCloseTo(recorded[k]?.used ?? Number.NaN, 6);
			});
		}
	});

	test('returns the budget after the cut of round 4', () => {
		const first = draftUsage(config, spec, [], decisions[0] ?? []).find((u) => u.resource === 'budget');
		const fourth = draftUsage(config, spec, decisions.slice(0, 3), decisions[3] ?? []).find(
			(u) => u.resource === 'budget',
		);
		expect(fourth?.limit).toBeCloseTo((first?.limit ?? 0) * 0.85, 6);
	});

	test('returns the usage whose broken limits are the draft violations', () => {
		// Ten visits a customer a period is far past the visit capacity of any tier mix.
		const over = (decisions[0] ?? []).map((a) => ({ ...a, visits: 10 }));
		const usage = draftUsage(config, spec, [], over);
		expect(draftViolations(config, spec, [], over)).toEqual(allocationViolations(usage));
		expect(allocationViolations(usage).map((v) => v.resource)).toContain('visits');
	});
});
