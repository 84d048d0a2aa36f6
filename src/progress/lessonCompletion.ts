import type { LessonProgress, Progress } from './progressFormat';

/** The share of questions a learner must get right to pass a knowledge check: 80 %, rounded up to whole questions. */
export const PASS_PERCENT = 80;

/** Returns how many correct answers pass a knowledge check of `total` questions (3 of 3, 4 of 4, 4 of 5). */
export function requiredToPass(total: number): number {
	// Integer arithmetic: 0.8 * 15 is 12.000000000000002 in floating point, which would round up to 13.
	return Math.ceil((total * PASS_PERCENT) / 100);
}

/** True when a score reaches the pass mark. */
export function isPassingScore(score: number, total: number): boolean {
	return score >= requiredToPass(total);
}

/** What a lesson asks of the learner, as its frontmatter declares: a knowledge check, a lab step, or both. */
export interface LessonRequirements {
	quiz: boolean;
	lab: boolean;
}

export type LessonStatus = 'completed' | 'inProgress' | 'notStarted';

/** The record of one lesson, or undefined; reads only own keys so an id like `constructor` cannot hit Object.prototype. */
export function lessonProgress(progress: Progress, lessonId: string): LessonProgress | undefined {
	return Object.hasOwn(progress.lessons, lessonId) ? progress.lessons[lessonId] : undefined;
}

/**
 * True when the lesson is completed: its knowledge check passed and, if it has a lab step, that step done. A page
 * that asks for neither is not a lesson with progress and never counts as completed.
 */
export function isLessonComplete(lesson: LessonProgress | undefined, requirements: LessonRequirements): boolean {
	if (!requirements.quiz && !requirements.lab) return false;
	const quizDone = !requirements.quiz || lesson?.quiz?.passed === true;
	const labDone = !requirements.lab || lesson?.lab?.done === true;
	return quizDone && labDone;
}

/** Completed, started (a quiz taken or the lab step done) or not started yet. */
export function lessonStatus(lesson: LessonProgress | undefined, requirements: LessonRequirements): LessonStatus {
	if (isLessonComplete(lesson, requirements)) return 'completed';
	return lesson?.quiz || lesson?.lab ? 'inProgress' : 'notStarted';
}
