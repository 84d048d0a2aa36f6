import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, test } from 'vitest';

/**
 * Guards the form of the lectures' knowledge checks, so that a question cannot be passed by its shape instead of by
 * what the lecture teaches (issue 20 found the answer was the longest option in 23 of 24 single-choice questions and
 * the first option in all of lectures 5–8). The checks read the frontmatter with js-yaml, as Astro does.
 */

interface Choice {
	text: string;
	correct?: boolean;
	explanation: string;
}
interface Question {
	prompt: string;
	multiple?: boolean;
	choices: Choice[];
}

const docs = join(import.meta.dirname, '../../../src/content/docs');
const languages = { zh: 'lectures', en: 'en/lectures' } as const;
type Language = keyof typeof languages;

/** Every lecture's quiz in one language, keyed by file name. */
function quizzes(language: Language): Map<string, Question[]> {
	const dir = join(docs, languages[language]);
	const result = new Map<string, Question[]>();
	for (const file of readdirSync(dir)
		.filter((f) => f.endsWith('.mdx'))
		.sort()) {
		const source = readFileSync(join(dir, file), 'utf8');
		const frontmatter = /^---\n([\s\S]*?)\n---/.exec(source)?.[1] ?? '';
		const data = load(frontmatter) as { quiz?: Question[] };
		if (data.quiz) result.set(file, data.quiz);
	}
	return result;
}

const byLanguage = { zh: quizzes('zh'), en: quizzes('en') };
const all = (language: Language) => [...byLanguage[language].values()].flat();
const singles = (language: Language) => all(language).filter((q) => !q.multiple);
const multiples = (language: Language) => all(language).filter((q) => q.multiple);
const correctIndices = (q: Question) => q.choices.flatMap((c, i) => (c.correct ? [i] : []));
/** Length as a reader sees it: code points, so a Chinese character counts once. */
const length = (text: string) => [...text].length;

/** True when the correct option of a single-choice question is at least as long as every distractor. */
function correctIsLongest(q: Question): boolean {
	const [answer] = correctIndices(q);
	const answerLength = length(q.choices[answer as number]?.text ?? '');
	return q.choices.every((c, i) => i === answer || length(c.text) <= answerLength);
}

/** True when the correct option of a single-choice question is no longer than any distractor. */
function correctIsShortest(q: Question): boolean {
	const [answer] = correctIndices(q);
	const answerLength = length(q.choices[answer as number]?.text ?? '');
	return q.choices.every((c, i) => i === answer || length(c.text) >= answerLength);
}

/**
 * Words that, in a distractor, tell the reader "this is the careless option" without reading the lecture. Chinese
 * words are matched as written; English ones as whole words. "Only" and "every" are left out: the lectures use them
 * in plain description ("only the top tier", "every tier has a standard").
 */
const extremeWords: Record<Language, RegExp> = {
	zh: /全部|所有|立即|马上|只要|取消|一律|永远|绝不|从不|一刀切|彻底/,
	en: /\b(all|always|never|immediately|at once|any cost|entirely|completely)\b/i,
};

