/**
 * The inputs and intermediate steps behind the figures a learner can ask about ("explain this number"). Every value is
 * computed with the engine's own functions, so the explanation can never drift from what the simulation does.
 */
import { simpleClv } from '../analytics/customerLifetimeValue.ts';
import { FEE_PENALTY_PER_10_PERCENT, servicePlan } from '../model/servicePlan.ts';
import {
	annualChurn,
	type ChurnCurve,
	periodChurn,
	serviceUtility,
	targetSatisfaction,
} from '../model/serviceResponse.ts';
import type { PeriodMetrics } from '../model/simulatePeriods.ts';
import { expandTierAllocation, type TierAllocation } from '../model/tierAllocation.ts';
import { exp } from '../random/portableMath.ts';
import type { Scenario } from '../scenarios/scenarioSchema.ts';
import type { Tiering } from '../tiering/tiering.ts';
import type { Session } from './createSession.ts';
import type { ExerciseScore } from './scoreExercise.ts';

/** One customer's churn: the annual probability at its satisfaction, and the same risk per period. */
export interface ChurnExplanation {
	satisfaction: number;
	curve: ChurnCurve;
	periodsPerYear: number;
	/** d(s), the annual churn probability. */
	annual: number;
	/** p = 1 − (1 − d)^(1 / periods per year). */
	perPeriod: number;
}

/** Explains the churn probability of a customer whose satisfaction is `satisfaction`, under the curve in force. */
export function explainChurn(satisfaction: number, curve: ChurnCurve, periodsPerYear: number): ChurnExplanation {
	const annual = annualChurn(satisfaction, curve);
	return { satisfaction, curve, periodsPerYear, annual, perPeriod: periodChurn(annual, periodsPerYear) };
}

/** A tier's satisfaction target: its mean coverage and attention, and the target at those means. */
export interface TargetExplanation {
	customers: number;
	/** Mean coverage c (effective service / need) over the tier's customers. */
	coverage: number;
	/** Mean personal attention a over the tier's customers. */
	attention: number;
	/** u(c̄), the concave response to coverage. */
	utility: number;
	/** 2 when u < 1 (a shortfall weighs double), else 1. */
	shortfallWeight: number;
	/** 2.5 · (u − 1) · weight: what coverage adds to or takes from the "satisfied" 4. */
	coverageTerm: number;
	/** 0.8 · (1 − e^(−a)): the lift only personal attention gives. */
	attentionTerm: number;
	/** s*(c̄, ā) without any fee, clipped to 1–5. */
	targetAtMeans: number;
	/** The mean of every customer's own target (differs from the target at the means because the curve bends). */
	meanTarget: number;
	/** The tier's fee rate on below-zero customers and the points it costs each of them. */
	fee: number;
	feePenalty: number;
	belowZeroCustomers: number;
}

/**
 * Explains a tier's satisfaction target under an allocation: the service plan is computed for every customer, then
 * the tier's means are put through `targetSatisfaction`, next to the mean of the customers' own targets.
 */
export function explainTarget(
	session: Session,
	tiering: Tiering,
	allocation: readonly TierAllocation[],
	tier: number,
): TargetExplanation {
	const { portfolio, scenario, economics } = session;
	const customers = expandTierAllocation(portfolio, scenario, tiering.tierOf, allocation);
	const plan = servicePlan(portfolio, scenario, customers);
	let count = 0;
	let coverage = 0;
	let attention = 0;
	let target = 0;
	let belowZero = 0;
	for (let i = 0; i < portfolio.size; i++) {
		if (tiering.tierOf[i] !== tier) continue;
		count += 1;
		coverage += plan.coverage[i] as number;
		attention += plan.attention[i] as number;
		target += plan.target[i] as number;
		belowZero += economics.belowZero[i] as number;
	}
	const c = count > 0 ? coverage / count : 0;
	const a = count > 0 ? attention / count : 0;
	const utility = serviceUtility(c);
	const shortfallWeight = utility < 1 ? 2 : 1;
	const fee = allocation[tier]?.bzFee ?? 0;
	return {
		customers: count,
		coverage: c,
		attention: a,
		utility,
		shortfallWeight,
		coverageTerm: 2.5 * (utility - 1) * shortfallWeight,
		attentionTerm: 0.8 * (1 - exp(-Math.max(0, a))),
		targetAtMeans: targetSatisfaction(c, a),
		meanTarget: count > 0 ? target / count : 0,
		fee,
		feePenalty: (fee / 0.1) * FEE_PENALTY_PER_10_PERCENT,
		belowZeroCustomers: belowZero,
	};
}

/** The residual CLV of one customer with a tier's average figures at the end, and the tier's actual total. */
export interface ResidualExplanation {
	/** Annual margin m: the tier's last-period profit per active customer, times the periods in a year. */
	margin: number;
	satisfaction: number;
	/** Annual retention r = 1 − d(s). */
	retention: number;
	/** Annual discount rate d of the scenario's scoring. */
	discountRate: number;
	/** m · r / (1 + d − r). */
	clv: number;
	/** Expected customers still active in the tier. */
	customers: number;
	/** The tier's residual CLV as the score counts it (each customer with its own m and r). */
	tierResidual: number;
}

/** Explains the residual CLV with the figures of a tier's average surviving customer. */
export function explainResidual(
	last: PeriodMetrics,
	tierResidual: number,
	curve: ChurnCurve,
	scenario: Scenario,
): ResidualExplanation {
	const margin = last.customers > 0 ? (last.profit / last.customers) * scenario.periodsPerYear : 0;
	const retention = 1 - annualChurn(last.satisfaction, curve);
	const discountRate = scenario.scoring.discountRate;
	return {
		margin,
		satisfaction: last.satisfaction,
		retention,
		discountRate,
		clv: simpleClv(margin, retention, discountRate),
		customers: last.customers,
		tierResidual,
	};
}

/** One part of the score: its figure, the scenario's weight and what it adds. */
export interface ScorePart {
	part: 'valueIndex' | 'topTierSatisfaction' | 'mvcRetention';
	figure: number;
	weight: number;
	contribution: number;
}

/** The score as its weighted sum, with the status-quo value the value index is measured against. */
export interface ScoreExplanation {
	parts: ScorePart[];
	/** The sum of the contributions: equals the score. */
	total: number;
	value: number;
	/** The scenario's status-quo value, the same for every tiering (value index 100). */
	statusQuoValue: number;
}

/** Splits a score into its weighted parts with the scenario's weights. */
export function explainScore(score: ExerciseScore, weights: Scenario['scoring']): ScoreExplanation {
	const parts: ScorePart[] = [
		{ part: 'valueIndex', figure: score.valueIndex, weight: weights.value, contribution: 0 },
		{
			part: 'topTierSatisfaction',
			figure: score.topTierSatisfaction,
			weight: weights.topTierSatisfaction,
			contribution: 0,
		},
		{ part: 'mvcRetention', figure: score.mvcRetention, weight: weights.mvcRetention, contribution: 0 },
	];
	for (const p of parts) p.contribution = p.weight * p.figure;
	return {
		parts,
		total: parts.reduce((sum, p) => sum + p.contribution, 0),
		value: score.value,
		statusQuoValue: score.statusQuoValue,
	};
}
