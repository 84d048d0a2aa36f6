/**
 * The learner's attempt at the final assessment while it is under way, and the answers of the best submitted attempt
 * (the certificate's code carries them). Kept under its own storage key, apart from the progress record, whose format
 * stays as it is; the score itself goes to the progress store (see finalAssessment.ts). An attempt stores when it
 * started and its time limit, so a reload neither restarts the clock nor loses an answer.
 */
import { isPassingScore } from './lessonCompletion.ts';
import type { StorageLike } from './progressStore.ts';

/** The localStorage key of the attempt record; the suffix is the format version. */
export const ASSESSMENT_STORAGE_KEY = 'course-assessment:v1';

/** The time limits a trainer may set, in minutes. */
export const MIN_TIME_LIMIT = 5;
export const MAX_TIME_LIMIT = 180;

export interface CurrentAttempt {
	/** Orders the choices (src/progress/quizAttempts.ts `choiceOrder`), so a reload shows the same order. */
	seed: number;
	/** Milliseconds since the epoch. */
	startedAt: number;
	/** Minutes, or null for no limit. */
	limitMinutes: number | null;
	/** One bit mask of chosen choices per question; 0 for unanswered. */
	answers: number[];
	/** Set once submitted; the attempt then shows its results until a new one starts. */
	submittedAt?: number;
}

export interface BestAttempt {
	answers: number[];
	score: number;
	total: number;
	/** The day it was submitted, YYYY-MM-DD in the learner's time zone. */
	date: string;
}

export interface AttemptRecord {
	current?: CurrentAttempt;
	best?: BestAttempt;
}

/**
 * The time limit a trainer set in the page's address (`?minutes=30`): whole minutes from 5 to 180, else none. An
 * out-of-range or malformed value is reported, so the page can say it was ignored rather than silently untimed.
 */
export function timeLimitFromSearch(search: string): { minutes: number | null; invalid: string | null } {
	const raw = new URLSearchParams(search).get('minutes');
	if (raw === null || raw === '') return { minutes: null, invalid: null };
	if (!/^\d{1,3}$/.test(raw) || Number(raw) < MIN_TIME_LIMIT || Number(raw) > MAX_TIME_LIMIT)
		return { minutes: null, invalid: raw.slice(0, 20) };
	return { minutes: Number(raw), invalid: null };
}

/** Milliseconds left in an attempt at `now`: Infinity without a limit, 0 once it has run out. */
export function remainingMs(attempt: CurrentAttempt, now: number): number {
	if (attempt.limitMinutes === null) return Number.POSITIVE_INFINITY;
	return Math.max(0, attempt.startedAt + attempt.limitMinutes * 60_000 - now);
}

const isMaskList = (x: unknown, length?: number): x is number[] =>
	Array.isArray(x) &&
	(length === undefined || x.length === length) &&
	x.every((m) => typeof m === 'number' && Number.isInteger(m) && m >= 0 && m < 64);

function readCurrent(x: unknown, questions: number): CurrentAttempt | undefined {
	if (typeof x !== 'object' || x === null) return undefined;
	const a = x as Record<string, unknown>;
	const seed = a.seed;
	const limit = a.limitMinutes;
	if (typeof seed !== 'number' || !Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) return undefined;
	if (typeof a.startedAt !== 'number' || !Number.isFinite(a.startedAt)) return undefined;
	if (limit !== null && (typeof limit !== 'number' || limit < MIN_TIME_LIMIT || limit > MAX_TIME_LIMIT))
		return undefined;
	if (!isMaskList(a.answers, questions)) return undefined;
	const current: CurrentAttempt = { seed, startedAt: a.startedAt, limitMinutes: limit, answers: a.answers };
	if (typeof a.submittedAt === 'number' && Number.isFinite(a.submittedAt)) current.submittedAt = a.submittedAt;
	return current;
}

function readBest(x: unknown, questions: number): BestAttempt | undefined {
	if (typeof x !== 'object' || x === null) return undefined;
	const b = x as Record<string, unknown>;
	if (!isMaskList(b.answers, questions) || typeof b.date !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(b.date))
		return undefined;
	if (typeof b.score !== 'number' || b.total !== questions) return undefined;
	return { answers: b.answers, score: b.score, total: questions, date: b.date };
}

export interface AssessmentAttempts {
	read(): AttemptRecord;
	write(record: AttemptRecord): void;
}

/**
 * The attempt record over a Web Storage, for an assessment of `questions` questions. A record that does not fit (an
 * older set of questions, a hand-edited value) is read as no record; blocked or full storage keeps it for the page.
 */
export function createAssessmentAttempts(openStorage: () => StorageLike | null, questions: number): AssessmentAttempts {
	let storage: StorageLike | null = null;
	try {
		storage = openStorage();
	} catch {
		storage = null;
	}
	let memory: AttemptRecord = {};
	return {
		read() {
			let text: string | null = null;
			try {
				text = storage?.getItem(ASSESSMENT_STORAGE_KEY) ?? null;
			} catch {
				storage = null;
			}
			if (text === null) return memory;
			try {
				const data = JSON.parse(text) as Record<string, unknown>;
				const record: AttemptRecord = {};
				const current = readCurrent(data?.current, questions);
				const best = readBest(data?.best, questions);
				if (current) record.current = current;
				if (best) record.best = best;
				return record;
			} catch {
				return memory;
			}
		},
		write(record) {
			memory = record;
			try {
				storage?.setItem(ASSESSMENT_STORAGE_KEY, JSON.stringify(record));
			} catch {
				// Without room or permission the attempt lasts as long as the page; the score still reaches progress.
			}
		},
	};
}

/** True when attempt `a` is better than `b`, as the progress store judges results: a pass first, then the score. */
export function isBetterAttempt(
	a: Pick<BestAttempt, 'score' | 'total'>,
	b: Pick<BestAttempt, 'score' | 'total'>,
): boolean {
	const passA = isPassingScore(a.score, a.total);
	const passB = isPassingScore(b.score, b.total);
	if (passA !== passB) return passA;
	return a.score * b.total > b.score * a.total;
}
