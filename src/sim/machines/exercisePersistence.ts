import type { Snapshot, SnapshotFrom } from 'xstate';
import { EXERCISE_SNAPSHOT_VERSION, type exerciseMachine } from './exerciseMachine.ts';

/** A persisted exercise snapshot, as `createActor(exerciseMachine, { snapshot })` takes it. */
export type ExerciseSnapshot = SnapshotFrom<typeof exerciseMachine>;

/** States in which an exercise may be saved: the ones that wait for the learner, never mid-computation. */
export const savableStates = ['configure', 'tier', 'allocate', 'review', 'debrief'] as const;

/** Wraps a persisted snapshot (from `actor.getPersistedSnapshot()`) with its format version, as JSON text. */
export function serialiseExercise(snapshot: Snapshot<unknown>): string {
	return JSON.stringify({ version: EXERCISE_SNAPSHOT_VERSION, snapshot });
}

/** Why a saved exercise could not be restored; the UI shows it and starts afresh. */
export type RestoreProblem = 'corrupted' | 'otherVersion' | 'unsavableState';

export type RestoreResult =
	| { ok: true; snapshot: ExerciseSnapshot }
	| { ok: false; problem: RestoreProblem; detail: string };

/**
 * Checks saved text before it is given to `createActor(exerciseMachine, { snapshot })`: it must be JSON of this
 * version, in a state that waits for the learner, with a context of the right shape. Anything else is reported, never
 * thrown, so a bad save can only cost the learner that save, not the page.
 */
export function parseSavedExercise(text: string): RestoreResult {
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch {
		return { ok: false, problem: 'corrupted', detail: 'the saved exercise is not valid JSON' };
	}
	if (typeof data !== 'object' || data === null)
		return { ok: false, problem: 'corrupted', detail: 'the saved exercise is not an object' };
	const { version, snapshot } = data as { version?: unknown; snapshot?: unknown };
	if (version !== EXERCISE_SNAPSHOT_VERSION) {
		return {
			ok: false,
			problem: 'otherVersion',
			detail: `saved by format version ${String(version)}, this site reads version ${EXERCISE_SNAPSHOT_VERSION}`,
		};
	}
	const s = snapshot as
		| { status?: unknown; value?: unknown; context?: { config?: unknown; decisions?: unknown; draft?: unknown } }
		| undefined;
	if (s?.status !== 'active' || typeof s.value !== 'string') {
		return { ok: false, problem: 'corrupted', detail: 'the saved exercise has no machine state' };
	}
	if (!(savableStates as readonly string[]).includes(s.value)) {
		return { ok: false, problem: 'unsavableState', detail: `the exercise was saved while "${s.value}"` };
	}
	const c = s.context;
	if (!c || typeof c.config !== 'object' || !Array.isArray(c.decisions) || !Array.isArray(c.draft)) {
		return { ok: false, problem: 'corrupted', detail: 'the saved exercise is missing its decisions' };
	}
	return { ok: true, snapshot: snapshot as ExerciseSnapshot };
}

/** What a save has locked: a confirmed tiering and the decisions of the rounds run (drafts are not locked). */
function lockedOf(context: Pick<ExerciseSnapshot['context'], 'tiering' | 'tierIds' | 'decisions'>, state: string) {
	const tierLocked = context.tierIds.length > 0 && state !== 'configure' && state !== 'generate' && state !== 'tier';
	return {
		rank: context.decisions.length * 2 + (tierLocked ? 1 : 0),
		text: JSON.stringify([tierLocked ? context.tiering : null, context.decisions]),
	};
}

/**
 * Which of two saves of one exercise (say, from two tabs) has got further: positive when `theirs` has, negative when
 * `ours` has, 0 when they have locked the same things (their drafts may differ). Further means more rounds run, then a
 * confirmed tiering. Two saves that locked the same round differently are ordered by their content, so that both tabs
 * settle on the same one rather than overwriting each other in turn.
 */
export function compareProgress(
	theirs: { value: unknown; context: Pick<ExerciseSnapshot['context'], 'tiering' | 'tierIds' | 'decisions'> },
	ours: { value: unknown; context: Pick<ExerciseSnapshot['context'], 'tiering' | 'tierIds' | 'decisions'> },
): number {
	const a = lockedOf(theirs.context, String(theirs.value));
	const b = lockedOf(ours.context, String(ours.value));
	if (a.rank !== b.rank) return a.rank - b.rank;
	if (a.text === b.text) return 0;
	return a.text > b.text ? 1 : -1;
}
