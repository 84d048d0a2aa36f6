import { describe, expect, test } from 'vitest';
import { parseProgress } from '../../../src/progress/progressFormat';
import {
	createProgressStore,
	STORAGE_KEY,
	type StorageLike,
	UNREADABLE_KEY,
} from '../../../src/progress/progressStore';

/** An in-memory Web Storage that can be told to refuse reads or writes the way browsers do. */
class FakeStorage implements StorageLike {
	items = new Map<string, string>();
	failWrites: 'quota' | 'security' | null = null;
	failReads = false;

	getItem(key: string) {
		if (this.failReads) throw new DOMException('The operation is insecure.', 'SecurityError');
		return this.items.get(key) ?? null;
	}

	setItem(key: string, value: string) {
		if (this.failWrites === 'quota') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
		if (this.failWrites === 'security') throw new DOMException('The operation is insecure.', 'SecurityError');
		this.items.set(key, value);
	}
}

const clock =
	(iso = '2025-03-01T09:30:00.000Z') =>
	() =>
		new Date(iso);

function storeOver(storage: StorageLike | null, now = clock()) {
	return createProgressStore({ openStorage: () => storage, now });
}

function stored(storage: FakeStorage) {
	const raw = storage.items.get(STORAGE_KEY);
	if (raw === undefined) return undefined;
	const parsed = parseProgress(raw);
	if (!parsed.ok) throw new Error('the store wrote an unreadable record');
	return parsed.progress;
}

describe('recordQuizResult', () => {
	test('stores the result under the versioned key, with pass mark and time', () => {
		const storage = new FakeStorage();
		const store = storeOver(storage);
		expect(store.recordQuizResult('lectures/02-customer-insight', 3, 4)).toEqual({
			score: 3,
			total: 4,
			passed: false,
			at: '2025-03-01T09:30:00.000Z',
		});
		expect(stored(storage)?.lessons['lectures/02-customer-insight']?.quiz?.score).toBe(3);
		expect(store.state).toBe('ok');
	});

	test('keeps the best result: a worse attempt later does not replace a pass', () => {
		const storage = new FakeStorage();
		storeOver(storage, clock('2025-03-01T09:00:00.000Z')).recordQuizResult('a', 3, 3);
		const best = storeOver(storage, clock('2025-03-02T09:00:00.000Z')).recordQuizResult('a', 1, 3);
		expect(best).toEqual({ score: 3, total: 3, passed: true, at: '2025-03-01T09:00:00.000Z' });
		expect(stored(storage)?.lessons.a?.quiz).toEqual(best);
		const improved = storeOver(storage).recordQuizResult('b', 4, 5);
		expect(improved.passed).toBe(true);
	});

	test('refuses ids and scores that could not be stored', () => {
		const store = storeOver(new FakeStorage());
		expect(() => store.recordQuizResult('../x', 1, 3)).toThrow(RangeError);
		expect(() => store.recordQuizResult('a', 4, 3)).toThrow(RangeError);
		expect(() => store.recordQuizResult('a', 1.5, 3)).toThrow(RangeError);
		expect(() => store.recordQuizResult('a', 0, 0)).toThrow(RangeError);
	});
});

describe('markLabStepDone', () => {
	test('records the lab step once, keeping the first date, next to the quiz', () => {
		const storage = new FakeStorage();
		storeOver(storage).recordQuizResult('lectures/02', 3, 3);
		storeOver(storage, clock('2025-03-05T10:00:00.000Z')).markLabStepDone('lectures/02');
		const again = storeOver(storage, clock('2025-03-09T10:00:00.000Z')).markLabStepDone('lectures/02');
		expect(again).toEqual({ done: true, at: '2025-03-05T10:00:00.000Z' });
		expect(stored(storage)?.lessons['lectures/02']).toEqual({
			quiz: { score: 3, total: 3, passed: true, at: '2025-03-01T09:30:00.000Z' },
			lab: { done: true, at: '2025-03-05T10:00:00.000Z' },
		});
	});
});

describe('read', () => {
	test('returns an empty record for a new learner', () => {
		expect(storeOver(new FakeStorage()).read()).toEqual({ version: 1, lessons: {} });
	});

	test('sees what another tab saved meanwhile, and does not overwrite it', () => {
		const storage = new FakeStorage();
		const tabA = storeOver(storage);
		const tabB = storeOver(storage);
		tabA.read();
		tabB.recordQuizResult('b', 3, 3);
		tabA.recordQuizResult('a', 3, 3);
		expect(Object.keys(stored(storage)?.lessons ?? {}).sort()).toEqual(['a', 'b']);
		expect(tabA.read().lessons.b?.quiz?.passed).toBe(true);
	});
});

