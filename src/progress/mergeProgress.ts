import { lessonProgress } from './lessonCompletion';
import type { Progress, QuizResult } from './progressFormat';

/**
 * True when quiz result `a` is better than `b`: a pass beats a fail, then the higher share of correct answers wins.
 * Equal results are not better, so merging the same file twice changes nothing.
 */
export function isBetterQuizResult(a: QuizResult, b: QuizResult): boolean {
	if (a.passed !== b.passed) return a.passed;
	// Compare score/total without division: totals may differ when a quiz gained or lost a question.
	return a.score * b.total > b.score * a.total;
}

/** One thing an import improved: a lesson's knowledge-check result, or its lab step. */
export type ProgressChange = { lessonId: string; kind: 'quiz'; quiz: QuizResult } | { lessonId: string; kind: 'lab' };

/**
 * Merges `incoming` into `current`, keeping the better result per lesson, and lists what changed. Neither input is
 * modified. Progress only ever improves, so merging is safe in any order and as often as needed.
 */
export function mergeProgress(
	current: Progress,
	incoming: Progress,
): { progress: Progress; changes: ProgressChange[] } {
	const lessons = { ...current.lessons };
	const changes: ProgressChange[] = [];
	for (const lessonId of Object.keys(incoming.lessons)) {
		const theirs = lessonProgress(incoming, lessonId);
		if (!theirs) continue;
		const ours = lessonProgress(current, lessonId) ?? {};
		const merged = { ...ours };
		if (theirs.quiz && (!ours.quiz || isBetterQuizResult(theirs.quiz, ours.quiz))) {
			merged.quiz = { ...theirs.quiz };
			changes.push({ lessonId, kind: 'quiz', quiz: merged.quiz });
		}
		if (theirs.lab && !ours.lab) {
			merged.lab = { ...theirs.lab };
			changes.push({ lessonId, kind: 'lab' });
		}
		if (merged.quiz || merged.lab || Object.hasOwn(current.lessons, lessonId)) lessons[lessonId] = merged;
	}
	return { progress: { version: current.version, lessons }, changes };
}