describe('lecture knowledge checks', () => {
	test('exist for every lecture in both languages', () => {
		expect(byLanguage.zh.size).toBe(8);
		expect([...byLanguage.en.keys()]).toEqual([...byLanguage.zh.keys()]);
	});

	test('have the same questions, choices and correct answers in Chinese and English', () => {
		for (const [file, zh] of byLanguage.zh) {
			const en = byLanguage.en.get(file) ?? [];
			expect(en.length, file).toBe(zh.length);
			zh.forEach((q, n) => {
				const other = en[n];
				expect(Boolean(other?.multiple), `${file} question ${n + 1}`).toBe(Boolean(q.multiple));
				expect(other?.choices.length, `${file} question ${n + 1}`).toBe(q.choices.length);
				expect(other && correctIndices(other), `${file} question ${n + 1}`).toEqual(correctIndices(q));
			});
		}
	});

	test('do not put the correct single-choice answer in one favourite position', () => {
		const questions = singles('zh');
		const counts = new Map<number, number>();
		for (const q of questions) {
			const [answer] = correctIndices(q);
			counts.set(answer as number, (counts.get(answer as number) ?? 0) + 1);
		}
		// With 3 or 4 options a fair spread puts about 25–33 % in each position; 40 % leaves room for the 3-option
		// questions without letting any one position become the safe guess (before issue 20: 12 of 12 first in 5–8).
		for (const [position, count] of counts) {
			expect(count / questions.length, `position ${position + 1}`).toBeLessThanOrEqual(0.4);
		}
		// "Always pick A" must lose: the first option is right in well under half the questions.
		expect((counts.get(0) ?? 0) / questions.length).toBeLessThan(0.5);
		// Every position that exists in every question is used at least once.
		for (const position of [0, 1, 2]) expect(counts.get(position) ?? 0, `position ${position + 1}`).toBeGreaterThan(0);
	});

	test('do not make the correct single-choice answer the longest option as a rule', () => {
		// By chance alone the answer is the longest in 25–33 % of questions; 35 % allows that and a little more, since a
		// right answer often needs a qualifier. Issue 20 found 23 of 24. Checked in both languages, which differ in length.
		for (const language of ['zh', 'en'] as const) {
			const questions = singles(language);
			const longest = questions.filter(correctIsLongest).length;
			expect(longest / questions.length, language).toBeLessThanOrEqual(0.35);
		}
	});

	test('do not turn the rule around and make the correct answer the shortest', () => {
		// Shortening every answer would only move the tell; the same 35 % bound as for the longest applies.
		for (const language of ['zh', 'en'] as const) {
			const questions = singles(language);
			expect(questions.filter(correctIsShortest).length / questions.length, language).toBeLessThanOrEqual(0.35);
		}
	});

	test('never make the correct answer stand out by length alone', () => {
		// 1.5 times the longest distractor is a length a reader notices without reading (21 of 24 before issue 20).
		for (const language of ['zh', 'en'] as const) {
			for (const q of singles(language)) {
				const [answer] = correctIndices(q);
				const answerLength = length(q.choices[answer as number]?.text ?? '');
				const longestDistractor = Math.max(...q.choices.filter((c) => !c.correct).map((c) => length(c.text)));
				expect(answerLength / longestDistractor, `${language}: ${q.prompt}`).toBeLessThan(1.5);
			}
		}
	});

	test('vary which and how many options of a multi-select question are correct', () => {
		const questions = multiples('zh');
		const patterns = questions.map((q) => correctIndices(q).join(','));
		// Before issue 20, 6 of 8 were "all but one": ticking all but the odd one out passed them. At most a third may be.
		const allButOne = questions.filter((q) => correctIndices(q).length === q.choices.length - 1).length;
		expect(allButOne / questions.length).toBeLessThanOrEqual(1 / 3 + 0.05);
		// At least three different numbers of correct options, so the count itself gives nothing away.
		expect(new Set(questions.map((q) => correctIndices(q).length)).size).toBeGreaterThanOrEqual(3);
		// Hardly any pattern repeats.
		expect(new Set(patterns).size).toBeGreaterThanOrEqual(questions.length - 1);
	});

	test('keep extreme words out of the distractors', () => {
		// Absolute words in wrong options ("cancel all", "immediately") let a reader discard them unread: 29 of 70
		// distractors had one before issue 20. A wrong option may still be absolute when that is the misconception,
		// so one in ten is allowed.
		for (const language of ['zh', 'en'] as const) {
			const distractors = all(language).flatMap((q) => q.choices.filter((c) => !c.correct));
			const marked = distractors.filter((c) => extremeWords[language].test(c.text));
			expect(
				marked.length / distractors.length,
				`${language}: ${marked.map((c) => c.text).join(' | ')}`,
			).toBeLessThanOrEqual(0.1);
		}
	});

	test('explain every option', () => {
		for (const language of ['zh', 'en'] as const)
			for (const q of all(language))
				for (const c of q.choices) expect(c.explanation.trim().length, `${language}: ${c.text}`).toBeGreaterThan(10);
	});
});

describe('the instructor agenda', () => {
	/** The knowledge-check line of each lecture's section of the agenda: [questions, minutes], in lecture order. */
	function checks(file: string, heading: RegExp, line: RegExp): [number, number][] {
		const sections = readFileSync(join(docs, file), 'utf8').split(/^### /m);
		return sections
			.filter((section) => heading.test(section))
			.map((section) => {
				const match = line.exec(section.replace(/\n\s+/g, ' '));
				return [Number(match?.[1]), Number(match?.[2])];
			});
	}

	test("gives each lecture's knowledge check its minutes, for the number of questions it has", () => {
		const zh = checks(
			'instructor/two-day-agenda.mdx',
			/^\S+ 第[一二三四五六七八]讲/,
			/知识检查\*\*：本讲页面末尾 (\d+) 道题，约 (\d+) 分钟/,
		);
		const en = checks(
			'en/instructor/two-day-agenda.mdx',
			/^\S+ Lecture \d/,
			/Knowledge check\*\*: the (\d+) questions .*?about (\d+) minutes/,
		);
		const questions = [...byLanguage.zh.values()].map((quiz) => quiz.length);
		expect(zh.map(([n]) => n)).toEqual(questions);
		expect(en).toEqual(zh);
		// A question is a short case to read, answer and whose explanations are worth reading: at least a minute each.
		for (const [n, minutes] of zh) expect(minutes).toBeGreaterThanOrEqual(n);
	});
});