describe('export and import', () => {
	test('a file exported from one browser restores the progress in a fresh one', () => {
		const source = storeOver(new FakeStorage(), clock('2025-03-07T12:00:00.000Z'));
		source.recordQuizResult('reference/progress', 3, 3);
		source.markLabStepDone('lectures/02');
		const file = source.exportFile();
		expect(file.fileName).toBe('course-progress-2025-03-07.json');

		const target = new FakeStorage();
		const outcome = storeOver(target).importFile(file.text);
		expect(outcome).toEqual({
			ok: true,
			changes: [
				{ lessonId: 'reference/progress', kind: 'quiz', quiz: source.read().lessons['reference/progress']?.quiz },
				{ lessonId: 'lectures/02', kind: 'lab' },
			],
		});
		expect(stored(target)).toEqual(source.read());
	});

	test('importing the same file again changes nothing', () => {
		const storage = new FakeStorage();
		const store = storeOver(storage);
		store.recordQuizResult('a', 2, 3);
		const text = store.exportFile().text;
		expect(store.importFile(text)).toEqual({ ok: true, changes: [] });
	});

	test('a malformed file never touches the stored progress', () => {
		const storage = new FakeStorage();
		const store = storeOver(storage);
		store.recordQuizResult('reference/progress', 3, 3);
		const before = storage.items.get(STORAGE_KEY);
		const files = [
			'not json at all',
			'[1, 2, 3]',
			'{"version": 2, "lessons": {}}',
			'{"version": 1, "lessons": {"reference/progress": {"quiz": {"score": 0, "total": 3, "passed": "no", "at": "2025-01-01"}}}}',
			`{"version": 1, "lessons": {}, "padding": "${'x'.repeat(250_000)}"}`,
		];
		const codes = files.map((text) => {
			const outcome = store.importFile(text);
			return outcome.ok ? 'ok' : outcome.error.code;
		});
		expect(codes).toEqual(['notJson', 'notProgress', 'wrongVersion', 'badShape', 'tooLarge']);
		expect(storage.items.get(STORAGE_KEY)).toBe(before);
		expect(store.read().lessons['reference/progress']?.quiz?.score).toBe(3);
	});
});

describe('storage that fails', () => {
	test('keeps working in memory when there is no storage at all', () => {
		const store = createProgressStore({
			openStorage: () => {
				throw new DOMException('The operation is insecure.', 'SecurityError');
			},
			now: clock(),
		});
		expect(store.state).toBe('unavailable');
		store.recordQuizResult('a', 3, 3);
		store.markLabStepDone('a');
		expect(store.read().lessons.a).toEqual({
			quiz: { score: 3, total: 3, passed: true, at: '2025-03-01T09:30:00.000Z' },
			lab: { done: true, at: '2025-03-01T09:30:00.000Z' },
		});
		expect(storeOver(null).state).toBe('unavailable');
	});

	test('falls back to memory when reading storage is refused', () => {
		const storage = new FakeStorage();
		storage.failReads = true;
		const store = storeOver(storage);
		store.recordQuizResult('a', 2, 3);
		expect(store.state).toBe('unavailable');
		expect(store.read().lessons.a?.quiz?.score).toBe(2);
	});

	test('keeps results in memory while storage is full, and saves them once there is room', () => {
		const storage = new FakeStorage();
		const store = storeOver(storage);
		store.recordQuizResult('a', 3, 3);
		storage.failWrites = 'quota';
		store.recordQuizResult('b', 3, 3);
		expect(store.state).toBe('full');
		expect(Object.keys(store.read().lessons).sort()).toEqual(['a', 'b']);
		expect(Object.keys(stored(storage)?.lessons ?? {})).toEqual(['a']);

		storage.failWrites = null;
		store.markLabStepDone('c');
		expect(store.state).toBe('ok');
		expect(Object.keys(stored(storage)?.lessons ?? {}).sort()).toEqual(['a', 'b', 'c']);
	});

	test('stops using storage that refuses writes for another reason', () => {
		const storage = new FakeStorage();
		storage.failWrites = 'security';
		const store = storeOver(storage);
		store.recordQuizResult('a', 3, 3);
		expect(store.state).toBe('unavailable');
		expect(store.read().lessons.a?.quiz?.passed).toBe(true);
	});

	test('resets an unreadable stored copy with a notice, and sets it aside when saving next', () => {
		for (const corrupt of ['{"version": 1, "lessons": {', '{"version": 1, "lessons": {"a": {"quiz": 7}}}', 'null']) {
			const storage = new FakeStorage();
			storage.items.set(STORAGE_KEY, corrupt);
			const store = storeOver(storage);
			expect(store.read(), corrupt).toEqual({ version: 1, lessons: {} });
			expect(store.state).toBe('reset');

			store.recordQuizResult('b', 3, 3);
			expect(store.state).toBe('ok');
			expect(storage.items.get(UNREADABLE_KEY)).toBe(corrupt);
			expect(Object.keys(stored(storage)?.lessons ?? {})).toEqual(['b']);
		}
	});

	test('still saves the progress when there is no room to set the unreadable copy aside', () => {
		const storage = new FakeStorage();
		storage.items.set(STORAGE_KEY, 'garbage');
		const store = storeOver(storage);
		store.read();
		let writes = 0;
		const setItem = storage.setItem.bind(storage);
		storage.setItem = (key, value) => {
			writes += 1;
			if (key === UNREADABLE_KEY) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
			setItem(key, value);
		};
		store.recordQuizResult('a', 3, 3);
		expect(writes).toBe(2);
		expect(store.state).toBe('ok');
		expect(stored(storage)?.lessons.a?.quiz?.passed).toBe(true);
	});
});
