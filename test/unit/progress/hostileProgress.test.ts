import { describe, expect, test } from 'vitest';
import { MAX_PROGRESS_FILE_SIZE, parseProgress, serializeProgress } from '../../../src/progress/progressFormat';
import { createProgressStore, STORAGE_KEY, type StorageLike } from '../../../src/progress/progressStore';

class MemoryStorage implements StorageLike {
	items = new Map<string, string>();
	getItem(key: string) {
		return this.items.get(key) ?? null;
	}
	setItem(key: string, value: string) {
		this.items.set(key, value);
	}
}

const at = '2025-03-01T09:30:00.000Z';

/** A valid progress file of about `kilobytes` KB: many lessons (ids the site may not know) with a lab step each. */
function bigFile(prefix: string, kilobytes: number): string {
	const lessons: Record<string, unknown> = {};
	// Sizes summed as the lessons are added: stringifying the whole record each time would be quadratic.
	const entry = JSON.stringify({ lab: { done: true, at } }).length;
	for (let i = 0, size = 0; size < kilobytes * 1000; i++) {
		const id = `${prefix}/lesson-${i}`;
		lessons[id] = { lab: { done: true, at } };
		size += id.length + entry + 4;
	}
	return serializeProgress({ version: 1, lessons: lessons as never });
}

describe('importFile', { timeout: 60_000 }, () => {
	test('refuses a merge that would be larger than a progress file, and keeps the passed result', () => {
		const storage = new MemoryStorage();
		const store = createProgressStore({ openStorage: () => storage, now: () => new Date(at) });
		store.recordQuizResult('lectures/01-intro', 4, 4);
		const first = bigFile('a', 120);
		const second = bigFile('b', 120);
		expect(parseProgress(first).ok && parseProgress(second).ok).toBe(true);
		expect(store.importFile(first).ok).toBe(true);
		const before = storage.items.get(STORAGE_KEY);
		const outcome = store.importFile(second);
		expect(outcome).toMatchObject({ ok: false, error: { code: 'mergeTooLarge', max: MAX_PROGRESS_FILE_SIZE } });
		if (!outcome.ok && outcome.error.code === 'mergeTooLarge')
			expect(outcome.error.size).toBeGreaterThan(MAX_PROGRESS_FILE_SIZE);
		// Nothing of the refused file was saved; a fresh page still reads the 4/4 pass.
		expect(storage.items.get(STORAGE_KEY)).toBe(before);
		const fresh = createProgressStore({ openStorage: () => storage });
		expect(fresh.state).toBe('ok');
		expect(fresh.read().lessons['lectures/01-intro']?.quiz).toMatchObject({ score: 4, total: 4, passed: true });
		// And what it exports can be imported again.
		expect(parseProgress(fresh.exportFile().text).ok).toBe(true);
	});

	test('reads back a stored copy that an earlier merge grew past the file limit', () => {
		const storage = new MemoryStorage();
		const lessons: Record<string, unknown> = {
			'lectures/01-intro': { quiz: { score: 4, total: 4, passed: true, at } },
		};
		for (let i = 0; i < 6000; i++) lessons[`x/lesson-${i}`] = { lab: { done: true, at } };
		expect(JSON.stringify(lessons).length).toBeGreaterThan(MAX_PROGRESS_FILE_SIZE);
		storage.setItem(STORAGE_KEY, JSON.stringify({ version: 1, lessons }));
		const store = createProgressStore({ openStorage: () => storage });
		expect(store.read().lessons['lectures/01-intro']?.quiz?.passed).toBe(true);
		expect(store.state).toBe('ok');
	});
});

describe('parseProgress', () => {
	const file = (quiz: Record<string, unknown>) =>
		JSON.stringify({
			version: 1,
			lessons: { 'lectures/01-intro': { quiz: { score: 1, total: 4, passed: false, at, ...quiz } } },
		});

	test('recomputes passed from the score, whatever the file says', () => {
		const lying = parseProgress(file({ passed: true }));
		expect(lying.ok && lying.progress.lessons['lectures/01-intro']?.quiz?.passed).toBe(false);
		const honest = parseProgress(file({ score: 4, passed: false }));
		expect(honest.ok && honest.progress.lessons['lectures/01-intro']?.quiz?.passed).toBe(true);
	});

	test.each([
		'1',
		'2024',
		'May 5, 2024',
		'2024-02-31T00:00:00Z',
		'2024-01-01',
		'2024-01-01T25:00:00Z',
		'0000-01-01T00:00:00Z',
	])('refuses at: %j, naming the field', (value) => {
		expect(parseProgress(file({ at: value }))).toEqual({
			ok: false,
			error: { code: 'badShape', path: 'lessons["lectures/01-intro"].quiz.at', expected: 'date' },
		});
	});

	test.each(['2024-01-01T10:00:00Z', '2024-01-01T10:00:00.123Z', '2024-02-29T23:59:59+08:00', '2025-03-01T09:30Z'])(
		'accepts at: %j',
		(value) => {
			expect(parseProgress(file({ at: value })).ok).toBe(true);
		},
	);
});
