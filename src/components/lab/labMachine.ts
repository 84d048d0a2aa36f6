import { fromPromise } from 'xstate';
import { type ExerciseConfig, sessionFor } from '../../sim/exercise/exerciseSteps.ts';
import { exerciseMachine } from '../../sim/machines/exerciseMachine.ts';
import type { TierAllocation } from '../../sim/model/tierAllocation.ts';
import type { TieringSpec } from '../../sim/tiering/tieringSpec.ts';
import { requestSim } from './simWorkerClient.ts';

/**
 * The exercise machine with its heavy actors moved to the Web Worker. The page still keeps its own copy of the
 * portfolio (generated once, in a few milliseconds for a lesson-sized portfolio) because tier summaries and limit
 * checks answer synchronously while the learner types.
 */
export const labMachine = exerciseMachine.provide({
	actors: {
		generatePortfolio: fromPromise(async ({ input }: { input: ExerciseConfig }) => {
			await requestSim('generate', input);
			sessionFor(input);
		}),
		runRound: fromPromise(
			async ({ input }: { input: { config: ExerciseConfig; tiering: TieringSpec; decisions: TierAllocation[][] } }) =>
				requestSim('play', input),
		),
		scoreReferences: fromPromise(
			async ({ input }: { input: { config: ExerciseConfig; tiering: TieringSpec; rounds: number } }) =>
				requestSim('references', input),
		),
	},
});
