import { assertEvent, assign, fromPromise, setup } from 'xstate';
import {
	applyTiering,
	draftViolations,
	type ExerciseConfig,
	type ExerciseResults,
	playExercise,
	referenceDraft,
	referenceResults,
	sessionFor,
} from '../exercise/exerciseSteps.ts';
import type { AllocationViolation } from '../model/checkAllocation.ts';
import { emptyTierAllocation, type TierAllocation } from '../model/tierAllocation.ts';
import type { ReferencePolicy } from '../policies/referenceAllocations.ts';
import type { TierSummary } from '../tiering/summariseTiers.ts';
import type { TieringSpec } from '../tiering/tieringSpec.ts';

/**
 * Everything the exercise remembers. It is plain JSON — decisions and results, never the portfolio — so the
 * snapshot persists as is; the portfolio is regenerated from (scenario, seed, size) whenever it is needed.
 */
export interface ExerciseContext {
	config: ExerciseConfig;
	rounds: number;
	tiering: TieringSpec | null;
	tierIds: string[];
	tierSummary: TierSummary[];
	/** The decisions being edited for the next round, one per tier. */
	draft: TierAllocation[];
	/** Earlier drafts of this round, for "undo last decision". */
	undo: TierAllocation[][];
	/** Limits the draft breaks; the round cannot run while there are any. */
	violations: AllocationViolation[];
	/** Locked decisions of the rounds played. */
	decisions: TierAllocation[][];
	results: ExerciseResults | null;
	references: Record<ReferencePolicy, ExerciseResults> | null;
	/** The last problem to show the learner (a rejected tiering, a failed generation). */
	error: string | null;
}

export type ExerciseEvent =
	| { type: 'exercise.configure'; config: Partial<ExerciseConfig> }
	| { type: 'portfolio.generate' }
	| { type: 'tiering.set'; spec: unknown }
	| { type: 'tiering.confirm' }
	| { type: 'allocation.set'; tier: number; resource: keyof TierAllocation; value: number }
	| { type: 'allocation.replace'; allocations: TierAllocation[] }
	| { type: 'allocation.applyPolicy'; policy: ReferencePolicy }
	| { type: 'decision.undo' }
	| { type: 'round.run' }
	| { type: 'round.next' }
	| { type: 'exercise.finish' }
	| { type: 'exercise.reset' };

export interface ExerciseInput {
	config?: Partial<ExerciseConfig>;
	rounds?: number;
}

export const defaultConfig: ExerciseConfig = {
	scenarioId: 'ict-equipment',
	seed: 42,
	size: 2000,
	mode: 'expected',
	budgetScale: 1,
};

/** The version of the persisted snapshot format; bump it when the context changes shape. */
export const EXERCISE_SNAPSHOT_VERSION = 1;

function freshContext(input: ExerciseInput): ExerciseContext {
	return {
		config: { ...defaultConfig, ...input.config },
		rounds: input.rounds ?? 4,
		tiering: null,
		tierIds: [],
		tierSummary: [],
		draft: [],
		undo: [],
		violations: [],
		decisions: [],
		results: null,
		references: null,
		error: null,
	};
}

/** An error as one line: a schema error by its issues' own messages, not its JSON dump. */
const message = (error: unknown) => {
	const issues = (error as { issues?: unknown }).issues;
	if (Array.isArray(issues) && issues.length > 0)
		return issues.map((issue) => String((issue as { message?: unknown }).message ?? issue)).join('; ');
	return error instanceof Error ? error.message : String(error);
};

/** A draft with one value changed, clamped to what a control can hold (never negative; shares at most 1). */
export function setDraftValue(
	draft: readonly TierAllocation[],
	tier: number,
	resource: keyof TierAllocation,
	value: number,
): TierAllocation[] {
	const bounded = Number.isFinite(value)
		? Math.max(0, resource === 'digital' || resource === 'partner' ? Math.min(1, value) : value)
		: 0;
	return draft.map((a, t) => (t === tier ? { ...a, [resource]: bounded } : a));
}

/**
 * The exercise of the course: configure → generate → tier → allocate → run → review, round after round, then a
 * debrief. The CLI and the lesson islands drive this same machine. Actions are one-line wrappers around the pure
 * functions of `exerciseSteps.ts`; generation and running are invoked actors, so a page can move them to a worker.
 */
