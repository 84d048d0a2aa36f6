import { describe, expect, test } from 'vitest';
import {
	addEvaluation,
	type EvaluationForm,
	emptyEvaluation,
	evaluationCode,
	evaluationFileText,
	MAX_COMMENT,
	parseEvaluation,
	summariseEvaluations,
} from '../../../src/assessment/courseEvaluation.ts';

function form(id: string, savedAt: string, ratings: Partial<EvaluationForm['ratings']>, best = ''): EvaluationForm {
	const f = emptyEvaluation(id, savedAt);
	Object.assign(f.ratings, ratings);
	f.comments.best = best;
	return f;
}

const a = form('aaaaaaaaaaaa', '2026-12-07T16:00:00.000Z', { overall: 5, pace: 2 }, '铁三角那一讲 <b>最有用</b>');
const b = form('bbbbbbbbbbbb', '2026-12-07T16:05:00.000Z', { overall: 4, pace: 3, labs: 5 });

describe('parseEvaluation', () => {
	test('reads back a form from its file and from its code', () => {
		expect(parseEvaluation(evaluationFileText(a))).toEqual({ ok: true, form: a });
		expect(parseEvaluation(evaluationCode(a))).toEqual({ ok: true, form: a });
		expect(parseEvaluation(`\uFEFF${evaluationFileText(b)}`)).toEqual({ ok: true, form: b });
	});

	test('names the reason a file or code is refused', () => {
		const problem = (text: string) => {
			const read = parseEvaluation(text);
			return read.ok ? 'accepted' : read.problem;
		};
		expect(problem('  ')).toEqual({ check: 'empty' });
		expect(problem(`{${' '.repeat(30_000)}}`)).toEqual({ check: 'tooLarge' });
		expect(problem('{"kind": ')).toEqual({ check: 'notJson' });
		expect(problem('{"version": 1, "lessons": {}}')).toEqual({ check: 'notEvaluation' });
		expect(problem(evaluationFileText(a).replace('"version": 1', '"version": 2'))).toEqual({ check: 'version' });
		expect(problem(evaluationFileText(a).replace('"overall": 5', '"overall": 6'))).toEqual({
			check: 'field',
			field: 'ratings.overall',
		});
		expect(problem(evaluationFileText(a).replace('aaaaaaaaaaaa', 'Robert'))).toEqual({ check: 'field', field: 'id' });
		const long = { ...a, comments: { best: 'x'.repeat(MAX_COMMENT + 1), improve: '' } };
		expect(problem(evaluationFileText(long))).toEqual({ check: 'field', field: 'comments.best' });
		const code = evaluationCode(a);
		expect(problem(code.slice(0, -4))).toMatchObject({ check: 'code' });
		expect(problem('w1.00000000.abc')).toMatchObject({ check: 'code', code: 'kind' });
	});
});

describe('addEvaluation', () => {
	test('adds new forms, and counts the same learner’s form once', () => {
		let forms = addEvaluation([], a).forms;
		expect(addEvaluation(forms, a).outcome).toBe('duplicate');
		const later = { ...a, savedAt: '2026-12-07T17:00:00.000Z', ratings: { ...a.ratings, overall: 3 } };
		const replaced = addEvaluation(forms, later);
		expect(replaced.outcome).toBe('replaced');
		expect(replaced.forms).toEqual([later]);
		expect(addEvaluation(replaced.forms, a)).toEqual({ forms: [later], outcome: 'older' });
		forms = addEvaluation(replaced.forms, b).forms;
		expect(forms.map((f) => f.id)).toEqual(['aaaaaaaaaaaa', 'bbbbbbbbbbbb']);
	});
});

describe('summariseEvaluations', () => {
	test('returns counts, means and distributions per statement, skipping unrated ones', () => {
		const summary = summariseEvaluations([a, b]);
		expect(summary.forms).toBe(2);
		const item = (name: string) => summary.items.find((i) => i.item === name);
		expect(item('overall')).toEqual({ item: 'overall', count: 2, mean: 4.5, distribution: [0, 0, 0, 1, 1] });
		expect(item('pace')).toEqual({ item: 'pace', count: 2, mean: 2.5, distribution: [0, 1, 1, 0, 0] });
		expect(item('labs')).toEqual({ item: 'labs', count: 1, mean: 5, distribution: [0, 0, 0, 0, 1] });
		expect(item('trainer')).toEqual({ item: 'trainer', count: 0, mean: null, distribution: [0, 0, 0, 0, 0] });
	});

	test('lists the non-empty comments as written', () => {
		expect(summariseEvaluations([a, b]).comments).toEqual({ best: ['铁三角那一讲 <b>最有用</b>'], improve: [] });
		expect(summariseEvaluations([])).toMatchObject({ forms: 0, comments: { best: [], improve: [] } });
	});
});
