import { describe, expect, test } from 'vitest';
import { measureText, wrapSvgText } from '../../src/utils/wrapSvgText';

describe('measureText', () => {
	test('returns one em per Chinese character and less for Latin letters', () => {
		expect(measureText('客户经理')).toBe(4);
		expect(measureText('abc')).toBeLessThan(3);
		expect(measureText('abc')).toBeGreaterThan(1);
		expect(measureText('')).toBe(0);
	});
});

describe('wrapSvgText', () => {
	test('returns lines no wider than the limit for Chinese text', () => {
		const text = '客户经理负责客户关系、商务谈判与回款，对整个客户的经营结果负责。';
		const lines = wrapSvgText(text, 8);
		expect(lines.length).toBeGreaterThan(3);
		for (const line of lines) expect(measureText(line)).toBeLessThanOrEqual(8);
		expect(lines.join('')).toBe(text);
	});

	test('returns lines that break English only at spaces and keep every word', () => {
		const text = 'The account responsible owns the relationship, the commercial terms and the cash collection.';
		const lines = wrapSvgText(text, 12);
		expect(lines.length).toBeGreaterThan(2);
		for (const line of lines) expect(measureText(line)).toBeLessThanOrEqual(12);
		expect(lines.join(' ')).toBe(text);
	});

	test('keeps the spaces written between Latin and Chinese text', () => {
		expect(wrapSvgText('LTC 流程 · 共享激励', 40)).toEqual(['LTC 流程 · 共享激励']);
		expect(wrapSvgText('按 LTC 推进', 40)).toEqual(['按 LTC 推进']);
	});

	test('never starts a line with closing punctuation', () => {
		for (let max = 2; max < 12; max++) {
			for (const line of wrapSvgText('服务、交付，回款。维护（备件）与培训；升级！', max)) {
				expect(line).not.toMatch(/^[，。、；！）]/u);
			}
		}
		expect(wrapSvgText('按 LTC，推进', 3.5)[1]).not.toMatch(/^，/u);
	});

	test('returns a single line when the text fits and an empty list for blank text', () => {
		expect(wrapSvgText('直销', 10)).toEqual(['直销']);
		expect(wrapSvgText('  Direct sales  ', 20)).toEqual(['Direct sales']);
		expect(wrapSvgText('   ', 10)).toEqual([]);
	});

	test('gives an over-long word a line of its own instead of dropping it', () => {
		expect(wrapSvgText('a supercalifragilistic word', 5)).toEqual(['a', 'supercalifragilistic', 'word']);
	});
});
