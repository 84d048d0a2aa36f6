/**
 * The learner's course evaluation in this browser's storage. A stored form that cannot be read (damaged, hand-edited,
 * or from another format version) is reported, so the page can say so, and its text is set aside under its own key
 * before the first save replaces it: the learner loses nothing they could hand to the trainer by other means.
 */
import type { StorageLike } from '../progress/progressStore.ts';
import { EVALUATION_VERSION, type EvaluationForm, readEvaluation } from './courseEvaluation.ts';

/** The learner's form; the suffix is the format version. */
export const EVALUATION_STORAGE_KEY = 'course-evaluation:v1';
/** Where an unreadable stored form is kept. */
export const EVALUATION_UNREADABLE_KEY = 'course-evaluation:v1:unreadable';

/** What the page found in storage: a form, nothing, or something it could not read. */
export type StoredEvaluation = { state: 'form'; form: EvaluationForm } | { state: 'none' } | { state: 'damaged' };

export interface EvaluationStore {
	load(): StoredEvaluation;
	/** Saves the form; false when the browser refused (blocked or full storage). */
	save(form: EvaluationForm): boolean;
}

export function createEvaluationStore(openStorage: () => StorageLike | null): EvaluationStore {
	let storage: StorageLike | null = null;
	try {
		storage = openStorage();
	} catch {
		storage = null;
	}
	let unreadable: string | null = null;
	return {
		load() {
			let text: string | null = null;
			try {
				text = storage?.getItem(EVALUATION_STORAGE_KEY) ?? null;
			} catch {
				storage = null;
			}
			if (text === null) return { state: 'none' };
			let read: ReturnType<typeof readEvaluation>;
			try {
				read = readEvaluation(JSON.parse(text));
			} catch {
				read = { ok: false, problem: { check: 'notJson' } };
			}
			if (read.ok) return { state: 'form', form: read.form };
			unreadable ??= text;
			return { state: 'damaged' };
		},
		save(form) {
			if (!storage) return false;
			if (unreadable !== null) {
				try {
					storage.setItem(EVALUATION_UNREADABLE_KEY, unreadable);
				} catch {
					// No room to keep the unreadable copy: saving the form being filled in matters more.
				}
			}
			try {
				storage.setItem(
					EVALUATION_STORAGE_KEY,
					JSON.stringify({ kind: 'course-evaluation', version: EVALUATION_VERSION, ...form }),
				);
				unreadable = null;
				return true;
			} catch {
				return false;
			}
		},
	};
}
