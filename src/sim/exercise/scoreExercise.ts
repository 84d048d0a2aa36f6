import type { Session } from './createSession.ts';
import type { PlayedRounds } from './playRounds.ts';

/** The parts of a score, each on a 0–100-ish scale, and the weighted total. */
export interface ExerciseScore {
	/** Profit over the rounds played, all tiers. */
	horizonProfit: number;
	/** Residual CLV of the survivors. */
	residualClv: number;
	/** horizonProfit + residualClv. */
	value: number;
	/** 100 × value / the status-quo policy's value on the same tiering (status quo = 100). */
	valueIndex: number;
	/** Mean satisfaction of the top tier at the end, mapped from 1–5 to 0–100. */
	topTierSatisfaction: number;
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

/**
 * Scores an exercise with the scenario's weights. The value term is relative to the status-quo reference on the same
 * tiering (`statusQuoValue`), so scores are comparable across scenarios; horizon profit alone would reward cutting
 * all service, so the residual CLV, the top tier's satisfaction and the retention of the most valuable customers
 * weigh in too.
 */
export function scoreExercise(session: Session, played: PlayedRounds, statusQuoValue: number): ExerciseScore {
	const { horizonProfit, residualClv, value } = policyValue(played);
	const weights = session.scenario.scoring;
	const last = played.rounds.at(-1)?.periods.at(-1);
	const topSatisfaction = last?.tiers[0]?.satisfaction ?? 0;
	let mvc = 0;
	let mvcAlive = 0;
	for (let i = 0; i < session.mostValuable.length; i++) {
		if (!session.mostValuable[i]) continue;
		mvc += 1;
		mvcAlive += played.state.alive[i] as number;
	}
	const valueIndex = statusQuoValue > 0 ? (100 * value) / statusQuoValue : 0;
	const topTierSatisfaction = topSatisfaction > 0 ? (100 * (topSatisfaction - 1)) / 4 : 0;
	const mvcRetention = mvc > 0 ? (100 * mvcAlive) / mvc : 0;
	return {
		horizonProfit,
		residualClv,
		value,
		valueIndex,
		topTierSatisfaction,
		mvcRetention,
		score:
			weights.value * valueIndex +
			weights.topTierSatisfaction * topTierSatisfaction +
			weights.mvcRetention * mvcRetention,
	};
}
