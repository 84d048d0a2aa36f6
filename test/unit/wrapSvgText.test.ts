import { describe, expect, test } from 'vitest';
import { charWidth, textWidth, wrapSvgText } from '../../src/utils/wrapSvgText';

describe('charWidth', () => {
	test('returns a full em for Han characters and full-width punctuation, less for Latin', () => {
		expect(charWidth('客')).toBe(1);
		expect(charWidth('，')).toBe(1);
		expect(charWidth('a')).toBeLessThan(0.7);
		expect(charWidth('i')).toBeLessThan(charWidth('a'));
		expect(charWidth('M')).toBeGreaterThan(charWidth('a'));
	});
});

describe('wrapSvgText', () => {
	test('returns one line when the text fits', () => {
		expect(wrapSvgText('客户经理', 200, 15)).toEqual(['客户经理']);
		expect(wrapSvgText('Account manager', 200, 15)).toEqual(['Account manager']);
	});

	test('returns lines that each fit the width and together hold every word in order', () => {
		const text =
			'Standard service through self-service and partners; treat those costing more than their margin as below-zero customers.';
		const lines = wrapSvgText(text, 200, 15);
		expect(lines.length).toBeGreaterThan(2);
		for (const line of lines) expect(textWidth(line, 15)).toBeLessThanOrEqual(200);
		expect(lines.join(' ')).toBe(text);
	});

	test('breaks Chinese between characters and never starts a line with closing punctuation', () => {
		const text = '标准化服务：数字自助与伙伴渠道为主，服务成本超过毛利的，按低于零点客户处理。';
		const lines = wrapSvgText(text, 150, 15);
		expect(lines.length).toBeGreaterThan(2);
		expect(lines.join('')).toBe(text);
		for (const line of lines) expect('，。、；：！？）').not.toContain(line[0]);
	});

	test('gives a word wider than the line a line of its own instead of dropping it', () => {
		expect(wrapSvgText('a supercalifragilistic word', 60, 15)).toEqual(['a', 'supercalifragilistic', 'word']);
	});

	test('returns no lines for blank text', () => {
		expect(wrapSvgText('   ', 100, 15)).toEqual([]);
	});
});
