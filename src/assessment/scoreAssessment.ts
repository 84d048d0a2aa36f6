/**
 * Scoring of the final assessment. An answer is a bit mask of the chosen choices (bit i for the i-th authored choice),
 * so the answers of a whole attempt are twenty small integers: compact in a certificate code and the same in either
 * language. A question counts as right when exactly its correct choices are chosen, as in the knowledge checks.
 */
import { requiredToPass } from '../progress/lessonCompletion.ts';

/** The bit mask of a set of choice indices (counted from 0). */
export function answerMask(indices: readonly number[]): number {
	return indices.reduce((mask, i) => mask | (1 << i), 0);
}

/** The choice indices in a bit mask, ascending. */
export function maskIndices(mask: number): number[] {
	const indices: number[] = [];
	for (let i = 0; i < 31; i++) if (mask & (1 << i)) indices.push(i);
	return indices;
}

export interface AssessmentScore {
	/** Questions answered exactly right. */
	raw: number;
	/** Questions asked. */
	total: number;
	/** The pass mark in questions: the course's 80 %, rounded up (16 of 20). */
	required: number;
	passed: boolean;
	/** Per question, whether it was answered exactly right. */
	correct: boolean[];
}

/** Scores `answers` against `key` (both one mask per question; a missing or 0 answer is unanswered, hence wrong). */
export function scoreAssessment(key: readonly number[], answers: readonly number[]): AssessmentScore {
	const correct = key.map((mask, q) => answers[q] === mask);
	const raw = correct.filter(Boolean).length;
	const required = requiredToPass(key.length);
	return { raw, total: key.length, required, passed: raw >= required, correct };
}
