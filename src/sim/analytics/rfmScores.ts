/**
 * RFM scoring exactly as MODEL-NOTES §2 prescribes, and the named segments built on the scores.
 *
 * Inputs, one entry per customer (summariseCustomers provides them): recency = days from the last purchase to the
 * analysis date (lower is better); frequency = number of purchases (distinct purchase days); monetary = TOTAL spend
 * in the period (not the mean per purchase).
 *
 * The rule. For each of the three values the cut points c1 ≤ c2 ≤ c3 ≤ c4 are its type 7 quantiles at 0.2, 0.4,
 * 0.6 and 0.8 (quantileType7). The bins are half-open, [c_{k−1}, c_k) with c0 = −∞ and c5 = +∞, so a value's raw
 * score is 1 + the number of cut points ≤ the value. F and M keep the raw score; R is reversed (6 − raw), so the
 * most recent buyers score 5. The combined code is 100·R + 10·F + M (555 is best, 111 worst).
 *
 * Heavily tied data. Customers with equal values always get equal scores, and the score depends only on the cut
 * points — it is not a rank. When a value is shared by more than a fifth of the customers, several cut points fall
 * on that same value; the bins between equal cut points are empty, and everyone holding the value lands in the
 * highest bin whose lower edge is that value. So the quintiles are not fifths any more. On CDNOW (all 23,570
 * customers, calibration end 1997-09-30), 59.9% bought on one day only and 18.8% on two: the frequency cut points
 * are 1, 1, 2, 3, the one-time buyers all score F = 3, F = 1 and F = 2 are empty, the two-day buyers score 4 and
 * everyone with three days or more scores 5. Recency and monetary are far less tied, so R and M keep five bins of
 * roughly a fifth each (tested on the data). Read such an F as "position against the cut points", not "quintile
 * rank", and prefer the segment map below, which is built from the score combinations actually present.
 */
import { quantileType7 } from './quantileType7.ts';

/** The three raw values per customer, as summariseCustomers provides them (recency in days, monetary = total). */
export interface RfmInput {
	recency: Float64Array;
	frequency: Float64Array;
	monetary: Float64Array;
}

/** What rfmScores returns: three score columns, their combined code and the cut points behind them. */
export interface RfmScores {
	/** Recency score 1–5, 5 = most recent. */
	r: Uint8Array;
	/** Frequency score 1–5, 5 = most frequent. */
	f: Uint8Array;
	/** Monetary score 1–5, 5 = highest spend. */
	m: Uint8Array;
	/** 100·R + 10·F + M. */
	combined: Uint16Array;
	/** The four cut points (type 7 quantiles at 0.2, 0.4, 0.6, 0.8) of each raw value; empty for no customers. */
	cuts: { r: number[]; f: number[]; m: number[] };
}

const CUT_PROBABILITIES = [0.2, 0.4, 0.6, 0.8];

/**
 * Returns the R, F and M scores (1–5), the combined code and the cut points used, by the rule in this file's
 * comment. O(n log n) for the three sorts, then one pass per value. Throws a RangeError when the three columns
 * differ in length or a value is not a finite number (naming the column and the customer's index).
 */
export function rfmScores(input: RfmInput): RfmScores {
	const n = input.recency.length;
	if (input.frequency.length !== n || input.monetary.length !== n) {
		throw new RangeError('rfmScores: recency, frequency and monetary differ in length');
	}
	const cuts = {
		r: cutPoints(input.recency, 'recency'),
		f: cutPoints(input.frequency, 'frequency'),
		m: cutPoints(input.monetary, 'monetary'),
	};
	const r = scoreColumn(input.recency, cuts.r, true);
	const f = scoreColumn(input.frequency, cuts.f, false);
	const m = scoreColumn(input.monetary, cuts.m, false);
	const combined = new Uint16Array(n);
	for (let i = 0; i < n; i++) combined[i] = 100 * (r[i] as number) + 10 * (f[i] as number) + (m[i] as number);
	return { r, f, m, combined, cuts };
}

