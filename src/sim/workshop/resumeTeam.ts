import { createActor, waitFor } from 'xstate';
import { tierAllocationSchema } from '../exercise/decisionsSchema.ts';
import { exerciseMachine } from '../machines/exerciseMachine.ts';
import type { ExerciseSnapshot } from '../machines/exercisePersistence.ts';
import { registerScenarios } from '../scenarios/scenarioRegistry.ts';
import { printableExcerpt } from '../text/printableExcerpt.ts';
import { sessionDifference } from './sessionDifference.ts';
import { type Checked, failure } from './shareCode.ts';
import { decodeDecisions, type TeamResult } from './teamResult.ts';
import {
	checkSession,
	firstIssue,
	type WorkshopSession,
	workshopExerciseConfig,
	workshopScenario,
} from './workshopSession.ts';

/** A team's exercise rebuilt from its hand-in, ready to be saved as its lab and continued. */
export interface ResumedTeam {
	session: WorkshopSession;
	/** The team's place on the session's roster. */
	team: number;
	/** The exercise after the hand-in's last round, in that round's review (or in allocation, before any). */
	snapshot: ExerciseSnapshot;
}

/**
 * Rebuilds a team's exercise from its result code or file, on any device: the session and roster are checked (against
 * `expected` when the page already has a session), then the hand-in's tiering and every locked round are played again
 * through the exercise machine, so what the team continues from is what the engine computes, never what the code
 * claims.
 */
export async function resumeTeam(result: TeamResult, expected?: WorkshopSession): Promise<Checked<ResumedTeam>> {
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
	const team = session.teams.indexOf(result.team);
	if (team < 0) {
		const name = printableExcerpt(result.team, 40);
		return failure('roster', `team: "${name}" is not one of ${session.teams.length} names`, { team: name });
	}
	if (result.decisions.length > session.rounds)
		return failure('decisionShape', `decisions: ${result.decisions.length} rounds, the session has ${session.rounds}`);
	const scenario = workshopScenario(base, session);
	registerScenarios([scenario]);
	const actor = createActor(exerciseMachine, { input: { config: workshopExerciseConfig(session, scenario) } }).start();
	try {
		actor.send({ type: 'portfolio.generate' });
		await waitFor(actor, (s) => s.value !== 'generate');
		actor.send({ type: 'tiering.set', spec: result.tiering });
		actor.send({ type: 'tiering.confirm' });
		const tiered = actor.getSnapshot();
		if (tiered.value !== 'allocate') return failure('schema', `tiering: ${tiered.context.error ?? 'refused'}`);
		const rounds = decodeDecisions(result.decisions);
		for (const [r, allocations] of rounds.entries()) {
			if (allocations.length !== tiered.context.tierIds.length)
				return failure(
					'decisionShape',
					`decisions.${r}: ${allocations.length} tiers, the tiering has ${tiered.context.tierIds.length}`,
				);
			for (const [k, tier] of allocations.entries()) {
				// A value outside its field's range (a fractional iron-triangle count, say) is a malformed code, not a breach.
				const parsed = tierAllocationSchema.safeParse(tier);
				if (!parsed.success) return failure('decisionShape', `decisions.${r}.${k}.${firstIssue(parsed.error)}`);
			}
			if (r > 0) actor.send({ type: 'round.next' });
			actor.send({ type: 'allocation.replace', allocations });
			if (actor.getSnapshot().context.violations.length > 0)
				return failure('decisions', `decisions.${r}: breaks a limit of round ${r + 1}`);
			actor.send({ type: 'round.run' });
			const after = await waitFor(actor, (s) => s.value !== 'run');
			if (after.value !== 'review') return failure('decisions', `decisions.${r}: ${after.context.error ?? ''}`);
		}
		return { ok: true, value: { session, team, snapshot: actor.getPersistedSnapshot() as ExerciseSnapshot } };
	} finally {
		actor.stop();
	}
}
