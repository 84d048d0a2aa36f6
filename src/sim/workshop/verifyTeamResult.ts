import { tierAllocationSchema } from '../exercise/decisionsSchema.ts';
import { AllocationRejected, applyTiering, type ExerciseResults, playExercise } from '../exercise/exerciseSteps.ts';
import { registerScenarios } from '../scenarios/scenarioRegistry.ts';
import type { Scenario } from '../scenarios/scenarioSchema.ts';
import { sessionId } from './sessionId.ts';
import { type Checked, failure } from './shareCode.ts';
import { type ClaimedResults, claimsOf, decodeDecisions, type TeamResult } from './teamResult.ts';
import { checkSession, firstIssue, workshopExerciseConfig, workshopScenario } from './workshopSession.ts';

/** One figure a team claimed that the recomputation does not give. */
export interface Mismatch {
	/** `score.score`, `rounds.2.profit`, …: the claimed figure's path. */
	figure: string;
	claimed: number;
	recomputed: number;
}

/** A hand-in that passed every check: the team, and its results as the engine recomputed them. */
export interface VerifiedTeam {
	team: string;
	session: TeamResult['session'];
	sessionId: string;
	scenario: Scenario;
	result: TeamResult;
	roundsPlayed: number;
	/** The recomputed results; null before the first round. */
	results: ExerciseResults | null;
	claims: ClaimedResults;
}

function compareClaims(claimed: ClaimedResults, recomputed: ClaimedResults): Mismatch[] {
	const out: Mismatch[] = [];
	const walk = (a: unknown, b: unknown, path: string) => {
		if (typeof a === 'number' || typeof b === 'number') {
			if (a !== b) out.push({ figure: path, claimed: Number(a), recomputed: Number(b) });
		} else if (a && b && typeof a === 'object' && typeof b === 'object') {
			for (const key of new Set([...Object.keys(a), ...Object.keys(b)]))
				walk((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], path ? `${path}.${key}` : key);
		} else if (a !== b) {
			out.push({ figure: path, claimed: Number.NaN, recomputed: Number.NaN });
		}
	};
	walk(claimed, recomputed, '');
	return out;
}

/**
 * Recomputes a team's results from its decisions and compares them with what it claims. The engine is deterministic,
 * so an honest hand-in matches to the cent; any difference means the file or code was edited (`results`). With
 * `expectedSession`, a hand-in from another session is refused (`session`).
 */
export function verifyTeamResult(result: TeamResult, expectedSession?: string): Checked<VerifiedTeam> {
	const checked = checkSession(result.session);
	if (!checked.ok) return checked;
	const { session, base } = checked.value;
	const id = sessionId(session);
	if (expectedSession !== undefined && id !== expectedSession) return failure('session', `${id} ≠ ${expectedSession}`);
	if (result.decisions.length > session.rounds)
		return failure('decisions', `${result.decisions.length} rounds > ${session.rounds}`);
	const scenario = workshopScenario(base, session);
	registerScenarios([scenario]);
	const config = workshopExerciseConfig(session, scenario);
	const { tiering } = applyTiering(config, result.tiering);
	const decisions = decodeDecisions(result.decisions);
	for (const [r, round] of decisions.entries()) {
		if (round.length !== tiering.tierIds.length)
			return failure('decisions', `decisions.${r}: ${round.length} tiers ≠ ${tiering.tierIds.length}`);
		for (const [k, tier] of round.entries()) {
			const parsed = tierAllocationSchema.safeParse(tier);
			if (!parsed.success) return failure('decisions', `decisions.${r}.${k}.${firstIssue(parsed.error)}`);
		}
	}
	let results: ExerciseResults | null = null;
	if (decisions.length > 0) {
		try {
			results = playExercise(config, result.tiering, decisions);
		} catch (error) {
			if (error instanceof AllocationRejected) return failure('decisions', error.message);
			throw error;
		}
	}
	const claims = results ? claimsOf(results, decisions.length) : { rounds: [], score: null };
	const mismatches = compareClaims(result.claimed, claims);
	if (mismatches.length > 0) {
		const listed = mismatches
			.slice(0, 3)
			.map((m) => `${m.figure}: ${m.claimed} ≠ ${m.recomputed}`)
			.join('; ');
		return failure('results', mismatches.length > 3 ? `${listed}; +${mismatches.length - 3}` : listed);
	}
	return {
		ok: true,
		value: {
			team: result.team,
			session,
			sessionId: id,
			scenario,
			result,
			roundsPlayed: decisions.length,
			results,
			claims,
		},
	};
}
