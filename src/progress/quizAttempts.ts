/**
 * The order in which a knowledge check shows its choices, and the attempt seeds that fix it. Each attempt has a seed;
 * the seed decides the order, so a reload shows the same order and "try again" draws a new one. The seeds live under
 * their own storage key, apart from the progress record, whose format (and every saved result) stays as it was.
 * Inputs keep their original index as their value: the order is presentation only.
 */
import { createUniform, deriveSeed } from '../sim/random/createUniform.ts';
import type { StorageLike } from './progressStore';

/** The localStorage key of the attempt seeds, one per lesson; the suffix is the format version. */
export const ATTEMPTS_STORAGE_KEY = 'course-quiz-attempts:v1';

/**
 * Returns the original indices of a question's `count` choices in the order to show them, for the attempt with
 * `seed`: a Fisher–Yates shuffle on a stream of its own for each question (`question` counts from 0).
 */
export function choiceOrder(seed: number, question: number, count: number): number[] {
	const next = createUniform(deriveSeed(seed, `quiz-question-${question}`));
	const order = Array.from({ length: count }, (_, i) => i);
	for (let i = count - 1; i > 0; i--) {
		const j = Math.floor(next() * (i + 1));
		const swap = order[i] as number;
		order[i] = order[j] as number;
		order[j] = swap;
	}
	return order;
}

/**
 * True when two attempt seeds show at least one of the questions (given by their choice counts) in different orders.
 * With three choices a new seed repeats a question's order one time in six, so "try again" checks the whole quiz.
 */
export function ordersDiffer(a: number, b: number, choiceCounts: readonly number[]): boolean {
	return choiceCounts.some((count, q) => choiceOrder(a, q, count).join() !== choiceOrder(b, q, count).join());
}

export interface QuizAttempts {
	/** The seed of the lesson's current attempt; the first call for a lesson draws one and stores it. */
	current(lessonId: string): number;
	/** Starts a new attempt of the lesson: draws a seed whose order differs from the current one, stores and returns it. */
	renew(lessonId: string, choiceCounts: readonly number[]): number;
}

export interface QuizAttemptsOptions {
	/** Returns the storage to use; it may throw or return null, and then seeds last as long as the page. */
	openStorage: () => StorageLike | null;
	/** Draws a fresh 32-bit seed (in the browser from crypto.getRandomValues). */
	newSeed: () => number;
}

function isSeed(value: unknown): value is number {
	return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 0xffffffff;
}

/** Creates the attempt seeds over a Web Storage; a missing, blocked or full storage, or an unreadable entry, only costs persistence. */
export function createQuizAttempts({ openStorage, newSeed }: QuizAttemptsOptions): QuizAttempts {
	let storage: StorageLike | null = null;
	try {
		storage = openStorage();
	} catch {
		storage = null;
	}
	const memory = new Map<string, number>();

	function readStored(): Record<string, unknown> {
		try {
			const data: unknown = JSON.parse(storage?.getItem(ATTEMPTS_STORAGE_KEY) ?? '{}');
			return typeof data === 'object' && data !== null && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
		} catch {
			return {};
		}
	}

	function store(lessonId: string, seed: number): number {
		memory.set(lessonId, seed);
		try {
			storage?.setItem(ATTEMPTS_STORAGE_KEY, JSON.stringify({ ...readStored(), [lessonId]: seed }));
		} catch {
			// Without room or permission the order holds for this page only; the learner loses nothing else.
		}
		return seed;
	}

	function current(lessonId: string): number {
		const stored = readStored()[lessonId];
		if (isSeed(stored)) return stored;
		return memory.get(lessonId) ?? store(lessonId, newSeed() >>> 0);
	}

	return {
		current,
		renew(lessonId, choiceCounts) {
			const previous = current(lessonId);
			let seed = newSeed() >>> 0;
			// A handful of draws is enough: each differs with probability at least 5/6 for any quiz with a question.
			for (let tries = 0; tries < 16 && !ordersDiffer(seed, previous, choiceCounts); tries++) seed = newSeed() >>> 0;
			return store(lessonId, seed);
		},
	};
}
