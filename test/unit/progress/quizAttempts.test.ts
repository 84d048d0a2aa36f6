import { describe, expect, test } from 'vitest';
import { STORAGE_KEY, type StorageLike } from '../../../src/progress/progressStore';
import {
	ATTEMPTS_STORAGE_KEY,
	choiceOrder,
	createQuizAttempts,
	ordersDiffer,
} from '../../../src/progress/quizAttempts';

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

/** A seed source that counts up from `start`, so every draw is new and the test is repeatable. */
function counter(start = 1) {
	let next = start;
	return () => next++;
}

describe('choiceOrder', () => {
	test('returns every original index exactly once', () => {
		for (const count of [2, 3, 4, 6])
			for (let seed = 0; seed < 50; seed++) {
				expect([...choiceOrder(seed, 0, count)].sort()).toEqual([...Array(count).keys()]);
			}
	});

	test('returns the same order for the same seed and question, as a reload needs', () => {
		expect(choiceOrder(123_456, 2, 4)).toEqual(choiceOrder(123_456, 2, 4));
		expect(choiceOrder(0xffffffff, 0, 3)).toEqual(choiceOrder(0xffffffff, 0, 3));
	});

	test('puts each choice first about equally often across seeds, and gives questions their own orders', () => {
		const first = [0, 0, 0, 0];
		let sameAsNextQuestion = 0;
		const seeds = 4000;
		for (let seed = 0; seed < seeds; seed++) {
			const order = choiceOrder(seed, 0, 4);
			first[order[0] as number] = (first[order[0] as number] ?? 0) + 1;
			if (order.join() === choiceOrder(seed, 1, 4).join()) sameAsNextQuestion++;
		}
		// A fair shuffle puts each of 4 choices first 25 % of the time; 4000 draws stay within ±3 points.
		for (const count of first) expect(count / seeds).toBeGreaterThan(0.22);
		for (const count of first) expect(count / seeds).toBeLessThan(0.28);
		// Two questions share an order 1 time in 24 by chance, not always.
		expect(sameAsNextQuestion / seeds).toBeLessThan(0.07);
	});
});

describe('ordersDiffer', () => {
	test('is false for the same seed, or when no question can change order', () => {
		expect(ordersDiffer(5, 5, [3, 3, 4])).toBe(false);
		expect(ordersDiffer(5, 6, [1, 1])).toBe(false);
		expect(ordersDiffer(5, 6, [])).toBe(false);
	});

	test('is true for most pairs of seeds over a four-question quiz', () => {
		let differ = 0;
		for (let seed = 0; seed < 100; seed++) if (ordersDiffer(seed, seed + 1, [3, 3, 4, 4])) differ++;
		// Only 1 pair in 864 shows the same four orders by chance.
		expect(differ).toBeGreaterThanOrEqual(98);
	});
});

describe('createQuizAttempts', () => {
	test('returns the stored seed again after a reload', () => {
		const storage = new FakeStorage();
		const first = createQuizAttempts({ openStorage: () => storage, newSeed: counter(10) }).current('lectures/01-x');
		const reloaded = createQuizAttempts({ openStorage: () => storage, newSeed: counter(99) });
		expect(reloaded.current('lectures/01-x')).toBe(first);
		expect(first).toBe(10);
		expect(JSON.parse(storage.items.get(ATTEMPTS_STORAGE_KEY) ?? '{}')).toEqual({ 'lectures/01-x': 10 });
	});

	test('keeps one seed per lesson', () => {
		const storage = new FakeStorage();
		const attempts = createQuizAttempts({ openStorage: () => storage, newSeed: counter(1) });
		expect(attempts.current('a')).toBe(1);
		expect(attempts.current('b')).toBe(2);
		expect(attempts.current('a')).toBe(1);
	});

	test('draws a new order on a new attempt and keeps it after a reload', () => {
		const storage = new FakeStorage();
		const counts = [3, 3, 4, 4];
		const attempts = createQuizAttempts({ openStorage: () => storage, newSeed: counter(1) });
		const before = attempts.current('a');
		const after = attempts.renew('a', counts);
		expect(after).not.toBe(before);
		expect(ordersDiffer(before, after, counts)).toBe(true);
		expect(createQuizAttempts({ openStorage: () => storage, newSeed: counter(500) }).current('a')).toBe(after);
	});

	test('draws again when a new seed would show the very same order', () => {
		// With one two-choice question, half of all seeds repeat the order; renew must skip those.
		const attempts = createQuizAttempts({ openStorage: () => new FakeStorage(), newSeed: counter(1) });
		const before = attempts.current('a');
		for (let i = 0; i < 20; i++) {
			const previous = attempts.current('a');
			expect(ordersDiffer(previous, attempts.renew('a', [2]), [2])).toBe(true);
		}
		expect(attempts.current('a')).not.toBe(before);
	});

	test('ignores an unreadable entry and never touches the progress record', () => {
		const storage = new FakeStorage();
		storage.items.set(ATTEMPTS_STORAGE_KEY, 'not json');
		storage.items.set(STORAGE_KEY, '{"version":1,"lessons":{}}');
		const attempts = createQuizAttempts({ openStorage: () => storage, newSeed: counter(7) });
		expect(attempts.current('a')).toBe(7);
		expect(storage.items.get(STORAGE_KEY)).toBe('{"version":1,"lessons":{}}');
		storage.items.set(ATTEMPTS_STORAGE_KEY, '{"a":-1}');
		expect(createQuizAttempts({ openStorage: () => storage, newSeed: counter(8) }).current('a')).toBe(8);
	});

	test('keeps the order for the page when storage is blocked or full', () => {
		const blocked = createQuizAttempts({
			openStorage: () => {
				throw new DOMException('The operation is insecure.', 'SecurityError');
			},
			newSeed: counter(3),
		});
		expect(blocked.current('a')).toBe(3);
		expect(blocked.current('a')).toBe(3);
		const full = new FakeStorage();
		full.failWrites = true;
		const attempts = createQuizAttempts({ openStorage: () => full, newSeed: counter(4) });
		expect(attempts.current('a')).toBe(4);
		expect(attempts.current('a')).toBe(4);
	});
});
