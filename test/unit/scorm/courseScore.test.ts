import { describe, expect, test } from 'vitest';
import type { Progress } from '../../../src/progress/progressFormat';
import { courseScore } from '../../../src/scorm/courseScore';

const at = '2026-03-01T09:30:00.000Z';
const lessons = [
	{ id: 'lectures/a', quizQuestions: 4 },
	{ id: 'lectures/b', quizQuestions: 4 },
	{ id: 'labs/c', quizQuestions: 0 },
	{ id: 'reference/progress', quizQuestions: 2 },
];

function withQuizzes(results: Record<string, [number, number]>): Progress {
	const progress: Progress = { version: 1, lessons: {} };
	for (const [id, [score, total]] of Object.entries(results))
		progress.lessons[id] = { quiz: { score, total, passed: score * 100 >= total * 80, at } };
	return progress;
}

describe('courseScore', () => {
	test('returns 0 and incomplete before any check is taken', () => {
		expect(courseScore({ version: 1, lessons: {} }, lessons)).toEqual({
			raw: 0,
			min: 0,
			max: 100,
			status: 'incomplete',
		});
	});

	test('counts an untaken check as zero and stays incomplete until every check is taken', () => {
		// 4 + 2 of 10 questions right, lecture b not taken.
		expect(courseScore(withQuizzes({ 'lectures/a': [4, 4], 'reference/progress': [2, 2] }), lessons)).toEqual({
			raw: 60,
			min: 0,
			max: 100,
			status: 'incomplete',
		});
	});

	test('passes at the mastery score and fails below it once every check is taken', () => {
		// 4 + 3 + 1 of 10: 80 %.
		const eighty = withQuizzes({ 'lectures/a': [4, 4], 'lectures/b': [3, 4], 'reference/progress': [1, 2] });
		expect(courseScore(eighty, lessons)).toMatchObject({ raw: 80, status: 'passed' });
		expect(courseScore(eighty, lessons, 81)).toMatchObject({ raw: 80, status: 'failed' });
		expect(courseScore(eighty, lessons, 0)).toMatchObject({ status: 'passed' });
		const seventy = withQuizzes({ 'lectures/a': [4, 4], 'lectures/b': [2, 4], 'reference/progress': [1, 2] });
		expect(courseScore(seventy, lessons)).toMatchObject({ raw: 70, status: 'failed' });
	});

	test('ignores lab steps and lessons outside the course', () => {
		const progress = withQuizzes({ 'lectures/a': [4, 4], 'other/course': [9, 9] });
		progress.lessons['labs/c'] = { lab: { done: true, at } };
		expect(courseScore(progress, lessons)).toMatchObject({ raw: 40, status: 'incomplete' });
	});

	test('counts a result saved for a check of another length as its share of today’s check', () => {
		// 3 of 6 on lecture a is half of its 4 questions now; a score above its total counts as full marks.
		const progress = withQuizzes({ 'lectures/a': [3, 6], 'lectures/b': [5, 4], 'reference/progress': [0, 2] });
		expect(courseScore(progress, lessons)).toMatchObject({ raw: 60, status: 'failed' });
	});

	test('rounds to a whole percentage', () => {
		// 1 of 3 questions: 33.3 %; 2 of 3: 66.7 %.
		const three = [{ id: 'x', quizQuestions: 3 }];
		expect(courseScore(withQuizzes({ x: [1, 3] }), three).raw).toBe(33);
		expect(courseScore(withQuizzes({ x: [2, 3] }), three).raw).toBe(67);
	});

	test('returns completed, not a pass or fail, for a course without checks', () => {
		expect(courseScore({ version: 1, lessons: {} }, [{ id: 'x', quizQuestions: 0 }])).toMatchObject({
			raw: 0,
			status: 'completed',
		});
	});
});
