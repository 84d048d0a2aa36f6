import type { TierAllocation } from '../model/tierAllocation.ts';
import type { TieringSpec } from '../tiering/tieringSpec.ts';
import { applyTiering, type ExerciseConfig, sessionFor } from './exerciseSteps.ts';
import { playRounds } from './playRounds.ts';

/** One customer at the start and after each round played. */
export interface CustomerHistoryPoint {
	round: number;
	satisfaction: number;
	/** Annual revenue at that point. */
	revenue: number;
	/** Probability the customer is still a customer (expected-value mode) or 0/1. */
	alive: number;
}

/**
 * The history of one customer through the rounds played so far, replayed from the same decisions (so it is exactly
 * what the exercise computed): round 0 is the portfolio as generated.
 */
export function customerHistory(
	config: ExerciseConfig,
	spec: TieringSpec,
	decisions: readonly TierAllocation[][],
	index: number,
): CustomerHistoryPoint[] {
	const session = sessionFor(config);
	if (!Number.isInteger(index) || index < 0 || index >= session.portfolio.size)
		throw new RangeError(`no customer ${index}`);
	const { tiering } = applyTiering(config, spec);
	const points: CustomerHistoryPoint[] = [];
	for (let rounds = 0; rounds <= decisions.length; rounds++) {
		const { state } = playRounds(session, tiering, decisions.slice(0, rounds), config.mode, config.budgetScale);
		points.push({
			round: rounds,
			satisfaction: state.satisfaction[index] as number,
			revenue: state.revenue[index] as number,
			alive: state.alive[index] as number,
		});
	}
	return points;
}
