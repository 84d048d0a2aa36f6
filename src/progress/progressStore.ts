import { isPassingScore, lessonProgress } from './lessonCompletion';
import { isBetterQuizResult, mergeProgress, type ProgressChange } from './mergeProgress';
import {
	emptyProgress,
	isLessonId,
	type LabResult,
	MAX_PROGRESS_FILE_SIZE,
	MAX_STORED_PROGRESS_SIZE,
	type Progress,
	type ProgressError,
	parseProgress,
	type QuizResult,
	serializeProgress,
} from './progressFormat';

/** The one localStorage key of the course; the suffix is the format version. */
export const STORAGE_KEY = 'course-progress:v1';
/** Where an unreadable stored copy is set aside before it is replaced, so nothing is destroyed silently. */
export const UNREADABLE_KEY = 'course-progress:v1:unreadable';

/** The part of the Web Storage API the store uses; tests pass a fake one. */
export interface StorageLike {
	getItem(key: string): string | null;
	setItem(key: string, value: string): void;
}

/**
 * Whether progress is being saved:
 * - `ok`: saved in the browser;
 * - `unavailable`: the browser refuses storage (blocked, or a privacy mode), so progress lives only in this page;
 * - `full`: the last save failed for lack of space, so the newest results live only in this page;
 * - `reset`: the stored copy could not be read and the learner starts afresh (until the next save succeeds).
 */
export type StorageState = 'ok' | 'unavailable' | 'full' | 'reset';

export type ImportOutcome = { ok: true; changes: ProgressChange[] } | { ok: false; error: ProgressError };

export interface ProgressStore {
	/** The current progress: what is stored, merged with anything this page could not save. */
	read(): Progress;
	/** Records a knowledge-check result; the better of it and the stored one is kept and returned. */
	recordQuizResult(lessonId: string, score: number, total: number): QuizResult;
	/** Records that the learner finished the lesson's lab step. */
	markLabStepDone(lessonId: string): LabResult;
	/** The progress as an export file. */
	exportFile(): { fileName: string; text: string };
	/** Validates a progress file and merges it in; a file with any problem changes nothing. */
	importFile(text: string): ImportOutcome;
	/** Whether progress is being saved; see StorageState. */
	readonly state: StorageState;
}

export interface ProgressStoreOptions {
	/** Returns the storage to use (e.g. `() => window.localStorage`); it may throw or return null when there is none. */
	openStorage: () => StorageLike | null;
	/** The clock, for the `at` of each result. */
	now?: () => Date;
}

/** A quota error across browsers: the standard name, Firefox's older one, or the legacy code 22. */
function isQuotaError(error: unknown): boolean {
	if (!(error instanceof Error)) return false;
	const code = (error as { code?: unknown }).code;
	return error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22;
}

/**
 * Creates the progress store over a Web Storage. It keeps working in memory when storage is missing, blocked or full,
 * and reports that through `state`; an unreadable stored copy is set aside and the learner starts afresh.
 */
export function createProgressStore({ openStorage, now = () => new Date() }: ProgressStoreOptions): ProgressStore {
	let storage: StorageLike | null = null;
	let state: StorageState = 'ok';
	try {
		storage = openStorage();
	} catch {
		storage = null;
	}
	if (!storage) state = 'unavailable';

	// Results this page holds; merged with the stored copy on every read, so nothing is lost when a save fails.
	let memory = emptyProgress();
	// The raw text of a stored copy that failed validation, kept until it can be set aside.
	let unreadable: string | null = null;

	function readStored(): Progress | null {
		if (!storage) return null;
		let raw: string | null;
		try {
			raw = storage.getItem(STORAGE_KEY);
		} catch {
			storage = null;
			state = 'unavailable';
			return null;
		}
		if (raw === null) return null;
		const parsed = parseProgress(raw, MAX_STORED_PROGRESS_SIZE);
		if (parsed.ok) return parsed.progress;
		if (unreadable === null) {
			unreadable = raw;
			state = 'reset';
		}
		return null;
	}

	function read(): Progress {
		const stored = readStored();
		if (stored) memory = mergeProgress(memory, stored).progress;
		return memory;
	}

	function write(next: Progress) {
		memory = next;
		if (!storage) return;
		try {
			if (unreadable !== null) {
				try {
					storage.setItem(UNREADABLE_KEY, unreadable);
				} catch {
					// No room to keep the unreadable copy: saving the learner's current progress matters more.
				}
			}
			storage.setItem(STORAGE_KEY, JSON.stringify(next));
			unreadable = null;
			state = 'ok';
		} catch (error) {
			if (isQuotaError(error)) {
				state = 'full';
			} else {
				storage = null;
				state = 'unavailable';
			}
		}
	}

	function update(lessonId: string, change: (progress: Progress) => Progress) {
		if (!isLessonId(lessonId)) throw new RangeError(`not a lesson id: ${JSON.stringify(lessonId)}`);
		write(change(read()));
	}

	return {
		read,
		recordQuizResult(lessonId, score, total) {
			if (!Number.isInteger(total) || total < 1 || !Number.isInteger(score) || score < 0 || score > total) {
				throw new RangeError(`not a quiz score: ${score} / ${total}`);
			}
			const result: QuizResult = { score, total, passed: isPassingScore(score, total), at: now().toISOString() };
			let best = result;
			update(lessonId, (progress) => {
				const lesson = lessonProgress(progress, lessonId) ?? {};
				if (lesson.quiz && !isBetterQuizResult(result, lesson.quiz)) {
					best = lesson.quiz;
					return progress;
				}
				return { ...progress, lessons: { ...progress.lessons, [lessonId]: { ...lesson, quiz: result } } };
			});
			return best;
		},
		markLabStepDone(lessonId) {
			let lab: LabResult = { done: true, at: now().toISOString() };
			update(lessonId, (progress) => {
				const lesson = lessonProgress(progress, lessonId) ?? {};
				// The first completion is the one that counts; doing the step again keeps its date.
				if (lesson.lab) {
					lab = lesson.lab;
					return progress;
				}
				return { ...progress, lessons: { ...progress.lessons, [lessonId]: { ...lesson, lab } } };
			});
			return lab;
		},
		exportFile() {
			const date = now().toISOString().slice(0, 10);
			return { fileName: `course-progress-${date}.json`, text: serializeProgress(read()) };
		},
		importFile(text) {
			const parsed = parseProgress(text);
			if (!parsed.ok) return parsed;
			const { progress, changes } = mergeProgress(read(), parsed.progress);
			// The merge must stay a file this site can read back and import elsewhere: refuse it whole, saving nothing.
			const size = serializeProgress(progress).length;
			if (changes.length > 0 && size > MAX_PROGRESS_FILE_SIZE)
				return { ok: false, error: { code: 'mergeTooLarge', size, max: MAX_PROGRESS_FILE_SIZE } };
			if (changes.length > 0) write(progress);
			return { ok: true, changes };
		},
		get state() {
			return state;
		},
	};
}
