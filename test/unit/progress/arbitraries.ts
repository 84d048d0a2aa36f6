import fc from 'fast-check';
import { isPassingScore } from '../../../src/progress/lessonCompletion';
import type { LessonProgress, Progress, QuizResult } from '../../../src/progress/progressFormat';

/** Lesson ids shaped like the site's slugs: one to three path segments. */
export const lessonIdArb = fc
	.array(fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,12}$/), { minLength: 1, maxLength: 3 })
	.map((segments) => segments.join('/'));

const dateArb = fc
	.date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2035-01-01T00:00:00Z'), noInvalidDate: true })
	.map((date) => date.toISOString());

/** A valid result: `passed` follows from the score, as the loader recomputes it. */
export const quizResultArb: fc.Arbitrary<QuizResult> = fc
	.integer({ min: 1, max: 10 })
	.chain((total) =>
		fc
			.record({ score: fc.integer({ min: 0, max: total }), total: fc.constant(total), at: dateArb })
			.map(({ score, at }) => ({ score, total, passed: isPassingScore(score, total), at })),
	);

const lessonArb: fc.Arbitrary<LessonProgress> = fc.record(
	{ quiz: quizResultArb, lab: dateArb.map((at) => ({ done: true as const, at })) },
	{ requiredKeys: [] },
);

/** Any valid progress record. */
export const progressArb: fc.Arbitrary<Progress> = fc
	.dictionary(lessonIdArb, lessonArb, { maxKeys: 8 })
	.map((lessons) => ({ version: 1 as const, lessons }));
