import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { LessonProgress, Progress } from '../../../src/progress/progressFormat';
import { decodeSuspendData, encodeSuspendData, SUSPEND_DATA_LIMIT } from '../../../src/scorm/suspendData';

const docs = join(import.meta.dirname, '../../../src/content/docs');

/** Every page id of the course, from the Chinese pages' files (the English ones share the same ids). */
function courseIds(dir = docs): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const full = join(dir, entry.name);
		if (entry.isDirectory()) return entry.name === 'en' && dir === docs ? [] : courseIds(full);
		return /\.mdx?$/.test(entry.name)
			? [
					relative(docs, full)
						.split(sep)
						.join('/')
						.replace(/\.mdx?$/, ''),
				]
			: [];
	});
}

const at = '2026-03-01T09:30:00.000Z';
// 2026-03-01T09:30:00Z is 1772357400 seconds since 1970: "tb3hns" in base 36.
const at36 = (1772357400).toString(36);

describe('encodeSuspendData', () => {
	test('writes the version, then each lesson of the catalog with its quiz and lab fields', () => {
		const progress: Progress = {
			version: 1,
			lessons: {
				'lectures/02-customer-insight': { quiz: { score: 4, total: 5, passed: true, at }, lab: { done: true, at } },
				'labs/simulator': { lab: { done: true, at } },
			},
		};
		const encoded = encodeSuspendData(progress, ['lectures/02-customer-insight', 'labs/simulator']);
		expect(encoded).toEqual({
			ok: true,
			text: `c1|lectures/02-customer-insight:q4.5.${at36},l${at36};labs/simulator:l${at36}`,
		});
	});

	test('writes only lessons of the catalog, in the catalog order, and skips empty records', () => {
		const progress: Progress = {
			version: 1,
			lessons: {
				'from/another-course': { lab: { done: true, at } },
				b: { quiz: { score: 1, total: 2, passed: false, at } },
				a: {},
			},
		};
		expect(encodeSuspendData(progress, ['a', 'b'])).toEqual({ ok: true, text: `c1|b:q1.2.${at36}` });
		expect(encodeSuspendData({ version: 1, lessons: {} }, ['a'])).toEqual({ ok: true, text: 'c1|' });
	});

	test('refuses with the length it needs when the text would not fit the limit', () => {
		const progress: Progress = { version: 1, lessons: { abc: { lab: { done: true, at } } } };
		const text = `c1|abc:l${at36}`;
		expect(encodeSuspendData(progress, ['abc'], text.length)).toEqual({ ok: true, text });
		expect(encodeSuspendData(progress, ['abc'], text.length - 1)).toEqual({ ok: false, length: text.length });
	});

	test('fits SCORM 1.2’s 4,096 characters with every page of this course passed and its lab done', () => {
		const ids = courseIds();
		expect(ids.length).toBeGreaterThan(30);
		const late = '2199-12-31T23:59:59.000Z';
		const full: LessonProgress = {
			quiz: { score: 9999, total: 9999, passed: true, at: late },
			lab: { done: true, at: late },
		};
		const lessons = Object.fromEntries(ids.map((id) => [id, full]));
		const encoded = encodeSuspendData({ version: 1, lessons }, ids);
		expect(encoded.ok).toBe(true);
		if (encoded.ok) expect(encoded.text.length).toBeLessThanOrEqual(SUSPEND_DATA_LIMIT);
	});
});

describe('decodeSuspendData', () => {
	test('reads an empty record as a first launch, and the bare version as no progress', () => {
		expect(decodeSuspendData('')).toEqual({ ok: true, progress: { version: 1, lessons: {} } });
		expect(decodeSuspendData('c1|')).toEqual({ ok: true, progress: { version: 1, lessons: {} } });
	});

	test('reads quiz and lab fields back, with passed from the course’s pass mark', () => {
		expect(decodeSuspendData(`c1|x/a:q4.5.${at36},l${at36};y:q1.3.${at36}`)).toEqual({
			ok: true,
			progress: {
				version: 1,
				lessons: {
					'x/a': { quiz: { score: 4, total: 5, passed: true, at }, lab: { done: true, at } },
					y: { quiz: { score: 1, total: 3, passed: false, at } },
				},
			},
		});
	});

	test('refuses text of another format with the position where reading stopped', () => {
		expect(decodeSuspendData('{"version":1}')).toEqual({ ok: false, at: 0 });
		expect(decodeSuspendData('c2|a:l1')).toEqual({ ok: false, at: 0 });
		// position 3 is the first lesson; 5 is the first field of lesson "a".
		expect(decodeSuspendData('c1|:l1')).toEqual({ ok: false, at: 3 });
		expect(decodeSuspendData('c1|a:x1')).toEqual({ ok: false, at: 5 });
		expect(decodeSuspendData('c1|a:l1,l2')).toEqual({ ok: false, at: 8 });
		expect(decodeSuspendData('c1|a:q3.2.1')).toEqual({ ok: false, at: 5 });
		expect(decodeSuspendData('c1|a:q0.0.1')).toEqual({ ok: false, at: 5 });
		expect(decodeSuspendData('c1|a:l1;a:l2')).toEqual({ ok: false, at: 8 });
		expect(decodeSuspendData('c1|a:lZZ')).toEqual({ ok: false, at: 5 });
	});

	test('refuses lesson ids the progress format would refuse', () => {
		expect(decodeSuspendData('c1|__proto__:l1').ok).toBe(false);
		expect(decodeSuspendData('c1|../x:l1').ok).toBe(false);
	});

	test('gives back what was encoded, to the second', () => {
		const id = fc.constantFrom('lectures/01-marketing-and-service-strategy', 'labs/simulator', 'reference/progress');
		const time = fc.integer({ min: 0, max: 4_102_444_800 }).map((seconds) => new Date(seconds * 1000).toISOString());
		const quiz = fc
			.integer({ min: 1, max: 50 })
			.chain((total) => fc.record({ score: fc.integer({ min: 0, max: total }), total: fc.constant(total), at: time }));
		const lesson = fc.record(
			{ quiz, lab: time.map((labAt) => ({ done: true as const, at: labAt })) },
			{ requiredKeys: [] },
		);
		fc.assert(
			fc.property(fc.dictionary(id, lesson), (lessons) => {
				const progress: Progress = { version: 1, lessons: {} };
				for (const [key, value] of Object.entries(lessons)) {
					if (!value.quiz && !value.lab) continue;
					progress.lessons[key] = {
						...(value.quiz ? { quiz: { ...value.quiz, passed: value.quiz.score * 100 >= value.quiz.total * 80 } } : {}),
						...(value.lab ? { lab: value.lab } : {}),
					};
				}
				const encoded = encodeSuspendData(progress, [
					'lectures/01-marketing-and-service-strategy',
					'labs/simulator',
					'reference/progress',
				]);
				expect(encoded.ok).toBe(true);
				if (encoded.ok) expect(decodeSuspendData(encoded.text)).toEqual({ ok: true, progress });
			}),
		);
	});
});