export const exerciseMachine = setup({
	types: {
		context: {} as ExerciseContext,
		events: {} as ExerciseEvent,
		input: {} as ExerciseInput,
	},
	actors: {
		generatePortfolio: fromPromise(async ({ input }: { input: ExerciseConfig }) => {
			sessionFor(input);
		}),
		runRound: fromPromise(
			async ({ input }: { input: { config: ExerciseConfig; tiering: TieringSpec; decisions: TierAllocation[][] } }) =>
				playExercise(input.config, input.tiering, input.decisions),
		),
		scoreReferences: fromPromise(
			async ({ input }: { input: { config: ExerciseConfig; tiering: TieringSpec; rounds: number } }) =>
				referenceResults(input.config, input.tiering, input.rounds),
		),
	},
	guards: {
		// A refused change leaves the last good tiering in place, but the builder shows the refused one: no confirming it.
		hasTiering: ({ context }) => context.tiering !== null && context.error === null,
		draftWithinLimits: ({ context }) => context.draft.length > 0 && context.violations.length === 0,
		roundsLeft: ({ context }) => context.decisions.length < context.rounds,
		canUndo: ({ context }) => context.undo.length > 0,
	},
	actions: {
		configure: assign(({ context, event }) => {
			assertEvent(event, 'exercise.configure');
			return { config: { ...context.config, ...event.config }, error: null };
		}),
		setTiering: assign(({ context, event }) => {
			assertEvent(event, 'tiering.set');
			try {
				const { tiering, summary } = applyTiering(context.config, event.spec);
				return { tiering: tiering.spec, tierIds: tiering.tierIds, tierSummary: summary, error: null };
			} catch (error) {
				return { error: message(error) };
			}
		}),
		startDraft: assign(({ context }) => {
			if (!context.tiering) return {};
			const keep = context.draft.length === context.tierIds.length;
			const draft = keep
				? context.draft
				: referenceDraft(context.config, context.tiering, 'status-quo', context.decisions.length);
			return {
				draft,
				undo: [],
				violations: draftViolations(context.config, context.tiering, context.decisions, draft),
			};
		}),
		setAllocation: assign(({ context, event }) => {
			assertEvent(event, 'allocation.set');
			const draft = setDraftValue(context.draft, event.tier, event.resource, event.value);
			return withDraft(context, draft);
		}),
		replaceAllocation: assign(({ context, event }) => {
			assertEvent(event, 'allocation.replace');
			const draft = context.tierIds.map((_, t) => ({ ...emptyTierAllocation(), ...event.allocations[t] }));
			return withDraft(context, draft);
		}),
		applyPolicy: assign(({ context, event }) => {
			assertEvent(event, 'allocation.applyPolicy');
			if (!context.tiering) return {};
			return withDraft(
				context,
				referenceDraft(context.config, context.tiering, event.policy, context.decisions.length),
			);
		}),
		undoDraft: assign(({ context }) => {
			const draft = context.undo.at(-1) ?? context.draft;
			return { ...withDraft(context, draft), undo: context.undo.slice(0, -1) };
		}),
		lockDraft: assign(({ context }) => ({ decisions: [...context.decisions, context.draft], undo: [] })),
		recordResults: assign(({ event }) => ({
			results: (event as unknown as { output: ExerciseResults }).output,
			error: null,
		})),
		recordReferences: assign(({ event }) => ({
			references: (event as unknown as { output: Record<ReferencePolicy, ExerciseResults> }).output,
		})),
		unlockDraft: assign(({ context, event }) => ({
			decisions: context.decisions.slice(0, -1),
			error: message((event as unknown as { error: unknown }).error),
		})),
		recordError: assign(({ event }) => ({ error: message((event as unknown as { error: unknown }).error) })),
		adoptScenarioRounds: assign(({ context }) => ({ rounds: sessionFor(context.config).scenario.rounds, error: null })),
		reset: assign(({ context }) => freshContext({ config: context.config, rounds: context.rounds })),
	},
}).createMachine({
	id: 'exercise',
	context: ({ input }) => freshContext(input ?? {}),
	initial: 'configure',
	on: { 'exercise.reset': { target: '.configure', actions: 'reset' } },
	states: {
		configure: {
			on: {
				'exercise.configure': { actions: 'configure' },
				'portfolio.generate': 'generate',
			},
		},
		generate: {
			invoke: {
				src: 'generatePortfolio',
				input: ({ context }) => context.config,
				onDone: { target: 'tier', actions: 'adoptScenarioRounds' },
				onError: { target: 'configure', actions: 'recordError' },
			},
		},
		tier: {
			on: {
				'tiering.set': { actions: 'setTiering' },
				'tiering.confirm': { guard: 'hasTiering', target: 'allocate' },
			},
		},
		allocate: {
			entry: 'startDraft',
			on: {
				'allocation.set': { actions: 'setAllocation' },
				'allocation.replace': { actions: 'replaceAllocation' },
				'allocation.applyPolicy': { actions: 'applyPolicy' },
				'decision.undo': { guard: 'canUndo', actions: 'undoDraft' },
				'round.run': { guard: 'draftWithinLimits', target: 'run', actions: 'lockDraft' },
			},
		},
		run: {
			invoke: {
				src: 'runRound',
				input: ({ context }) => ({
					config: context.config,
					tiering: context.tiering as TieringSpec,
					decisions: context.decisions,
				}),
				onDone: { target: 'review', actions: 'recordResults' },
				onError: { target: 'allocate', actions: 'unlockDraft' },
			},
		},
		review: {
			on: {
				'round.next': [{ guard: 'roundsLeft', target: 'allocate' }, { target: 'debrief' }],
				'exercise.finish': 'debrief',
			},
		},
		debrief: {
			invoke: {
				src: 'scoreReferences',
				input: ({ context }) => ({
					config: context.config,
					tiering: context.tiering as TieringSpec,
					rounds: context.decisions.length,
				}),
				onDone: { actions: 'recordReferences' },
				onError: { actions: 'recordError' },
			},
		},
	},
});

/** The draft changed: remember the old one for undo and re-check the limits. */
function withDraft(context: ExerciseContext, draft: TierAllocation[]): Partial<ExerciseContext> {
	if (!context.tiering) return {};
	return {
		draft,
		undo: [...context.undo, context.draft].slice(-50),
		violations: draftViolations(context.config, context.tiering, context.decisions, draft),
	};
}
