import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { RFM_SEGMENTS, rfmScores, rfmSegment } from '../../../src/sim/analytics/rfmScores.ts';
import { parseCdnow, summariseCustomers } from '../../../src/sim/analytics/transactionLog.ts';
import { cdnowTitle, hasCdnow, readCdnow } from './cdnowData.ts';

const f64 = (values: number[]) => Float64Array.from(values);

function score(recency: number[], frequency: number[], monetary: number[]) {
	return rfmScores({ recency: f64(recency), frequency: f64(frequency), monetary: f64(monetary) });
}

describe('rfmScores', () => {
	test('scores ten distinct values two per quintile, by [lower, upper) bins', () => {
		const values = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
		const result = score(values, values, values);
		// Cuts 2.8, 4.6, 6.4, 8.2 (hand-computed type 7 quantiles).
		expect(result.cuts.f.map((c) => Number(c.toFixed(10)))).toEqual([2.8, 4.6, 6.4, 8.2]);
		expect([...result.f]).toEqual([1, 1, 2, 2, 3, 3, 4, 4, 5, 5]);
		expect([...result.m]).toEqual([1, 1, 2, 2, 3, 3, 4, 4, 5, 5]);
	});

	test('reverses recency: the most recent buyers score 5', () => {
		const result = score(
			[1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
			[1, 1, 1, 1, 1, 1, 1, 1, 1, 1],
			[1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
		);
		expect([...result.r]).toEqual([5, 5, 4, 4, 3, 3, 2, 2, 1, 1]);
	});

	test('puts a value equal to a cut point in the bin above it (half-open bins)', () => {
		// n = 6: cuts at h = 1, 2, 3, 4 fall exactly on x[1..4].
		const result = score([0, 10, 20, 30, 40, 50], [0, 10, 20, 30, 40, 50], [0, 10, 20, 30, 40, 50]);
		expect(result.cuts.f).toEqual([10, 20, 30, 40]);
		expect([...result.f]).toEqual([1, 2, 3, 4, 5, 5]);
		expect([...result.r]).toEqual([5, 4, 3, 2, 1, 1]);
	});

	test('gives tied customers one score and leaves the bins between equal cut points empty', () => {
		// Six one-time buyers out of ten, like CDNOW's 60%: cuts 1, 1, 1.4, 2.2 (hand-computed).
		const frequency = [1, 1, 1, 1, 1, 1, 2, 2, 3, 5];
		const result = score([5, 5, 5, 5, 5, 5, 5, 5, 5, 5], frequency, frequency);
		expect(result.cuts.f[0]).toBe(1);
		expect(result.cuts.f[1]).toBe(1);
		expect(result.cuts.f[2]).toBeCloseTo(1.4, 12);
		expect(result.cuts.f[3]).toBeCloseTo(2.2, 12);
		expect([...result.f]).toEqual([3, 3, 3, 3, 3, 3, 4, 4, 5, 5]);
		// All-equal recency: every cut is 5, every raw score 5, every reversed score 1.
		expect(new Set(result.r)).toEqual(new Set([1]));
	});

	test('combines the scores as 100R + 10F + M', () => {
		const result = score([1, 9, 5, 3, 7], [2, 1, 5, 4, 3], [10, 50, 30, 40, 20]);
		for (let i = 0; i < 5; i++) {
			expect(result.combined[i]).toBe(
				100 * (result.r[i] as number) + 10 * (result.f[i] as number) + (result.m[i] as number),
			);
		}
		expect(result.combined[0]).toBe(100 * 5 + 10 * 2 + 1);
	});

	test('handles no customers and rejects bad input', () => {
		const empty = score([], [], []);
		expect(empty.r.length).toBe(0);
		expect(empty.cuts.r).toEqual([]);
		expect(() => score([1, 2], [1], [1, 2])).toThrow(/differ in length/);
		expect(() => score([1, Number.NaN], [1, 2], [1, 2])).toThrow(/recency of customer 1 is NaN/);
	});

	const column = fc.array(fc.oneof(fc.integer({ min: 0, max: 6 }), fc.double({ min: 0, max: 1000, noNaN: true })), {
		minLength: 1,
		maxLength: 80,
	});
	const columns = fc
		.tuple(fc.integer({ min: 1, max: 80 }), column, column, column)
		.map(([n, r, f, m]) => ({ recency: cycle(r, n), frequency: cycle(f, n), monetary: cycle(m, n) }));
	function cycle(values: number[], n: number): Float64Array {
		return Float64Array.from({ length: n }, (_, i) => values[i % values.length] as number);
	}

	test('property: every score is in 1..5 and combined decodes to the three scores', () => {
		fc.assert(
			fc.property(columns, (input) => {
				const result = rfmScores(input);
				for (const scores of [result.r, result.f, result.m])
					for (const s of scores) expect(s >= 1 && s <= 5).toBe(true);
				for (let i = 0; i < result.combined.length; i++) {
					const c = result.combined[i] as number;
					expect([Math.floor(c / 100), Math.floor(c / 10) % 10, c % 10]).toEqual([
						result.r[i],
						result.f[i],
						result.m[i],
					]);
				}
			}),
		);
	});

	test('property: monotone — a strictly larger value never scores lower (recency: never higher)', () => {
		fc.assert(
			fc.property(columns, (input) => {
				const result = rfmScores(input);
				const n = input.recency.length;
				const broken: string[] = [];
				const value = (column: Float64Array, i: number) => column[i] as number;
				for (let i = 0; i < n; i++) {
					for (let j = 0; j < n; j++) {
						const fi = result.f[i] as number;
						const fj = result.f[j] as number;
						if (value(input.frequency, i) > value(input.frequency, j) && fi < fj) broken.push(`F ${i} < ${j}`);
						if (value(input.frequency, i) === value(input.frequency, j) && fi !== fj) broken.push(`F tie ${i} ${j}`);
						if (
							value(input.monetary, i) > value(input.monetary, j) &&
							(result.m[i] as number) < (result.m[j] as number)
						) {
							broken.push(`M ${i} < ${j}`);
						}
						if (
							value(input.recency, i) > value(input.recency, j) &&
							(result.r[i] as number) > (result.r[j] as number)
						) {
							broken.push(`R ${i} > ${j}`);
						}
					}
				}
				expect(broken).toEqual([]);
			}),
		);
	});

	test('property: permuting the customers permutes the scores and keeps the cuts', () => {
		fc.assert(
			fc.property(
				columns.chain((input) =>
					fc.tuple(
						fc.constant(input),
						fc.shuffledSubarray([...Array(input.recency.length).keys()], { minLength: input.recency.length }),
					),
				),
				([input, order]) => {
					const pick = (a: Float64Array) => Float64Array.from(order, (i) => a[i] as number);
					const base = rfmScores(input);
					const permuted = rfmScores({
						recency: pick(input.recency),
						frequency: pick(input.frequency),
						monetary: pick(input.monetary),
					});
					expect(permuted.cuts).toEqual(base.cuts);
					expect([...permuted.combined]).toEqual(order.map((i) => base.combined[i]));
				},
			),
		);
	});
});

describe('rfmSegment', () => {
	test('follows the documented grid', () => {
		expect(rfmSegment(5, 5, 5)).toBe('champions');
		expect(rfmSegment(5, 4, 3)).toBe('champions'); // FM = round(3.5) = 4
		expect(rfmSegment(4, 5, 4)).toBe('loyal');
		expect(rfmSegment(3, 4, 4)).toBe('loyal');
		expect(rfmSegment(5, 1, 1)).toBe('new-customers');
		expect(rfmSegment(4, 1, 1)).toBe('promising');
		expect(rfmSegment(4, 2, 3)).toBe('potential-loyalists');
		expect(rfmSegment(3, 3, 3)).toBe('need-attention');
		expect(rfmSegment(3, 1, 2)).toBe('about-to-sleep');
		expect(rfmSegment(2, 4, 3)).toBe('at-risk');
		expect(rfmSegment(1, 5, 5)).toBe('cannot-lose');
		expect(rfmSegment(2, 2, 1)).toBe('hibernating');
		expect(rfmSegment(1, 1, 1)).toBe('lost');
	});

	test('names every one of the 125 score combinations, and every segment is used', () => {
		const used = new Set<string>();
		for (let r = 1; r <= 5; r++)
			for (let f = 1; f <= 5; f++) for (let m = 1; m <= 5; m++) used.add(rfmSegment(r, f, m));
		expect([...used].sort()).toEqual([...RFM_SEGMENTS].sort());
	});

	test('never ranks a more recent customer into a worse-recency group for the same F and M', () => {
		const lapsed = new Set(['lost', 'hibernating', 'at-risk', 'cannot-lose']);
		for (let f = 1; f <= 5; f++)
			for (let m = 1; m <= 5; m++) for (let r = 3; r <= 5; r++) expect(lapsed.has(rfmSegment(r, f, m))).toBe(false);
	});

	test('rejects scores that are not whole numbers from 1 to 5', () => {
		expect(() => rfmSegment(0, 3, 3)).toThrow(/R must be/);
		expect(() => rfmSegment(3, 6, 3)).toThrow(/F must be/);
		expect(() => rfmSegment(3, 3, 2.5)).toThrow(/M must be/);
	});
});

describe.skipIf(!hasCdnow('CDNOW_master.txt'))(
	cdnowTitle('rfmScores on CDNOW (heavy ties)', 'CDNOW_master.txt'),
	() => {
		test('behaves as the file comment documents: one-time buyers share F = 3, F 1 and 2 are empty', () => {
			const { log } = parseCdnow(readCdnow('CDNOW_master.txt'));
			const summary = summariseCustomers(log, { calibrationEnd: '1997-09-30' });
			const result = rfmScores(summary);
			const n = summary.frequency.length;
			const count = (scores: Uint8Array, s: number) => scores.filter((v) => v === s).length;
			const oneTime = summary.frequency.filter((v) => v === 1).length;
			expect(oneTime / n).toBeCloseTo(0.599, 3);
			expect(result.cuts.f).toEqual([1, 1, 2, 3]);
			expect(count(result.f, 1) + count(result.f, 2)).toBe(0);
			expect(count(result.f, 3)).toBe(oneTime);
			for (let i = 0; i < n; i++) if (summary.frequency[i] === 1) expect(result.f[i]).toBe(3);
			// Recency and monetary are barely tied: each score holds roughly a fifth of the customers.
			for (const scores of [result.r, result.m])
				for (let s = 1; s <= 5; s++) expect(Math.abs(count(scores, s) / n - 0.2)).toBeLessThan(0.02);
		});
	},
);
