/**
 * What the package reports to a learning platform as the learner's score and status, computed from saved progress.
 *
 * This is the one seam for the score: today it is the knowledge checks of the lessons; when the course's final
 * assessment lands (the trainer's-kit issue), this function is where its result replaces the quizzes, and the
 * platform reporting (scormSession.ts) does not change.
 */
import { lessonProgress } from '../progress/lessonCompletion.ts';
import type { Progress } from '../progress/progressFormat.ts';

/** A lesson as the package knows it: its id and the number of its knowledge-check questions (0 when it has none). */
export interface ScoredLesson {
	id: string;
	quizQuestions: number;
}

/** The SCORM 1.2 lesson statuses this package sends (`completed` only for a course without knowledge checks). */
export type ReportedStatus = 'incomplete' | 'completed' | 'passed' | 'failed';

export interface CourseScore {
	/** `cmi.core.score.raw`, a whole percentage of `max`. */
	raw: number;
	min: 0;
	max: 100;
	status: ReportedStatus;
}

/** The share of all knowledge-check questions a learner must get right to pass, when the platform sets none. */
export const DEFAULT_MASTERY_SCORE = 80;

/**
 * The score is the share of every knowledge-check question of the course answered right, counting each lesson's
 * best attempt, so an untaken check counts as zero. The status stays `incomplete` until every check has been taken,
 * then is `passed` when the score reaches `masteryScore` (the platform's `cmi.student_data.mastery_score`, else 80)
 * and `failed` below it; a learner who retakes checks can still move from `failed` to `passed`.
 */
export function courseScore(
	progress: Progress,
	lessons: readonly ScoredLesson[],
	masteryScore = DEFAULT_MASTERY_SCORE,
): CourseScore {
	let questions = 0;
	let right = 0;
	let untaken = 0;
	for (const lesson of lessons) {
		if (lesson.quizQuestions === 0) continue;
		questions += lesson.quizQuestions;
		const quiz = lessonProgress(progress, lesson.id)?.quiz;
		if (!quiz) {
			untaken++;
			continue;
		}
		// A result saved when the check had a different number of questions counts as its share of today's check.
		right += (Math.min(quiz.score, quiz.total) / quiz.total) * lesson.quizQuestions;
	}
	// Nothing to score: the course is done once opened, and a pass mark would be meaningless.
	if (questions === 0) return { raw: 0, min: 0, max: 100, status: 'completed' };
	const raw = Math.round((100 * right) / questions);
	const status: ReportedStatus = untaken > 0 ? 'incomplete' : raw >= masteryScore ? 'passed' : 'failed';
	return { raw, min: 0, max: 100, status };
}
