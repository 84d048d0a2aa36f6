/**
 * The final assessment's questions, one file per language in `src/content/assessment/`, written natively in each. The
 * two files hold the same questions in the same order with the same correct choices (a unit test holds them to it),
 * so a learner's answers mean the same in either language and the answer key is one.
 */
import en from '../content/assessment/en.json' with { type: 'json' };
import zhCN from '../content/assessment/zh-CN.json' with { type: 'json' };
import type { Locale } from '../i18n/uiStrings.ts';
import { crc32 } from '../sim/workshop/crc32.ts';
import { answerMask } from './scoreAssessment.ts';

export interface AssessmentChoice {
	text: string;
	correct?: boolean;
	explanation: string;
}

export interface AssessmentQuestion {
	/** Stable across languages and edits of wording; the answer key is keyed by position, the bank id by these. */
	id: string;
	/** The lesson the question draws on (a lesson id such as `lectures/02-customer-insight` or `cases/case-bank`). */
	source: string;
	prompt: string;
	multiple?: boolean;
	choices: AssessmentChoice[];
}

const banks: Record<Locale, AssessmentQuestion[]> = { 'zh-CN': zhCN.questions, en: en.questions };

/** The questions in one language, in the order they are asked and scored. */
export function assessmentQuestions(locale: Locale): readonly AssessmentQuestion[] {
	return banks[locale];
}

/**
 * The answer key: for each question, the bit mask of its correct choices (bit i for the i-th authored choice). Taken
 * from the Chinese file; the English one has the same key.
 */
export const ANSWER_KEY: readonly number[] = zhCN.questions.map((q: AssessmentQuestion) =>
	answerMask(q.choices.flatMap((c, i) => (c.correct ? [i] : []))),
);

/**
 * Names this set of questions and answers: a CRC-32 of the question ids and the key. A certificate carries it, so a
 * code from an earlier set of questions is refused by name rather than scored against answers it never saw.
 */
export const ASSESSMENT_BANK_ID: string = crc32(
	new TextEncoder().encode(zhCN.questions.map((q, i) => `${q.id}:${ANSWER_KEY[i]}`).join('\n')),
);
