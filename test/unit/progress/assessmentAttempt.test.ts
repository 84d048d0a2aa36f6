import { describe, expect, test } from 'vitest';
import {
	ASSESSMENT_STORAGE_KEY,
	type AttemptRecord,
	createAssessmentAttempts,
	isBetterAttempt,
	remainingMs,
	timeLimitFromSearch,
} from '../../../src/progress/assessmentAttempt.ts';
import type { StorageLike } from '../../../src/progress/progressStore.ts';

class FakeStorage implements StorageLike {
	items = new Map<string, string>();
	failWrites = false;
	getItem(key: string) {
		return this.items.get(key) ?? null;
	}
	setItem(key: string, value: string) {
		if (this.failWrites) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
		this.items.set(key, value);
	}
}

const record: AttemptRecord = {
	current: { seed: 42, startedAt: 1_000_000, limitMinutes: 30, answers: [1, 0, 6] },
	best: { answers: [1, 2, 6], score: 3, total: 3, date: '2026-12-07' },
};

describe('timeLimitFromSearch', () => {
	test('returns whole minutes from 5 to 180, and no limit without the parameter', () => {
		expect(timeLimitFromSearch('?minutes=30')).toEqual({ minutes: 30, invalid: null });
		expect(timeLimitFromSearch('?minutes=5')).toEqual({ minutes: 5, invalid: null });
		expect(timeLimitFromSearch('?minutes=180')).toEqual({ minutes: 180, invalid: null });
		expect(timeLimitFromSearch('')).toEqual({ minutes: null, invalid: null });
		expect(timeLimitFromSearch('?lang=en')).toEqual({ minutes: null, invalid: null });
	});

	test('reports a value it cannot use, so the page says so rather than run untimed in silence', () => {
		expect(timeLimitFromSearch('?minutes=4')).toEqual({ minutes: null, invalid: '4' });
		expect(timeLimitFromSearch('?minutes=181')).toEqual({ minutes: null, invalid: '181' });
		expect(timeLimitFromSearch('?minutes=2.5')).toEqual({ minutes: null, invalid: '2.5' });
		expect(timeLimitFromSearch('?minutes=abc')).toEqual({ minutes: null, invalid: 'abc' });
		expect(timeLimitFromSearch(`?minutes=${'9'.repeat(40)}`).invalid).toHaveLength(20);
	});
});

describe('remainingMs', () => {
	test('returns the time left, 0 once over, and Infinity without a limit', () => {
		const current = { seed: 1, startedAt: 0, limitMinutes: 10, answers: [] };
		expect(remainingMs(current, 60_000)).toBe(540_000);
		expect(remainingMs(current, 600_000)).toBe(0);
		expect(remainingMs(current, 900_000)).toBe(0);
		expect(remainingMs({ ...current, limitMinutes: null }, 900_000)).toBe(Number.POSITIVE_INFINITY);
	});
});

describe('createAssessmentAttempts', () => {
	test('returns the record it wrote, across instances over the same storage', () => {
		const storage = new FakeStorage();
		createAssessmentAttempts(() => storage, 3).write(record);
		expect(JSON.parse(storage.items.get(ASSESSMENT_STORAGE_KEY) ?? '')).toEqual(record);
		expect(createAssessmentAttempts(() => storage, 3).read()).toEqual(record);
	});

	test('reads a record of another number of questions, or a hand-edited one, as none', () => {
		const storage = new FakeStorage();
		createAssessmentAttempts(() => storage, 3).write(record);
		expect(createAssessmentAttempts(() => storage, 4).read()).toEqual({});
		storage.items.set(ASSESSMENT_STORAGE_KEY, '{"current": {"seed": -1}, "best": "x"}');
		expect(createAssessmentAttempts(() => storage, 3).read()).toEqual({});
		storage.items.set(ASSESSMENT_STORAGE_KEY, 'not json');
		expect(createAssessmentAttempts(() => storage, 3).read()).toEqual({});
		const edited = { ...record, current: { ...record.current, answers: [1, 0, 64] } };
		storage.items.set(ASSESSMENT_STORAGE_KEY, JSON.stringify(edited));
		expect(createAssessmentAttempts(() => storage, 3).read()).toEqual({ best: record.best });
	});

	test('keeps the record for the page when storage is blocked or full', () => {
		const blocked = createAssessmentAttempts(() => {
			throw new DOMException('denied', 'SecurityError');
		}, 3);
		blocked.write(record);
		expect(blocked.read()).toEqual(record);
		const storage = new FakeStorage();
		storage.failWrites = true;
		const full = createAssessmentAttempts(() => storage, 3);
		full.write(record);
		expect(full.read()).toEqual(record);
	});
});

describe('isBetterAttempt', () => {
	test('prefers a pass, then a higher score', () => {
		expect(isBetterAttempt({ score: 16, total: 20 }, { score: 15, total: 20 })).toBe(true);
		expect(isBetterAttempt({ score: 15, total: 20 }, { score: 16, total: 20 })).toBe(false);
		expect(isBetterAttempt({ score: 18, total: 20 }, { score: 17, total: 20 })).toBe(true);
		expect(isBetterAttempt({ score: 17, total: 20 }, { score: 17, total: 20 })).toBe(false);
		expect(isBetterAttempt({ score: 10, total: 20 }, { score: 3, total: 20 })).toBe(true);
	});
});
