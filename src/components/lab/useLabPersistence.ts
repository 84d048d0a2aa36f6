import { useEffect, useState } from 'react';
import type { Actor } from 'xstate';
import { openWebStorage } from '../../progress/openWebStorage.ts';
import {
	compareProgress,
	type ExerciseSnapshot,
	parseSavedExercise,
	savableStates,
	serialiseExercise,
} from '../../sim/machines/exercisePersistence.ts';
import type { labMachine } from './labMachine.ts';

/** Why the lab is not saving, or why a save was dropped, for the notice above the lab. */
export type PersistenceNotice =
	| 'storageOff'
	| 'restoreCorrupted'
	| 'restoreOtherVersion'
	| 'restoreUnsavable'
	| 'restoreCatalogFailed'
	| 'otherTab'
	| null;

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

// How long a moving slider's draft may go unsaved. Saving serialises the whole exercise; on every step of a drag that
// would cost the frame the forecast needs, so a drag is saved at most this often.
const DRAFT_SAVE_DELAY_MS = 250;

/**
 * Saves the exercise whenever it settles in a state that waits for the learner; reports when saving is off. A change
 * of state or of the locked decisions is saved at once; a draft that a slider is moving is saved at most every
 * `DRAFT_SAVE_DELAY_MS`, and when the page is hidden or left. Nothing is saved while `enabled` is false: before the
 * save is read, a fresh actor must not overwrite it.
 *
 * Two tabs of one lab share its save. When the other tab saves something that got further (see `compareProgress`),
 * this tab hands it to `onOtherTab` to take over; when this tab is further, it saves again. Either way a locked round
 * is never overwritten by a tab that has not seen it.
 */
export function useLabPersistence(
	actor: Actor<typeof labMachine>,
	labId: string,
	initial: PersistenceNotice,
	enabled = true,
	onOtherTab?: (snapshot: ExerciseSnapshot) => void,
): PersistenceNotice {
	const [notice, setNotice] = useState<PersistenceNotice>(initial);
	useEffect(() => {
		if (!enabled) return;
		let pending: ReturnType<typeof setTimeout> | null = null;
		let saved: { value: unknown; decisions: unknown; tiering: unknown } | null = null;
		const save = () => {
			if (pending !== null) clearTimeout(pending);
			pending = null;
			const snapshot = actor.getSnapshot();
			if (!(savableStates as readonly string[]).includes(String(snapshot.value))) return;
			saved = { value: snapshot.value, decisions: snapshot.context.decisions, tiering: snapshot.context.tiering };
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
		};
		const subscription = actor.subscribe((snapshot) => {
			if (!(savableStates as readonly string[]).includes(String(snapshot.value))) return;
			const { decisions, tiering } = snapshot.context;
			const draftOnly =
				saved !== null && saved.value === snapshot.value && saved.decisions === decisions && saved.tiering === tiering;
			if (!draftOnly) save();
			else pending ??= setTimeout(save, DRAFT_SAVE_DELAY_MS);
		});
		// A reload or a closed tab must not lose the last slider position.
		const flush = () => {
			if (pending !== null) save();
		};
		const onHidden = () => {
			if (document.visibilityState === 'hidden') flush();
		};
		const onStorage = (event: StorageEvent) => {
			if (event.key !== PREFIX + labId || event.newValue === null || !onOtherTab) return;
			const theirs = parseSavedExercise(event.newValue);
			if (!theirs.ok) return;
			const order = compareProgress(theirs.snapshot, actor.getSnapshot());
			if (order > 0) onOtherTab(theirs.snapshot);
			else if (order < 0) save();
		};
		window.addEventListener('pagehide', flush);
		window.addEventListener('storage', onStorage);
		document.addEventListener('visibilitychange', onHidden);
		return () => {
			window.removeEventListener('storage', onStorage);
			// Not flushed: the lab unmounts on reset, whose cleared save must stay cleared.
			if (pending !== null) clearTimeout(pending);
			subscription.unsubscribe();
			window.removeEventListener('pagehide', flush);
			document.removeEventListener('visibilitychange', onHidden);
		};
	}, [actor, labId, enabled, onOtherTab]);
	return notice;
}

/** Forgets a lab's saved exercise (reset). */
export function clearSavedLab(labId: string): void {
	openWebStorage()?.removeItem(PREFIX + labId);
}

/**
 * Stores an exercise rebuilt elsewhere (a team resuming from its result code) as a lab's save, unless the save there
 * already got further: then that one is kept. A device never loses rounds it has played.
 */
export function writeSavedLab(labId: string, snapshot: ExerciseSnapshot): 'written' | 'kept' | 'storageOff' {
	const s = openWebStorage();
	if (!s) return 'storageOff';
	const existing = s.getItem(PREFIX + labId);
	const parsed = existing === null ? null : parseSavedExercise(existing);
	if (parsed?.ok && compareProgress(parsed.snapshot, snapshot) > 0) return 'kept';
	try {
		s.setItem(PREFIX + labId, serialiseExercise(snapshot));
		return 'written';
	} catch {
		return 'storageOff';
	}
}
