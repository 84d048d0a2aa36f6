import type { ExportTable } from '../sim/format/exportTables';
import { type LessonRequirements, lessonProgress, lessonStatus } from './lessonCompletion';
import type { Progress } from './progressFormat';

/** A lesson as the progress table lists it: id, title in the page's language, and what it asks of the learner. */
export interface ProgressLesson {
	id: string;
	title: string;
	requirements: LessonRequirements;
}

/**
 * A learner's progress for a spreadsheet, one row per lesson in the table's order: the best knowledge-check score
 * out of its total, whether it passed, the day of that result and of the finished lab step (days since 1970-01-01,
 * UTC), and the lesson's status. Pass/fail and status are codes (`passed`, `notPassed`; `completed`, `inProgress`,
 * `notStarted`) that the page words in its language; a lesson without a check or lab step has empty cells there.
 */
export function progressExportTable(progress: Progress, lessons: readonly ProgressLesson[]): ExportTable {
	const day = (at: string | undefined) => {
		const ms = at === undefined ? Number.NaN : Date.parse(at);
		return Number.isFinite(ms) ? Math.floor(ms / 86400000) : null;
	};
	return {
		columns: [
			{ id: 'lesson', kind: 'text' },
			{ id: 'quizScore', kind: 'integer' },
			{ id: 'quizTotal', kind: 'integer' },
			{ id: 'quizResult', kind: 'text' },
			{ id: 'quizDate', kind: 'date' },
			{ id: 'labDate', kind: 'date' },
			{ id: 'status', kind: 'text' },
		],
		rows: lessons.map(({ id, title, requirements }) => {
			const lesson = lessonProgress(progress, id);
			const quiz = requirements.quiz ? lesson?.quiz : undefined;
			return [
				title,
				quiz?.score ?? null,
				quiz?.total ?? null,
				quiz ? (quiz.passed ? 'passed' : 'notPassed') : null,
				day(quiz?.at),
				requirements.lab ? day(lesson?.lab?.at) : null,
				lessonStatus(lesson, requirements),
			];
		}),
	};
}
