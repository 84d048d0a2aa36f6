import { existsSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import {
	ANSWER_KEY,
	ASSESSMENT_BANK_ID,
	type AssessmentQuestion,
	assessmentQuestions,
} from '../../../src/assessment/assessmentBank.ts';

const zh = assessmentQuestions('zh-CN');
const en = assessmentQuestions('en');
const correctOf = (q: AssessmentQuestion) => q.choices.flatMap((c, i) => (c.correct ? [i] : []));

describe('the final assessment’s questions', () => {
	test('are the same twenty questions in both languages, with the same choices right', () => {
		expect(zh).toHaveLength(20);
		expect(en.map((q) => q.id)).toEqual(zh.map((q) => q.id));
		expect(en.map((q) => q.source)).toEqual(zh.map((q) => q.source));
		expect(en.map((q) => Boolean(q.multiple))).toEqual(zh.map((q) => Boolean(q.multiple)));
		expect(en.map((q) => q.choices.length)).toEqual(zh.map((q) => q.choices.length));
		expect(en.map(correctOf)).toEqual(zh.map(correctOf));
		expect(new Set(zh.map((q) => q.id)).size).toBe(zh.length);
	});

	test('have one right choice when single, at least two when "select all that apply"', () => {
		for (const q of zh) {
			const right = correctOf(q).length;
			if (q.multiple) expect(right, q.id).toBeGreaterThanOrEqual(2);
			else expect(right, q.id).toBe(1);
			expect(q.choices.length, q.id).toBeGreaterThanOrEqual(3);
		}
	});

	test('draw on all eight lectures and the four cases, each source a page in both languages', () => {
		const sources = new Set(zh.map((q) => q.source));
		for (let n = 1; n <= 8; n++)
			expect(
				[...sources].some((s) => s.startsWith(`lectures/0${n}-`)),
				`lecture ${n}`,
			).toBe(true);
		for (const c of ['case-ecommerce', 'case-bank', 'case-chain', 'case-retailer'])
			expect(sources.has(`cases/${c}`), c).toBe(true);
		for (const s of sources) {
			expect(existsSync(`src/content/docs/${s}.mdx`), s).toBe(true);
			expect(existsSync(`src/content/docs/en/${s}.mdx`), `en/${s}`).toBe(true);
		}
	});

	test('are written in each language, with an explanation for every choice', () => {
		for (const [zq, eq] of zh.map((q, i) => [q, en[i]] as const)) {
			expect(zq.prompt, zq.id).toMatch(/\p{Script=Han}/u);
			expect(eq?.prompt, zq.id).not.toMatch(/\p{Script=Han}/u);
			for (const c of [...zq.choices, ...(eq?.choices ?? [])]) {
				expect(c.text.trim(), zq.id).not.toBe('');
				expect(c.explanation.trim().length, zq.id).toBeGreaterThan(10);
			}
		}
	});
});

describe('ANSWER_KEY and ASSESSMENT_BANK_ID', () => {
	test('hold the key as one bit mask per question, pinned so a changed answer is a deliberate edit', () => {
		expect(ANSWER_KEY).toEqual([2, 8, 1, 5, 4, 2, 4, 2, 14, 4, 1, 3, 4, 8, 2, 4, 2, 1, 4, 1]);
		expect(ASSESSMENT_BANK_ID).toMatch(/^[0-9a-f]{8}$/);
	});
});
