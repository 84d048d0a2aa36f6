import { z } from 'astro/zod';

/** One answer option of a knowledge-check question, with the explanation shown once it is chosen. */
export const quizChoiceSchema = z.object({
	text: z.string().min(1),
	correct: z.boolean().default(false),
	explanation: z.string().min(1),
});

/** A knowledge-check question: single choice unless `multiple` is set; at least one choice must be correct. */
export const quizQuestionSchema = z
	.object({
		prompt: z.string().min(1),
		multiple: z.boolean().default(false),
		choices: z.array(quizChoiceSchema).min(2).max(6),
	})
	.refine((q) => q.choices.some((c) => c.correct), { message: 'a question needs at least one correct choice' })
	.refine((q) => q.multiple || q.choices.filter((c) => c.correct).length === 1, {
		message: 'a single-choice question needs exactly one correct choice (set multiple: true otherwise)',
	});

/**
 * The knowledge check of a lesson, written in the lesson's frontmatter as `quiz:` so that authors never import a
 * component for it; the page renders it after the lesson text.
 */
export const quizSchema = z.array(quizQuestionSchema).min(3).max(5);

export type QuizQuestion = z.infer<typeof quizQuestionSchema>;
