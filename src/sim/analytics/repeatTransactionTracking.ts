/**
 * The tracking figure of Fader, Hardie & Lee (2005, Figure 2): the cohort's cumulative repeat transactions week by
 * week, observed against what the model predicts, through the calibration period and on into the holdout period.
 */
import { expectedPurchases, type PurchaseModel } from './purchaseModel.ts';
import { type CustomerSummary, groupByCustomer, type TransactionLog } from './transactionLog.ts';

/** Week-by-week cumulative repeat transactions, observed and predicted, in parallel arrays. */
export interface RepeatTransactionTracking {
	/** Day number of the first day of week 1: the cohort's first first-purchase day. */
	startDay: number;
	/** Weeks 1, 2, …; week k ends on day startDay + 7k − 1 (the last week may be cut short by endDay). */
	week: Int32Array;
	/** Weeks from startDay to the end of the calibration period (the figure's vertical line; 39 on CDNOW). */
	calibrationWeeks: number;
	actual: Float64Array;
	predicted: Float64Array;
}

/**
 * Returns the tracking figure for the customers of `summary` (those acquired in the calibration period), from
 * their first purchase day up to `endDay` (a day number, inclusive; usually the holdout end).
 *
 * Observed: repeat purchases (distinct purchase days after the first, as the summary counts them) falling on or
 * before the end of each week. Predicted: Σ_i E[X(t_ik)] with t_ik the weeks from customer i's first purchase to
 * the end of week k — the unconditional expectation, since the figure asks whether the model fitted on the
 * calibration period tracks the whole cohort forward. Customers are grouped by first purchase day, so the work is
 * weeks × distinct first days, not weeks × customers.
 */
export function repeatTransactionTracking(
	log: TransactionLog,
	summary: CustomerSummary,
	model: PurchaseModel,
	calibrationEndDay: number,
	endDay: number,
): RepeatTransactionTracking {
	const n = summary.customerIds.length;
	if (n === 0) throw new RangeError('tracking: no customers');
	let startDay = summary.firstPurchaseDay[0] as number;
	for (let i = 1; i < n; i++) startDay = Math.min(startDay, summary.firstPurchaseDay[i] as number);
	if (endDay < startDay) throw new RangeError('tracking: the end day is before the first purchase');
	const weeks = Math.ceil((endDay - startDay + 1) / 7);

	// Observed: new repeat-purchase days per week, then a running sum.
	const row = new Map<string, number>();
	for (let i = 0; i < n; i++) row.set(summary.customerIds[i] as string, i);
	const perWeek = new Float64Array(weeks);
	const order = groupByCustomer(log);
	for (let c = 0; c < log.customerIds.length; c++) {
		if (!row.has(log.customerIds[c] as string)) continue;
		const from = order.start[c] as number;
		const to = order.start[c + 1] as number;
		let last = log.day[order.index[from] as number] as number;
		for (let j = from + 1; j < to; j++) {
			const d = log.day[order.index[j] as number] as number;
			if (d === last) continue;
			last = d;
			if (d > endDay) break;
			const k = Math.floor((d - startDay) / 7);
			perWeek[k] = (perWeek[k] as number) + 1;
		}
	}
	const actual = new Float64Array(weeks);
	let running = 0;
	for (let k = 0; k < weeks; k++) {
		running += perWeek[k] as number;
		actual[k] = running;
	}

	// Predicted: customers per first purchase day, each day's E[X(t)] at each week's end.
	const perFirstDay = new Map<number, number>();
	for (let i = 0; i < n; i++) {
		const f = summary.firstPurchaseDay[i] as number;
		perFirstDay.set(f, (perFirstDay.get(f) ?? 0) + 1);
	}
	const predicted = new Float64Array(weeks);
	for (const [first, count] of perFirstDay) {
		for (let k = 0; k < weeks; k++) {
			const weekEnd = Math.min(startDay + 7 * (k + 1) - 1, endDay);
			if (weekEnd <= first) continue;
			predicted[k] = (predicted[k] as number) + count * expectedPurchases(model, (weekEnd - first) / 7);
		}
	}
	return {
		startDay,
		week: Int32Array.from({ length: weeks }, (_, k) => k + 1),
		calibrationWeeks: (calibrationEndDay - startDay + 1) / 7,
		actual,
		predicted,
	};
}
