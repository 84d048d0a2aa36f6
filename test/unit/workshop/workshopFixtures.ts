import '../../../src/sim/scenarios/scenarioCatalog.ts';
import { playExercise, referenceDraft } from '../../../src/sim/exercise/exerciseSteps.ts';
import type { ReferencePolicy } from '../../../src/sim/policies/referenceAllocations.ts';
import { findScenario } from '../../../src/sim/scenarios/scenarioCatalog.ts';
import { registerScenarios } from '../../../src/sim/scenarios/scenarioRegistry.ts';
import { tieringSpecSchema } from '../../../src/sim/tiering/tieringSpec.ts';
import { buildTeamResult, type TeamResult } from '../../../src/sim/workshop/teamResult.ts';
import {
	type WorkshopSession,
	workshopExerciseConfig,
	workshopScenario,
} from '../../../src/sim/workshop/workshopSession.ts';

/** A small three-round session with a downturn in round 2, as a facilitator would set one up. */
export const session: WorkshopSession = {
	scenario: 'ict-equipment',
	seed: 7,
	size: 400,
	rounds: 3,
	mode: 'expected',
	events: [{ round: 2, type: 'downturn' }],
	teams: ['红队', 'Blue <b>team</b>'],
	minutesPerRound: 15,
};

/** A team's honest hand-in after playing `rounds` rounds with a reference policy's decisions. */
export function honestResult(team: string, policy: ReferencePolicy, rounds = 3, s = session): TeamResult {
	const base = findScenario(s.scenario);
	if (!base) throw new Error('no scenario');
	const scenario = workshopScenario(base, s);
	registerScenarios([scenario]);
	const config = workshopExerciseConfig(s, scenario);
	const spec = tieringSpecSchema.parse({ method: 'strategicKeyOrdinary' });
	const decisions = Array.from({ length: rounds }, (_, r) => referenceDraft(config, spec, policy, r));
	const results = rounds > 0 ? playExercise(config, spec, decisions) : null;
	return buildTeamResult(s, team, spec, decisions, results);
}
