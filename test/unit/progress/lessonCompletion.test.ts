import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
	isLessonComplete,
	isPassingScore,
	lessonProgress,
	lessonStatus,
	requiredToPass,
} from '../../../src/progress/lessonCompletion';

const at = '2025-03-01T09:30:00.000Z';
const passedQuiz = { score: 3, total: 3, passed: true, at };
const failedQuiz = { score: 1, total: 3, passed: false, at };
const lab = { done: true as const, at };

describe('requiredToPass', () => {
	test('returns 80 % of the questions, rounded up', () => {
		expect(requiredToPass(3)).toBe(3);
		expect(requiredToPass(4)).toBe(4);
		expect(requiredToPass(5)).toBe(4);
		expect(requiredToPass(10)).toBe(8);
		// 0.8 * 15 is 12.000000000000002 in floating point; the pass mark must still be 12.
		expect(requiredToPass(15)).toBe(12);
	});

	test('is the smallest score that reaches 80 %', () => {
		fc.assert(
			fc.property(fc.integer({ min: 1, max: 100 }), (total) => {
				const required = requiredToPass(total);
				expect(required * 100).toBeGreaterThanOrEqual(total * 80);
				expect((required - 1) * 100).toBeLessThan(total * 80);
				expect(isPassingScore(required, total)).toBe(true);
				expect(isPassingScore(required - 1, total)).toBe(false);
			}),
		);
	});
});

describe('isLessonComplete', () => {
	test('needs a passed quiz for a lesson with a quiz', () => {
		const quizOnly = { quiz: true, lab: false };
		expect(isLessonComplete({ quiz: passedQuiz }, quizOnly)).toBe(true);
		expect(isLessonComplete({ quiz: failedQuiz }, quizOnly)).toBe(false);
		expect(isLessonComplete(undefined, quizOnly)).toBe(false);
		expect(isLessonComplete({ lab }, quizOnly)).toBe(false);
	});

	test('needs the lab step too when the lesson has one', () => {
		const both = { quiz: true, lab: true };
		expect(isLessonComplete({ quiz: passedQuiz, lab }, both)).toBe(true);
		expect(isLessonComplete({ quiz: passedQuiz }, both)).toBe(false);
		expect(isLessonComplete({ quiz: failedQuiz, lab }, both)).toBe(false);
		expect(isLessonComplete({ lab }, { quiz: false, lab: true })).toBe(true);
	});

	test('never counts a page that asks for nothing', () => {
		expect(isLessonComplete({ quiz: passedQuiz, lab }, { quiz: false, lab: false })).toBe(false);
	});
});

describe('lessonStatus', () => {
	test('returns completed, inProgress or notStarted', () => {
		const both = { quiz: true, lab: true };
		expect(lessonStatus({ quiz: passedQuiz, lab }, both)).toBe('completed');
		expect(lessonStatus({ quiz: failedQuiz }, both)).toBe('inProgress');
		expect(lessonStatus({ lab }, both)).toBe('inProgress');
		expect(lessonStatus({}, both)).toBe('notStarted');
		expect(lessonStatus(undefined, both)).toBe('notStarted');
	});
});

describe('lessonProgress', () => {
	test('returns own records only, never inherited properties', () => {
		const progress = { version: 1 as const, lessons: { 'reference/progress': { quiz: passedQuiz } } };
		expect(lessonProgress(progress, 'reference/progress')).toEqual({ quiz: passedQuiz });
		expect(lessonProgress(progress, 'constructor')).toBeUndefined();
		expect(lessonProgress(progress, 'toString')).toBeUndefined();
	});
});
