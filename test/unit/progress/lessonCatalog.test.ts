import { describe, expect, test } from 'vitest';
import { buildLessonCatalog, lessonHref, lessonIdFromSlug, localeOfSlug } from '../../../src/progress/lessonCatalog';

describe('lessonIdFromSlug', () => {
	test('returns the slug without the locale prefix or slashes', () => {
		expect(lessonIdFromSlug('lectures/02-customer-insight')).toBe('lectures/02-customer-insight');
		expect(lessonIdFromSlug('en/lectures/02-customer-insight')).toBe('lectures/02-customer-insight');
		expect(lessonIdFromSlug('/en/reference/progress/')).toBe('reference/progress');
		expect(lessonIdFromSlug('/reference/progress/')).toBe('reference/progress');
		expect(lessonIdFromSlug('/entry/')).toBe('entry');
	});

	test('returns index for both home pages', () => {
		for (const slug of ['index', 'en', '/', '/en/', '']) expect(lessonIdFromSlug(slug), slug).toBe('index');
	});
});

describe('localeOfSlug and lessonHref', () => {
	test('find the locale of an entry and the address of a lesson in each locale', () => {
		expect(localeOfSlug('en/labs/tiering')).toBe('en');
		expect(localeOfSlug('labs/tiering')).toBe('zh-CN');
		expect(lessonHref('labs/tiering', 'en')).toBe('/en/labs/tiering/');
		expect(lessonHref('labs/tiering', 'zh-CN')).toBe('/labs/tiering/');
		expect(lessonHref('index', 'en')).toBe('/en/');
	});
});

describe('buildLessonCatalog', () => {
	const question = { prompt: 'q' };
	test('lists pages with a quiz or a lab once, with titles from both locales', () => {
		const catalog = buildLessonCatalog([
			{ id: 'lectures/02-insight', data: { title: '客户透视', quiz: [question, question, question] } },
			{ id: 'en/lectures/02-insight', data: { title: 'Customer insight', quiz: [question, question, question] } },
			{ id: 'labs/tiering', data: { title: '分级实验', lab: 'tier' } },
			{ id: 'en/labs/tiering', data: { title: 'Tiering lab', lab: 'tier' } },
			{ id: 'index', data: { title: '概览' } },
			{ id: 'en', data: { title: 'Overview' } },
		]);
		expect(catalog).toEqual([
			{ id: 'labs/tiering', titles: { 'zh-CN': '分级实验', en: 'Tiering lab' }, quizQuestions: 0, labStep: 'tier' },
			{
				id: 'lectures/02-insight',
				titles: { 'zh-CN': '客户透视', en: 'Customer insight' },
				quizQuestions: 3,
				labStep: undefined,
			},
		]);
	});

	test('falls back to the other title when a translation is missing', () => {
		const [lesson] = buildLessonCatalog([{ id: 'lectures/03', data: { title: '客户关系', lab: 'contact' } }]);
		expect(lesson?.titles).toEqual({ 'zh-CN': '客户关系', en: '客户关系' });
	});
});
