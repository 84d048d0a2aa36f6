import { applyTiering } from '../exercise/exerciseSteps.ts';
import { type TierAllocation, tierAllocationKeys } from '../model/tierAllocation.ts';
import type { TieringSpec } from '../tiering/tieringSpec.ts';
import { decodeDecisions } from './teamResult.ts';
import type { VerifiedTeam } from './verifyTeamResult.ts';
import { workshopExerciseConfig } from './workshopSession.ts';

/** One tier of a team's tiering: its id and how many customers it holds. */
export interface DecisionTier {
	id: string;
	customers: number;
}

/** What a team decided, for the debrief's screen: its tiering, and every locked round's allocation per tier. */
export interface TeamDecisions {
	team: string;
	tiering: TieringSpec;
	tiers: DecisionTier[];
	/** `rounds[r][k]`: round r + 1, tier k. */
	rounds: TierAllocation[][];
}

/** The resources in the order the allocation panel lists them, for the tables' columns. */
export const decisionColumns = tierAllocationKeys;

/**
 * A verified team's tiering (with the customer count of each tier, on the session's portfolio) and allocations,
 * decoded from its hand-in. Comes after `verifyTeamResult`, which registered the session's scenario.
 */
export function teamDecisions(team: VerifiedTeam): TeamDecisions {
	const config = workshopExerciseConfig(team.session, team.scenario);
	const { tiering, summary } = applyTiering(config, team.result.tiering);
	return {
		team: team.team,
		tiering: team.result.tiering,
		tiers: tiering.tierIds.map((id, k) => ({ id, customers: summary[k]?.count ?? 0 })),
		rounds: decodeDecisions(team.result.decisions),
	};
}

/** A tiering's parameters besides its method, as `[name, value]` pairs in the spec's order (custom rules aside). */
export function tieringParameters(spec: TieringSpec): [string, number | string][] {
	return Object.entries(spec).filter(
		(entry): entry is [string, number | string] =>
			entry[0] !== 'method' && (typeof entry[1] === 'number' || typeof entry[1] === 'string'),
	);
}