function cutPoints(values: Float64Array, name: string): number[] {
	for (let i = 0; i < values.length; i++) {
		if (!Number.isFinite(values[i])) throw new RangeError(`rfmScores: ${name} of customer ${i} is ${values[i]}`);
	}
	if (values.length === 0) return [];
	const sorted = values.slice().sort();
	return CUT_PROBABILITIES.map((p) => quantileType7(sorted, p));
}

/** Raw score = 1 + number of cut points ≤ value ([lower, upper) bins); reversed = 6 − raw. */
function scoreColumn(values: Float64Array, cuts: number[], reversed: boolean): Uint8Array {
	const scores = new Uint8Array(values.length);
	if (values.length === 0) return scores;
	const [c1, c2, c3, c4] = cuts as [number, number, number, number];
	for (let i = 0; i < values.length; i++) {
		const v = values[i] as number;
		const raw = 1 + (v >= c1 ? 1 : 0) + (v >= c2 ? 1 : 0) + (v >= c3 ? 1 : 0) + (v >= c4 ? 1 : 0);
		scores[i] = reversed ? 6 - raw : raw;
	}
	return scores;
}

/** The segment ids rfmSegment returns, best first; UI strings are keyed on them. */
export const RFM_SEGMENTS = [
	'champions',
	'loyal',
	'potential-loyalists',
	'new-customers',
	'promising',
	'need-attention',
	'about-to-sleep',
	'at-risk',
	'cannot-lose',
	'hibernating',
	'lost',
] as const;

/** One of the RFM_SEGMENTS ids. */
export type RfmSegment = (typeof RFM_SEGMENTS)[number];

/**
 * The segment grid: rows R = 5 … 1, columns FM = 1 … 5, where FM = round((F + M) / 2) (halves round up).
 *
 * | R \ FM | 1               | 2                   | 3                   | 4           | 5           |
 * |--------|-----------------|---------------------|---------------------|-------------|-------------|
 * | 5      | new-customers   | potential-loyalists | potential-loyalists | champions   | champions   |
 * | 4      | promising       | potential-loyalists | potential-loyalists | loyal       | loyal       |
 * | 3      | about-to-sleep  | about-to-sleep      | need-attention      | loyal       | loyal       |
 * | 2      | hibernating     | hibernating         | at-risk             | at-risk     | cannot-lose |
 * | 1      | lost            | hibernating         | at-risk             | at-risk     | cannot-lose |
 *
 * It is the widely used eleven-segment RFM map (champions, loyal, potential loyalists, new, promising, need
 * attention, about to sleep, at risk, can't lose, hibernating, lost), whose published R and FM ranges overlap,
 * laid out on the common R × F grid so that every score combination has exactly one segment: recency picks the
 * row because in direct-marketing practice it is the strongest single predictor of a next purchase; F and M are
 * averaged because they move together (a customer who buys often also spends more in total).
 *
 * With heavily tied frequencies some cells cannot occur: on CDNOW no one scores F below 3 (see above), so FM is at
 * least 2 and new-customers, promising and lost stay empty; a recent one-time buyer shows as a potential loyalist.
 */
const GRID: readonly (readonly RfmSegment[])[] = [
	['lost', 'hibernating', 'at-risk', 'at-risk', 'cannot-lose'],
	['hibernating', 'hibernating', 'at-risk', 'at-risk', 'cannot-lose'],
	['about-to-sleep', 'about-to-sleep', 'need-attention', 'loyal', 'loyal'],
	['promising', 'potential-loyalists', 'potential-loyalists', 'loyal', 'loyal'],
	['new-customers', 'potential-loyalists', 'potential-loyalists', 'champions', 'champions'],
];

/**
 * Returns the named segment of an R, F, M score triple by the grid above. Throws a RangeError when a score is not a
 * whole number from 1 to 5.
 */
export function rfmSegment(r: number, f: number, m: number): RfmSegment {
	for (const [name, score] of [
		['R', r],
		['F', f],
		['M', m],
	] as const) {
		if (!(Number.isInteger(score) && score >= 1 && score <= 5)) {
			throw new RangeError(`rfmSegment: ${name} must be a whole number from 1 to 5, got ${score}`);
		}
	}
	const fm = Math.round((f + m) / 2);
	return (GRID[r - 1] as readonly RfmSegment[])[fm - 1] as RfmSegment;
}
