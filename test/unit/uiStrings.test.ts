import { describe, expect, test } from 'vitest';
import en from '../../src/content/i18n/en.json';
import zhCN from '../../src/content/i18n/zh-CN.json';
import { localeFromPath, uiStrings, uiStringsStartingWith } from '../../src/i18n/uiStrings';

describe('translation files', () => {
	test('have exactly the same keys in both locales', () => {
		expect(Object.keys(en).sort()).toEqual(Object.keys(zhCN).sort());
	});

	test('have no empty strings and no untranslated copies', () => {
		for (const [key, text] of Object.entries(zhCN)) {
			expect(text.trim(), key).not.toBe('');
			expect(en[key as keyof typeof en].trim(), key).not.toBe('');
			// A string left identical in both files was almost always forgotten (numbers-only strings excepted).
			if (/[\p{Script=Han}]/u.test(text)) expect(en[key as keyof typeof en], key).not.toBe(text);
		}
	});

	test('use the same placeholders in both locales', () => {
		const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
		for (const key of Object.keys(zhCN) as (keyof typeof zhCN)[]) {
			expect(placeholders(en[key]), key).toEqual(placeholders(zhCN[key]));
		}
	});
});

describe('uiStrings', () => {
	test('returns the string of the requested locale', () => {
		expect(uiStrings('zh-CN')('course.notFound.title')).toBe(zhCN['course.notFound.title']);
		expect(uiStrings('en')('course.notFound.title')).toBe(en['course.notFound.title']);
	});
});

describe('localeFromPath', () => {
	test('returns en for paths under /en/ and zh-CN elsewhere', () => {
		expect(localeFromPath('/en/')).toBe('en');
		expect(localeFromPath('/en')).toBe('en');
		expect(localeFromPath('/en/lectures/one/')).toBe('en');
		expect(localeFromPath('/')).toBe('zh-CN');
		expect(localeFromPath('/entry/')).toBe('zh-CN');
	});
});

describe('uiStringsStartingWith', () => {
	test("keeps exactly the locale's strings under the given prefixes", () => {
		const picked = uiStringsStartingWith('en', ['workshop.facilitator.', 'event.']);
		const expected = Object.entries(en).filter(
			([k]) => k.startsWith('workshop.facilitator.') || k.startsWith('event.'),
		);
		expect(Object.entries(picked).sort()).toEqual(expected.sort());
		expect(expected.length).toBeGreaterThan(20);
		expect(uiStringsStartingWith('zh-CN', ['event.'])['event.downturn.name']).toBe(zhCN['event.downturn.name']);
	});
});
