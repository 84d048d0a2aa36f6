import type { Session } from './createSession.ts';
import type { PlayedRounds } from './playRounds.ts';

/**
 * The value index never goes below 0 nor above this: a run of luck or a policy the yardstick did not foresee cannot
 * swamp the other parts of the score, and a loss scores 0, not a negative number a leaderboard would have to explain.
 */
export const VALUE_INDEX_CAP = 200;

/** The parts of a score, each on a 0–100-ish scale, and the weighted total. */
export interface ExerciseScore {
	/** Profit over the rounds played, all tiers. */
	horizonProfit: number;
	/** Residual CLV of the survivors. */
	residualClv: number;
	/** horizonProfit + residualClv. */
	value: number;
	/** The yardstick: the value of the scenario's status quo, the same for every team whatever its tiering. */
	statusQuoValue: number;
	/** 100 × value / statusQuoValue, held to 0–VALUE_INDEX_CAP (status quo = 100). */
	valueIndex: number;
	/**
	 * Mean satisfaction, at the end, of the most valuable customers still active (1–5), mapped to 0–100. The key keeps
	 * its first name so saved results and decisions files stay readable; it no longer depends on how a team drew its
	 * tiers, only on how the customers who matter most were served.
	 */
	topTierSatisfaction: number;
	/** The mean satisfaction behind `topTierSatisfaction`, on the 1–5 scale (0 when none is left). */
	mvcSatisfaction: number;
	/** Share of the most valuable customers still active at the end, 0–100. */
	mvcRetention: number;
	/** The scenario's weighted sum of valueIndex, topTierSatisfaction and mvcRetention. */
	score: number;
}

/** Profit over every period played plus the residual CLV: the value of a policy (MODEL-NOTES §3). */
export function policyValue(played: PlayedRounds): { horizonProfit: number; residualClv: number; value: number } {
	let horizonProfit = 0;
	for (const round of played.rounds) for (const period of round.periods) horizonProfit += period.total.profit;
	return { horizonProfit, residualClv: played.residual.total, value: horizonProfit + played.residual.total };
}

/** 100 × value / yardstick, held to 0–VALUE_INDEX_CAP; 0 when the yardstick is not positive. */
export function valueIndexOf(value: number, yardstick: number): number {
	if (!(yardstick > 0)) return 0;
	const index = (100 * value) / yardstick;
	return index < 0 ? 0 : Math.min(index, VALUE_INDEX_CAP);
}

/**
 * Scores an exercise with the scenario's weights. Every part depends only on what happened to each customer, never
 * on how the team grouped them: the value index is measured against one yardstick per scenario (`statusQuoValue`),
 * and satisfaction and retention are those of the session's most valuable customers. Two teams that serve every
 * customer alike therefore score alike whatever tiers they drew. Horizon profit alone would reward cutting all
 * service, so the residual CLV and the most valuable customers' satisfaction and retention weigh in too.
 */
export function scoreExercise(session: Session, played: PlayedRounds, statusQuoValue: number): ExerciseScore {
	const { horizonProfit, residualClv, value } = policyValue(played);
	const weights = session.scenario.scoring;
	const { alive, satisfaction } = played.state;
	let mvc = 0;
	let mvcAlive = 0;
	let mvcSatisfied = 0;
	for (let i = 0; i < session.mostValuable.length; i++) {
		if (!session.mostValuable[i]) continue;
		const a = alive[i] as number;
		mvc += 1;
		mvcAlive += a;
		mvcSatisfied += a * (satisfaction[i] as number);
	}
	const valueIndex = valueIndexOf(value, statusQuoValue);
	const mvcSatisfaction = mvcAlive > 0 ? mvcSatisfied / mvcAlive : 0;
	const topTierSatisfaction = mvcSatisfaction > 0 ? (100 * (mvcSatisfaction - 1)) / 4 : 0;
	const mvcRetention = mvc > 0 ? (100 * mvcAlive) / mvc : 0;
	return {
		horizonProfit,
		residualClv,
		value,
		statusQuoValue,
		valueIndex,
		topTierSatisfaction,
		mvcSatisfaction,
		mvcRetention,
		score:
			weights.value * valueIndex +
			weights.topTierSatisfaction * topTierSatisfaction +
			weights.mvcRetention * mvcRetention,
	};
}
