import { describe, expect, test } from 'vitest';
import { labelIds } from '../../src/utils/labelIds';

describe('labelIds', () => {
	test('returns the same ids for the same diagram text, build after build', () => {
		expect(labelIds('loop', 'Insight to execution')).toEqual(labelIds('loop', 'Insight to execution'));
	});

	test('returns different ids when the text or the kind differs', () => {
		const a = labelIds('loop', 'Insight to execution');
		expect(labelIds('loop', 'Insight to execution.').titleId).not.toBe(a.titleId);
		expect(labelIds('steps', 'Insight to execution').titleId).not.toBe(a.titleId);
	});

	test('derives title and desc ids from one base that is a valid HTML id', () => {
		const { base, titleId, descId } = labelIds('value-model', '客户价值评估模型');
		expect(titleId).toBe(`${base}-title`);
		expect(descId).toBe(`${base}-desc`);
		expect(base).toMatch(/^value-model-[0-9a-z]+$/);
	});
});
