// The engine finds scenarios in the registry; importing the catalog registers all of them.
import '../../../src/sim/scenarios/scenarioCatalog.ts';
import { describe, expect, test } from 'vitest';
import { simpleClv } from '../../../src/sim/analytics/customerLifetimeValue.ts';
import {
	applyTiering,
	type ExerciseConfig,
	playExercise,
	referenceDraft,
	sessionFor,
	statusQuoValue,
} from '../../../src/sim/exercise/exerciseSteps.ts';
import {
	explainChurn,
	explainResidual,
	explainScore,
	explainTarget,
} from '../../../src/sim/exercise/explainFigures.ts';
import { servicePlan } from '../../../src/sim/model/servicePlan.ts';
import { annualChurn, churnCurveAfter, targetSatisfaction } from '../../../src/sim/model/serviceResponse.ts';
import { expandTierAllocation } from '../../../src/sim/model/tierAllocation.ts';
import type { TieringSpec } from '../../../src/sim/tiering/tieringSpec.ts';

const config: ExerciseConfig = { scenarioId: 'ict-equipment', seed: 11, size: 800, mode: 'expected', budgetScale: 1 };
const spec = { method: 'strategicKeyOrdinary' } as TieringSpec;
const session = sessionFor(config);
const { tiering } = applyTiering(config, spec);
const decisions = [0, 1].map((r) => referenceDraft(config, spec, 'status-quo', r));
const results = playExercise(config, spec, decisions);
const curve = churnCurveAfter(
	session.scenario.churn,
	results.rounds.flatMap((r) => r.events),
);

describe('explainChurn', () => {
	test('returns the annual churn of the curve and the per-period risk that compounds to it', () => {
		const e = explainChurn(3.2, curve, 12);
		expect(e.annual).toBe(annualChurn(3.2, curve));
		expect(1 - (1 - e.perPeriod) ** 12).toBeCloseTo(e.annual, 12);
	});

	test('returns less churn for a more satisfied customer', () => {
		expect(explainChurn(4.5, curve, 12).annual).toBeLessThan(explainChurn(3, curve, 12).annual);
	});
});

describe('explainTarget', () => {
	const allocation = decisions[1] ?? [];

	test('returns the target at the tier means as the sum of its terms', () => {
		for (let tier = 0; tier < 3; tier++) {
			const e = explainTarget(session, tiering, allocation, tier);
			expect(e.targetAtMeans).toBe(targetSatisfaction(e.coverage, e.attention));
			const raw = 4 + e.coverageTerm + e.attentionTerm;
			expect(e.targetAtMeans).toBeCloseTo(Math.min(5, Math.max(1, raw)), 12);
		}
	});

	test('returns the mean of the customers own targets and their count', () => {
		const customers = expandTierAllocation(session.portfolio, session.scenario, tiering.tierOf, allocation);
		const plan = servicePlan(session.portfolio, session.scenario, customers);
		let sum = 0;
		let count = 0;
		for (let i = 0; i < session.portfolio.size; i++) {
			if (tiering.tierOf[i] !== 1) continue;
			sum += plan.target[i] as number;
			count += 1;
		}
		const e = explainTarget(session, tiering, allocation, 1);
		expect(e.customers).toBe(count);
		expect(e.meanTarget).toBeCloseTo(sum / count, 12);
	});

	test('returns more coverage and attention when the tier gets more account-manager hours', () => {
		const more = allocation.map((a, t) => (t === 2 ? { ...a, kamHours: a.kamHours + 1 } : a));
		const base = explainTarget(session, tiering, allocation, 2);
		const lifted = explainTarget(session, tiering, more, 2);
		expect(lifted.coverage).toBeGreaterThan(base.coverage);
		expect(lifted.attention).toBeGreaterThan(base.attention);
		expect(lifted.meanTarget).toBeGreaterThan(base.meanTarget);
	});

	test('returns the fee penalty of a below-zero customer: 0.6 points per 10%', () => {
		const withFee = allocation.map((a, t) => (t === 2 ? { ...a, bzFee: 0.05 } : a));
		const e = explainTarget(session, tiering, withFee, 2);
		expect(e.fee).toBe(0.05);
		expect(e.feePenalty).toBeCloseTo(0.3, 12);
		expect(e.belowZeroCustomers).toBeGreaterThan(0);
	});
});

describe('explainResidual', () => {
	test('returns the simple CLV of the average customer, with the tier total beside it', () => {
		const last = results.rounds.at(-1)?.periods.at(-1)?.tiers[0];
		if (!last) throw new Error('no period');
		const e = explainResidual(last, results.residual.tiers[0] ?? 0, curve, session.scenario);
		expect(e.margin).toBeCloseTo((last.profit / last.customers) * 12, 6);
		expect(e.retention).toBeCloseTo(1 - annualChurn(last.satisfaction, curve), 12);
		expect(e.clv).toBe(simpleClv(e.margin, e.retention, session.scenario.scoring.discountRate));
		expect(e.tierResidual).toBe(results.residual.tiers[0]);
	});
});

describe('explainScore', () => {
	test('returns parts whose weighted sum is the score', () => {
		const e = explainScore(results.score, session.scenario.scoring);
		expect(e.total).toBeCloseTo(results.score.score, 9);
		expect(e.parts.map((p) => p.weight)).toEqual([0.5, 0.25, 0.25]);
	});

	test('returns the status-quo value the value index is measured against', () => {
		const e = explainScore(results.score, session.scenario.scoring);
		expect(e.statusQuoValue).toBe(statusQuoValue(config, 2));
	});
});
