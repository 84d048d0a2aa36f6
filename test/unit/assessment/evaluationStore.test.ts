import { describe, expect, test } from 'vitest';
import { emptyEvaluation } from '../../../src/assessment/courseEvaluation.ts';
import {
	createEvaluationStore,
	EVALUATION_STORAGE_KEY,
	EVALUATION_UNREADABLE_KEY,
} from '../../../src/assessment/evaluationStore.ts';
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

const form = emptyEvaluation('0123456789ab', '2026-12-07T10:00:00.000Z');
form.ratings.overall = 4;
form.comments.best = 'The labs';

describe('createEvaluationStore', () => {
	test('returns the form it saved, across instances over the same storage', () => {
		const storage = new FakeStorage();
		expect(createEvaluationStore(() => storage).load()).toEqual({ state: 'none' });
		expect(createEvaluationStore(() => storage).save(form)).toBe(true);
		expect(JSON.parse(storage.items.get(EVALUATION_STORAGE_KEY) ?? '')).toMatchObject({
			kind: 'course-evaluation',
			version: 1,
			id: '0123456789ab',
			ratings: { overall: 4 },
		});
		expect(createEvaluationStore(() => storage).load()).toEqual({ state: 'form', form });
	});

	test('reports a damaged form, and sets its text aside before the first save replaces it', () => {
		for (const damaged of [
			'{"kind": "course-evaluation", "vers',
			'{"kind":"course-evaluation","version":1,"id":"x"}',
		]) {
			const storage = new FakeStorage();
			storage.items.set(EVALUATION_STORAGE_KEY, damaged);
			const store = createEvaluationStore(() => storage);
			expect(store.load()).toEqual({ state: 'damaged' });
			expect(storage.items.has(EVALUATION_UNREADABLE_KEY)).toBe(false);
			expect(store.save(form)).toBe(true);
			expect(storage.items.get(EVALUATION_UNREADABLE_KEY)).toBe(damaged);
			store.save({ ...form, comments: { best: 'More cases', improve: '' } });
			expect(storage.items.get(EVALUATION_UNREADABLE_KEY)).toBe(damaged);
		}
	});

	test('says a save failed when storage is blocked or full', () => {
		const blocked = createEvaluationStore(() => {
			throw new DOMException('denied', 'SecurityError');
		});
		expect(blocked.load()).toEqual({ state: 'none' });
		expect(blocked.save(form)).toBe(false);
		const storage = new FakeStorage();
		storage.failWrites = true;
		expect(createEvaluationStore(() => storage).save(form)).toBe(false);
	});
});
