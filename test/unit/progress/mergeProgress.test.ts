import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { isLessonComplete } from '../../../src/progress/lessonCompletion';
import { isBetterQuizResult, mergeProgress } from '../../../src/progress/mergeProgress';
import type { Progress } from '../../../src/progress/progressFormat';
import { progressArb, quizResultArb } from './arbitraries';

const at = '2025-03-01T09:30:00.000Z';
const later = '2025-04-01T09:30:00.000Z';

describe('isBetterQuizResult', () => {
	test('prefers a pass, then a higher share of correct answers', () => {
		const pass = { score: 4, total: 5, passed: true, at };
		const fullPass = { score: 3, total: 3, passed: true, at };
		const fail = { score: 3, total: 4, passed: false, at };
		expect(isBetterQuizResult(pass, fail)).toBe(true);
		expect(isBetterQuizResult(fail, pass)).toBe(false);
		expect(isBetterQuizResult(fullPass, pass)).toBe(true);
		expect(isBetterQuizResult(pass, fullPass)).toBe(false);
	});

	test('is false for equal results, so a result is never better than itself', () => {
		fc.assert(
			fc.property(quizResultArb, (result) => {
				expect(isBetterQuizResult(result, { ...result })).toBe(false);
			}),
		);
	});
});

describe('mergeProgress', () => {
	test('keeps the better result per lesson and lists what changed', () => {
		const current: Progress = {
			version: 1,
			lessons: {
				a: { quiz: { score: 2, total: 3, passed: false, at } },
				b: { quiz: { score: 3, total: 3, passed: true, at }, lab: { done: true, at } },
			},
		};
		const incoming: Progress = {
			version: 1,
			lessons: {
				a: { quiz: { score: 3, total: 3, passed: true, at: later }, lab: { done: true, at: later } },
				b: { quiz: { score: 1, total: 3, passed: false, at: later } },
				c: { lab: { done: true, at: later } },
			},
		};
		const { progress, changes } = mergeProgress(current, incoming);
		expect(progress.lessons).toEqual({
			a: { quiz: { score: 3, total: 3, passed: true, at: later }, lab: { done: true, at: later } },
			b: current.lessons.b,
			c: { lab: { done: true, at: later } },
		});
		expect(changes).toEqual([
			{ lessonId: 'a', kind: 'quiz', quiz: { score: 3, total: 3, passed: true, at: later } },
			{ lessonId: 'a', kind: 'lab' },
			{ lessonId: 'c', kind: 'lab' },
		]);
	});

	test('changes nothing and modifies neither input when merging a record into itself', () => {
		fc.assert(
			fc.property(progressArb, (progress) => {
				const before = structuredClone(progress);
				const result = mergeProgress(progress, structuredClone(progress));
				expect(result.changes).toEqual([]);
				expect(result.progress).toEqual(progress);
				expect(progress).toEqual(before);
			}),
		);
	});

	test('never makes a lesson worse, and completes what either side completed', () => {
		fc.assert(
			fc.property(progressArb, progressArb, (a, b) => {
				const merged = mergeProgress(a, b).progress;
				for (const side of [a, b]) {
					for (const [id, lesson] of Object.entries(side.lessons)) {
						const kept = merged.lessons[id];
						if (lesson.quiz) {
							expect(kept?.quiz).toBeDefined();
							expect(isBetterQuizResult(lesson.quiz, kept?.quiz ?? lesson.quiz)).toBe(false);
						}
						if (lesson.lab) expect(kept?.lab?.done).toBe(true);
						for (const requirements of [
							{ quiz: true, lab: false },
							{ quiz: true, lab: true },
						]) {
							if (isLessonComplete(lesson, requirements)) expect(isLessonComplete(kept, requirements)).toBe(true);
						}
					}
				}
			}),
		);
	});

	test('reaches a result that a second merge of the same file does not change', () => {
		fc.assert(
			fc.property(progressArb, progressArb, (a, b) => {
				const once = mergeProgress(a, b).progress;
				expect(mergeProgress(once, b).changes).toEqual([]);
			}),
		);
	});
});
