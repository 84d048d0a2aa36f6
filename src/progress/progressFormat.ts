import { isPassingScore } from './lessonCompletion';

/**
 * The learner's progress as it is stored in the browser and written to an export file. The format is versioned so a
 * later site can read (or knowingly refuse) files written by this one.
 */
export const PROGRESS_VERSION = 1;

/**
 * The largest progress file accepted, in characters (a progress file is ASCII, so this is also its size in bytes).
 * Even a course ten times this size stays far below it; anything bigger is not one of ours.
 */
export const MAX_PROGRESS_FILE_SIZE = 200_000;

/**
 * The largest stored copy read back, in characters. Above the file limit on purpose: a copy this site wrote (an
 * earlier merge may have grown one past the file limit) is the learner's progress and must not be thrown away.
 */
export const MAX_STORED_PROGRESS_SIZE = 5_000_000;

/** The best knowledge-check result of a lesson; `at` is an ISO 8601 date-time. */
export interface QuizResult {
	score: number;
	total: number;
	passed: boolean;
	at: string;
}

/** A lesson's lab step, recorded once the learner finishes it. */
export interface LabResult {
	done: true;
	at: string;
}

export interface LessonProgress {
	quiz?: QuizResult;
	lab?: LabResult;
}

/** Keyed by lesson id: the page slug without the locale prefix, so both languages share one record. */
export interface Progress {
	version: typeof PROGRESS_VERSION;
	lessons: Record<string, LessonProgress>;
}

/** What a malformed field should have been; the UI turns each into a sentence in the reader's language. */
export type Expectation = 'object' | 'total' | 'score' | 'boolean' | 'date' | 'true' | 'lessonId';

/** Why a progress file (or the stored copy) was refused; specific enough to tell the reader what to fix. */
export type ProgressError =
	| { code: 'tooLarge'; size: number; max: number }
	/** The file is fine, but merged with this browser's progress it would be larger than a progress file may be. */
	| { code: 'mergeTooLarge'; size: number; max: number }
	| { code: 'notJson' }
	| { code: 'notProgress' }
	| { code: 'wrongVersion'; found: string }
	| { code: 'badShape'; path: string; expected: Expectation };

export type ParseResult = { ok: true; progress: Progress } | { ok: false; error: ProgressError };

/** The largest number of questions a knowledge check may count; quizzes have 3–5, this leaves room. */
const MAX_TOTAL = 100;
const LESSON_ID = /^[a-z0-9][a-z0-9._-]*(\/[a-z0-9][a-z0-9._-]*)*$/i;

/** Returns an empty progress record, the state of a learner who has not started. */
export function emptyProgress(): Progress {
	return { version: PROGRESS_VERSION, lessons: {} };
}

/** True for a lesson id as pages produce them: a slug such as `lectures/02-customer-insight`. */
export function isLessonId(value: string): boolean {
	return value.length <= 200 && LESSON_ID.test(value);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// A date-time as toISOString() writes it, or with an offset: Date.parse alone also takes "1", "May 5" or "2024-02-31".
const ISO_DATE_TIME =
	/^(\d{4})-(\d{2})-(\d{2})T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,9})?)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)$/;

function isIsoDate(value: unknown): value is string {
	if (typeof value !== 'string' || value.length > 40) return false;
	const match = ISO_DATE_TIME.exec(value);
	if (!match) return false;
	const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
	// The calendar day must exist: Date.UTC rolls 31 February over into March, which the round trip catches.
	const date = new Date(Date.UTC(year, month - 1, day));
	return year >= 2000 && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Thrown inside validation to stop at the first bad field; never escapes `parseProgress`. */
class ShapeError {
	readonly path: string;
	readonly expected: Expectation;
	constructor(path: string, expected: Expectation) {
		this.path = path;
		this.expected = expected;
	}
}

function fieldPath(lessonId: string, ...rest: string[]): string {
	return [`lessons[${JSON.stringify(lessonId)}]`, ...rest].join('.');
}

function readQuiz(value: unknown, lessonId: string): QuizResult {
	const path = (field?: string) => (field ? fieldPath(lessonId, 'quiz', field) : fieldPath(lessonId, 'quiz'));
	if (!isPlainObject(value)) throw new ShapeError(path(), 'object');
	const { score, total, passed, at } = value;
	if (typeof total !== 'number' || !Number.isInteger(total) || total < 1 || total > MAX_TOTAL) {
		throw new ShapeError(path('total'), 'total');
	}
	if (typeof score !== 'number' || !Number.isInteger(score) || score < 0 || score > total) {
		throw new ShapeError(path('score'), 'score');
	}
	if (typeof passed !== 'boolean') throw new ShapeError(path('passed'), 'boolean');
	if (!isIsoDate(at)) throw new ShapeError(path('at'), 'date');
	// `passed` follows from the score: a file that says "passed" for 1 of 4 does not make it a pass.
	return { score, total, passed: isPassingScore(score, total), at };
}

function readLab(value: unknown, lessonId: string): LabResult {
	if (!isPlainObject(value)) throw new ShapeError(fieldPath(lessonId, 'lab'), 'object');
	if (value.done !== true) throw new ShapeError(fieldPath(lessonId, 'lab', 'done'), 'true');
	if (!isIsoDate(value.at)) throw new ShapeError(fieldPath(lessonId, 'lab', 'at'), 'date');
	return { done: true, at: value.at };
}

function readLessons(value: unknown): Record<string, LessonProgress> {
	if (!isPlainObject(value)) throw new ShapeError('lessons', 'object');
	const lessons: Record<string, LessonProgress> = {};
	for (const [lessonId, entry] of Object.entries(value)) {
		if (!isLessonId(lessonId)) throw new ShapeError(`lessons[${JSON.stringify(lessonId)}]`, 'lessonId');
		if (!isPlainObject(entry)) throw new ShapeError(fieldPath(lessonId), 'object');
		const lesson: LessonProgress = {};
		// Fields this version does not know are dropped rather than refused, so small additions stay readable.
		if (entry.quiz !== undefined) lesson.quiz = readQuiz(entry.quiz, lessonId);
		if (entry.lab !== undefined) lesson.lab = readLab(entry.lab, lessonId);
		lessons[lessonId] = lesson;
	}
	return lessons;
}

/**
 * Parses and validates the text of a progress file (or of the stored copy, with `MAX_STORED_PROGRESS_SIZE`). Returns the progress, or the first
 * problem found; it never throws, so a bad file can be reported and the current progress left alone.
 */
export function parseProgress(text: string, maxSize: number = MAX_PROGRESS_FILE_SIZE): ParseResult {
	if (text.length > maxSize) {
		return { ok: false, error: { code: 'tooLarge', size: text.length, max: maxSize } };
	}
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch {
		return { ok: false, error: { code: 'notJson' } };
	}
	if (!isPlainObject(data) || !('version' in data)) return { ok: false, error: { code: 'notProgress' } };
	if (data.version !== PROGRESS_VERSION) {
		return { ok: false, error: { code: 'wrongVersion', found: JSON.stringify(data.version).slice(0, 20) } };
	}
	try {
		return { ok: true, progress: { version: PROGRESS_VERSION, lessons: readLessons(data.lessons) } };
	} catch (error) {
		if (error instanceof ShapeError) {
			return { ok: false, error: { code: 'badShape', path: error.path, expected: error.expected } };
		}
		throw error;
	}
}

/** The progress as the text of an export file: the same JSON the browser stores, indented for people. */
export function serializeProgress(progress: Progress): string {
	return `${JSON.stringify(progress, null, 2)}\n`;
}
