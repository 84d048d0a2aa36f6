import { describe, expect, test } from 'vitest';
import { diagramIds } from '../../src/utils/diagramIds';

describe('diagramIds', () => {
	test('returns the same ids for the same diagram text', () => {
		expect(diagramIds('pyramid', '客户金字塔')).toEqual(diagramIds('pyramid', '客户金字塔'));
	});

	test('returns different ids for different text or a different kind', () => {
		const a = diagramIds('pyramid', 'The customer pyramid');
		expect(diagramIds('pyramid', 'Another pyramid').titleId).not.toBe(a.titleId);
		expect(diagramIds('matrix', 'The customer pyramid').titleId).not.toBe(a.titleId);
	});

	test('returns valid, distinct title and description ids', () => {
		const { titleId, descId } = diagramIds('three-layer-contact', '三层对接');
		expect(titleId).toMatch(/^[a-z][\w-]*$/);
		expect(descId).toMatch(/^[a-z][\w-]*$/);
		expect(titleId).not.toBe(descId);
	});
});
