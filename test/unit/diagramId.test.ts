import { describe, expect, test } from 'vitest';
import { diagramId } from '../../src/utils/diagramId';

describe('diagramId', () => {
	test('returns the same id for the same texts and a different one for different texts', () => {
		expect(diagramId('iron', '铁三角', '说明')).toBe(diagramId('iron', '铁三角', '说明'));
		expect(diagramId('iron', '铁三角', '说明')).not.toBe(diagramId('iron', 'Iron triangle', 'Description'));
		expect(diagramId('iron', 'ab', 'c')).not.toBe(diagramId('iron', 'a', 'bc'));
	});

	test('returns a valid HTML id that starts with the kind', () => {
		expect(diagramId('channel-evolution', '直销 → 分销')).toMatch(/^channel-evolution-[0-9a-z]+$/);
	});
});
