import { describe, expect, test } from 'vitest';
import { answerMask, maskIndices, scoreAssessment } from '../../../src/assessment/scoreAssessment.ts';

describe('answerMask and maskIndices', () => {
	test('return bit masks and indices that are each other’s inverse', () => {
		expect(answerMask([])).toBe(0);
		expect(answerMask([0])).toBe(1);
		expect(answerMask([1, 3])).toBe(0b1010);
		expect(answerMask([3, 1])).toBe(0b1010);
		expect(maskIndices(0)).toEqual([]);
		expect(maskIndices(0b1010)).toEqual([1, 3]);
		expect(maskIndices(answerMask([0, 2, 5]))).toEqual([0, 2, 5]);
	});
});

describe('scoreAssessment', () => {
	// Five questions: single answers 0, 1, 2 and two "select all" ones.
	const key = [0b001, 0b010, 0b100, 0b011, 0b110];

	test('returns full marks and a pass when every answer matches the key exactly', () => {
		const score = scoreAssessment(key, [1, 2, 4, 3, 6]);
		expect(score).toEqual({ raw: 5, total: 5, required: 4, passed: true, correct: [true, true, true, true, true] });
	});

	test('counts a multiple-answer question right only with exactly its correct choices', () => {
		// One too few (0b001) and one too many (0b111) both score nothing.
		const score = scoreAssessment(key, [1, 2, 4, 0b001, 0b111]);
		expect(score.correct).toEqual([true, true, true, false, false]);
		expect(score.raw).toBe(3);
		expect(score.passed).toBe(false);
	});

	test('counts unanswered and missing answers as wrong', () => {
		expect(scoreAssessment(key, [1, 0, 4, 3]).correct).toEqual([true, false, true, true, false]);
		expect(scoreAssessment(key, []).raw).toBe(0);
	});

	test('sets the pass mark at 80 % rounded up: 16 of 20', () => {
		const twenty = Array.from({ length: 20 }, () => 1);
		const sixteen = [...Array.from({ length: 16 }, () => 1), 2, 2, 2, 2];
		const fifteen = [...Array.from({ length: 15 }, () => 1), 2, 2, 2, 2, 2];
		expect(scoreAssessment(twenty, sixteen)).toMatchObject({ raw: 16, required: 16, passed: true });
		expect(scoreAssessment(twenty, fifteen)).toMatchObject({ raw: 15, required: 16, passed: false });
	});
});
