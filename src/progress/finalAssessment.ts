/**
 * The final assessment's place in the progress record. Its best result is kept like a knowledge check's, under the
 * id of its page, so exporting, importing and merging progress carry it with no change to the progress format; the
 * pass mark is the course's 80 % (16 of 20). SCORM reporting and the certificate read it through
 * `finalAssessmentScore`.
 */
import { lessonProgress } from './lessonCompletion.ts';
import type { Progress } from './progressFormat.ts';

/** The id the final assessment's result is stored under: the slug of its page. */
export const FINAL_ASSESSMENT_ID = 'assessment/final';

/** A score as SCORM's cmi.score wants it: raw between min and max, and whether it passed. */
export interface FinalAssessmentScore {
	raw: number;
	min: number;
	max: number;
	passed: boolean;
}

/** The learner's best final-assessment result, or null when the assessment has not been submitted yet. */
export function finalAssessmentScore(progress: Progress): FinalAssessmentScore | null {
	const quiz = lessonProgress(progress, FINAL_ASSESSMENT_ID)?.quiz;
	return quiz ? { raw: quiz.score, min: 0, max: quiz.total, passed: quiz.passed } : null;
}
