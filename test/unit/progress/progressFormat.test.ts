import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
	emptyProgress,
	isLessonId,
	MAX_PROGRESS_FILE_SIZE,
	type Progress,
	parseProgress,
	serializeProgress,
} from '../../../src/progress/progressFormat';
import { progressArb } from './arbitraries';

const at = '2025-03-01T09:30:00.000Z';
const valid: Progress = {
	version: 1,
	lessons: {
		'lectures/02-customer-insight': { quiz: { score: 3, total: 4, passed: false, at }, lab: { done: true, at } },
		'reference/progress': { quiz: { score: 3, total: 3, passed: true, at } },
	},
};

/** Parses a file built from `valid` with one change applied, and returns the error. */
function errorAfter(change: (file: Fields) => void) {
	const file = structuredClone(valid) as unknown as Fields;
	change(file);
	const result = parseProgress(JSON.stringify(file));
	if (result.ok) throw new Error('expected the file to be refused');
	return result.error;
}

type Fields = Record<string, unknown>;

/** The record of the lecture lesson in a file under test. */
function lesson(file: Fields): Fields {
	return (file.lessons as Record<string, Fields>)['lectures/02-customer-insight'] as Fields;
}

/** One part (quiz or lab) of the lecture lesson in a file under test. */
function part(file: Fields, name: 'quiz' | 'lab'): Fields {
	return lesson(file)[name] as Fields;
}

describe('parseProgress', () => {
	test('returns the progress of a valid file', () => {
		expect(parseProgress(JSON.stringify(valid))).toEqual({ ok: true, progress: valid });
		expect(parseProgress(JSON.stringify(emptyProgress()))).toEqual({ ok: true, progress: emptyProgress() });
	});

	test('returns notJson for text that is not JSON', () => {
		for (const text of ['', 'hello', '{"version": 1,', '<progress/>']) {
			expect(parseProgress(text)).toEqual({ ok: false, error: { code: 'notJson' } });
		}
	});

	test('returns tooLarge for text over the size limit, before parsing it', () => {
		const text = ' '.repeat(MAX_PROGRESS_FILE_SIZE + 1);
		expect(parseProgress(text)).toEqual({
			ok: false,
			error: { code: 'tooLarge', size: MAX_PROGRESS_FILE_SIZE + 1, max: MAX_PROGRESS_FILE_SIZE },
		});
		expect(parseProgress(`${JSON.stringify(valid)}${' '.repeat(100)}`).ok).toBe(true);
	});

	test('returns notProgress for JSON that is not a progress object', () => {
		for (const text of ['[]', '42', '"text"', 'null', '{"lessons": {}}', '{}']) {
			expect(parseProgress(text), text).toEqual({ ok: false, error: { code: 'notProgress' } });
		}
	});

	test('returns wrongVersion with the version found', () => {
		expect(parseProgress('{"version": 2, "lessons": {}}')).toEqual({
			ok: false,
			error: { code: 'wrongVersion', found: '2' },
		});
		expect(parseProgress('{"version": "1", "lessons": {}}')).toEqual({
			ok: false,
			error: { code: 'wrongVersion', found: '"1"' },
		});
	});

	test('returns badShape with the path of the first bad field', () => {
		const quizPath = 'lessons["lectures/02-customer-insight"].quiz';
		const cases: [(file: Fields) => void, string, string][] = [
			[(f) => delete f.lessons, 'lessons', 'object'],
			[(f) => (f.lessons = []), 'lessons', 'object'],
			[(f) => ((f.lessons as Fields)['reference/progress'] = 3), 'lessons["reference/progress"]', 'object'],
			[(f) => ((f.lessons as Fields)['../etc'] = {}), 'lessons["../etc"]', 'lessonId'],
			[(f) => ((f.lessons as Fields)['<img src=x>'] = {}), 'lessons["<img src=x>"]', 'lessonId'],
			[(f) => (lesson(f).quiz = 'passed'), quizPath, 'object'],
			[(f) => (part(f, 'quiz').total = 0), `${quizPath}.total`, 'total'],
			[(f) => (part(f, 'quiz').total = 2.5), `${quizPath}.total`, 'total'],
			[(f) => (part(f, 'quiz').total = 1000), `${quizPath}.total`, 'total'],
			[(f) => (part(f, 'quiz').score = 5), `${quizPath}.score`, 'score'],
			[(f) => (part(f, 'quiz').score = -1), `${quizPath}.score`, 'score'],
			[(f) => (part(f, 'quiz').score = '3'), `${quizPath}.score`, 'score'],
			[(f) => (part(f, 'quiz').passed = 'yes'), `${quizPath}.passed`, 'boolean'],
			[(f) => (part(f, 'quiz').at = 'yesterday'), `${quizPath}.at`, 'date'],
			[(f) => delete part(f, 'quiz').at, `${quizPath}.at`, 'date'],
			[(f) => (lesson(f).lab = true), 'lessons["lectures/02-customer-insight"].lab', 'object'],
			[(f) => (part(f, 'lab').done = false), 'lessons["lectures/02-customer-insight"].lab.done', 'true'],
			[(f) => (part(f, 'lab').at = 20250301), 'lessons["lectures/02-customer-insight"].lab.at', 'date'],
		];
		for (const [change, path, expected] of cases) {
			expect(errorAfter(change), path).toEqual({ code: 'badShape', path, expected });
		}
	});

	test('drops fields it does not know instead of refusing the file', () => {
		const file = structuredClone(valid) as unknown as Fields;
		file.exportedBy = 'a later version';
		lesson(file).notes = { text: 'hi' };
		expect(parseProgress(JSON.stringify(file))).toEqual({ ok: true, progress: valid });
	});

	test('never throws, whatever the text', () => {
		fc.assert(
			fc.property(
				fc.oneof(
					fc.string(),
					fc.jsonValue().map((value) => JSON.stringify(value)),
				),
				(text) => {
					const result = parseProgress(text);
					expect(typeof result.ok).toBe('boolean');
				},
			),
		);
	});

	test('reads back every valid progress that serializeProgress writes', () => {
		fc.assert(
			fc.property(progressArb, (progress) => {
				expect(parseProgress(serializeProgress(progress))).toEqual({ ok: true, progress });
			}),
		);
	});
});

describe('isLessonId', () => {
	test('accepts slugs and refuses anything else', () => {
		expect(isLessonId('lectures/02-customer-insight')).toBe(true);
		expect(isLessonId('index')).toBe(true);
		for (const id of ['', '/lectures', 'lectures/', '__proto__', '../x', 'a//b', 'a b', 'x'.repeat(201)]) {
			expect(isLessonId(id), id).toBe(false);
		}
	});
});
