/**
 * The page's one progress store over localStorage, and the functions components and labs call. Every change is
 * announced as a `course:progress` event on `document`, so the sidebar, the quiz and the progress page stay in step,
 * also when another tab changes the progress.
 */
import type { LabResult, Progress, QuizResult } from './progressFormat';
import { createProgressStore, type ImportOutcome, type ProgressStore, STORAGE_KEY } from './progressStore';

/** The name of the DOM event fired on `document` whenever progress changes; its detail is `{ progress }`. */
export const PROGRESS_EVENT = 'course:progress';

export type ProgressEventDetail = { progress: Progress };

let store: ProgressStore | undefined;

function announce() {
	const detail: ProgressEventDetail = { progress: progressStore().read() };
	document.dispatchEvent(new CustomEvent(PROGRESS_EVENT, { detail }));
}

/** Returns the page's progress store, creating it on first use. */
export function progressStore(): ProgressStore {
	if (!store) {
		// Reading window.localStorage itself throws when the browser blocks storage; the store copes with that.
		store = createProgressStore({ openStorage: () => window.localStorage });
		window.addEventListener('storage', (event) => {
			if (event.key === STORAGE_KEY) announce();
		});
	}
	return store;
}

/** Records a knowledge-check result for a lesson and returns the best result now kept. */
export function recordQuizResult(lessonId: string, score: number, total: number): QuizResult {
	const best = progressStore().recordQuizResult(lessonId, score, total);
	announce();
	return best;
}

/**
 * Marks the lab step of a lesson done; the simulation labs call this when the learner finishes the step the lesson
 * asks for (its frontmatter `lab:`). Use `currentLesson()` for the id of the lesson the lab is on.
 */
export function markLabStepDone(lessonId: string): LabResult {
	const lab = progressStore().markLabStepDone(lessonId);
	announce();
	return lab;
}

/** Validates and merges a progress file; announces the change when it improved anything. */
export function importProgress(text: string): ImportOutcome {
	const outcome = progressStore().importFile(text);
	if (outcome.ok && outcome.changes.length > 0) announce();
	return outcome;
}

/**
 * The lesson this page is, as the lesson wrapper declares it (`data-lesson`, `data-lab-step`), or null on a page
 * without a knowledge check or lab step.
 */
export function currentLesson(): { id: string; labStep: string | undefined } | null {
	const element = document.querySelector<HTMLElement>('[data-lesson]');
	const id = element?.dataset.lesson;
	return id ? { id, labStep: element.dataset.labStep } : null;
}
