import { tierAllocationSchema } from '../exercise/decisionsSchema.ts';
import { AllocationRejected, applyTiering, type ExerciseResults, playExercise } from '../exercise/exerciseSteps.ts';
import { registerScenarios } from '../scenarios/scenarioRegistry.ts';
import type { Scenario } from '../scenarios/scenarioSchema.ts';
import { printableExcerpt } from '../text/printableExcerpt.ts';
import { sessionDifference } from './sessionDifference.ts';
import { sessionId } from './sessionId.ts';
import { type Checked, failure } from './shareCode.ts';
import { type ClaimedResults, claimsOf, decodeDecisions, type TeamResult } from './teamResult.ts';
import {
	checkSession,
	firstIssue,
	type WorkshopSession,
	workshopExerciseConfig,
	workshopScenario,
} from './workshopSession.ts';

/** One figure a team claimed that the recomputation does not give. */
export interface Mismatch {
	/** `score.score`, `rounds.2.profit`, …: the claimed figure's path. */
	figure: string;
	/** Undefined when the hand-in lacks a figure the recomputation has, or the other way round. */
	claimed: number | undefined;
	recomputed: number | undefined;
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
			if (a !== b)
				out.push({
					figure: path,
					claimed: typeof a === 'number' ? a : undefined,
					recomputed: typeof b === 'number' ? b : undefined,
				});
		} else if (a && b && typeof a === 'object' && typeof b === 'object') {
			for (const key of new Set([...Object.keys(a), ...Object.keys(b)]))
				walk((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], path ? `${path}.${key}` : key);
		} else if (a !== b) {
			// A whole round or score present on one side only: name it rather than compare NaN with NaN.
			out.push({ figure: path, claimed: undefined, recomputed: undefined });
		}
	};
	walk(claimed, recomputed, '');
	return out;
}

const shown = (x: number | undefined) => (x === undefined ? 'none' : String(x));

/**
 * Recomputes a team's results from its decisions and compares them with what it claims. The engine is deterministic,
 * so an honest hand-in matches to the cent; any difference means the file or code was edited (`results`).
 *
 * The recomputation happens inside the session the hand-in carries, so on its own it proves only that the hand-in is
 * consistent. `expected`, the facilitator's session, ties it to the room: a hand-in whose session differs in any field
 * is refused (`session`, naming the field) before anything is computed or registered, and so is a team that is not on
 * the roster (`roster`). Only a caller that has no session to compare with (a team checking its own hand-in) omits it.
 */
export function verifyTeamResult(result: TeamResult, expected?: WorkshopSession): Checked<VerifiedTeam> {
	if (expected) {
		const difference = sessionDifference(result.session, expected);
		if (difference)
			return failure('session', `${difference.field}: found ${difference.found}, expected ${difference.expected}`, {
				...difference,
			});
	}
	const checked = checkSession(result.session);
	if (!checked.ok) return checked;
	const { session, base } = checked.value;
	if (!session.teams.includes(result.team)) {
		const team = printableExcerpt(result.team, 40);
		return failure('roster', `team: "${team}" is not one of ${session.teams.length} names`, { team });
	}
	const id = sessionId(session);
	if (result.decisions.length > session.rounds)
		return failure('decisionShape', `decisions: ${result.decisions.length} rounds, the session has ${session.rounds}`);
	const scenario = workshopScenario(base, session);
	registerScenarios([scenario]);
	const config = workshopExerciseConfig(session, scenario);
	const { tiering } = applyTiering(config, result.tiering);
	const decisions = decodeDecisions(result.decisions);
	for (const [r, round] of decisions.entries()) {
		if (round.length !== tiering.tierIds.length)
			return failure(
				'decisionShape',
				`decisions.${r}: ${round.length} tiers, the tiering has ${tiering.tierIds.length}`,
			);
		for (const [k, tier] of round.entries()) {
			const parsed = tierAllocationSchema.safeParse(tier);
			// A value outside its field's range is a malformed hand-in, not a budget breach: named apart.
			if (!parsed.success) return failure('decisionShape', `decisions.${r}.${k}.${firstIssue(parsed.error)}`);
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
			.map((m) => `${m.figure}: claimed ${shown(m.claimed)}, recomputed ${shown(m.recomputed)}`)
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
