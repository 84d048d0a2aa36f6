import { useEffect, useState } from 'react';
import type { Actor } from 'xstate';
import { openWebStorage } from '../../progress/openWebStorage.ts';
import {
	type ExerciseSnapshot,
	parseSavedExercise,
	savableStates,
	serialiseExercise,
} from '../../sim/machines/exercisePersistence.ts';
import type { labMachine } from './labMachine.ts';

/** Why the lab is not saving, or why a save was dropped, for the notice above the lab. */
export type PersistenceNotice = 'storageOff' | 'restoreCorrupted' | 'restoreOtherVersion' | 'restoreUnsavable' | null;

const PREFIX = 'course-lab:v1:';

/**
 * Reads a lab's saved exercise before the actor starts. A save that cannot be used is removed and reported, so a bad
 * save costs the learner that save and never the page.
 */
export function loadSavedLab(labId: string): { snapshot?: ExerciseSnapshot; notice: PersistenceNotice } {
	const s = openWebStorage();
	if (!s) return { notice: 'storageOff' };
	const text = s.getItem(PREFIX + labId);
	if (text === null) return { notice: null };
	const parsed = parseSavedExercise(text);
	if (parsed.ok) return { snapshot: parsed.snapshot, notice: null };
	s.removeItem(PREFIX + labId);
	const notice =
		parsed.problem === 'otherVersion'
			? 'restoreOtherVersion'
			: parsed.problem === 'unsavableState'
				? 'restoreUnsavable'
				: 'restoreCorrupted';
	return { notice };
}

/**
 * Saves the exercise whenever it settles in a state that waits for the learner; reports when saving is off. Nothing is
 * saved while `enabled` is false: before the save is read, a fresh actor must not overwrite it.
 */
export function useLabPersistence(
	actor: Actor<typeof labMachine>,
	labId: string,
	initial: PersistenceNotice,
	enabled = true,
): PersistenceNotice {
	const [notice, setNotice] = useState<PersistenceNotice>(initial);
	useEffect(() => {
		if (!enabled) return;
		const subscription = actor.subscribe((snapshot) => {
			if (!(savableStates as readonly string[]).includes(String(snapshot.value))) return;
			const s = openWebStorage();
			if (!s) {
				setNotice('storageOff');
				return;
			}
			try {
				s.setItem(PREFIX + labId, serialiseExercise(actor.getPersistedSnapshot()));
			} catch {
				setNotice('storageOff'); // quota exceeded: keep playing in memory
			}
		});
		return () => subscription.unsubscribe();
	}, [actor, labId, enabled]);
	return notice;
}

/** Forgets a lab's saved exercise (reset). */
export function clearSavedLab(labId: string): void {
	openWebStorage()?.removeItem(PREFIX + labId);
}
