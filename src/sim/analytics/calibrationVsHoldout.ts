/**
 * The calibration-vs-holdout check of Fader, Hardie & Lee (2005, Figure 4): customers grouped by their number of
 * repeat purchases in the calibration period, and per group the mean number of purchases they made in the holdout
 * period against the mean the model predicted from their calibration history alone.
 */
import { conditionalExpectedPurchases, type PurchaseModel } from './purchaseModel.ts';
import type { CustomerSummary } from './transactionLog.ts';

/** The figure's data: one entry per group x = 0 … censor − 1, then x ≥ censor, in parallel arrays. */
export interface CalibrationVsHoldout {
	/** Holdout length in the summary's time unit (weeks). */
	holdoutWeeks: number;
	/** Lower end of each group: x = 0, 1, …, censor (the last group is "censor or more"). */
	frequency: Int32Array;
	customers: Int32Array;
	/** Mean holdout purchases per customer of the group, as observed. */
	actual: Float64Array;
	/** Mean of E[Y(holdoutWeeks) | x, t_x, T] over the group. */
	predicted: Float64Array;
	/** Holdout purchases of all customers, observed and predicted. */
	totalActual: number;
	totalPredicted: number;
}

/**
 * Returns the calibration-vs-holdout table of a summary made with a holdout period (summariseCustomers with
 * `holdoutEnd`). The default censor of 7 makes the 0 … 7+ groups of the paper. Throws a RangeError when the summary
 * has no holdout period. Empty groups have NaN means.
 */
export function calibrationVsHoldout(summary: CustomerSummary, model: PurchaseModel, censor = 7): CalibrationVsHoldout {
	const holdout = summary.holdout;
	if (!holdout || !(holdout.weeks > 0))
		throw new RangeError('calibration vs holdout: the summary has no holdout period (give a holdout end date)');
	if (!(Number.isInteger(censor) && censor >= 1))
		throw new RangeError(`censor must be a whole number ≥ 1, got ${censor}`);
	const groups = censor + 1;
	const customers = new Int32Array(groups);
	const actualSum = new Float64Array(groups);
	const predictedSum = new Float64Array(groups);
	// Customers with the same history have the same prediction; CDNOW's 2,357 make about 1,400 histories.
	const cache = new Map<string, number>();
	const n = summary.x.length;
	let totalActual = 0;
	let totalPredicted = 0;
	for (let i = 0; i < n; i++) {
		const x = summary.x[i] as number;
		const tx = summary.tx[i] as number;
		const T = summary.T[i] as number;
		const key = `${x} ${tx} ${T}`;
		let predicted = cache.get(key);
		if (predicted === undefined) {
			predicted = conditionalExpectedPurchases(model, holdout.weeks, x, tx, T);
			cache.set(key, predicted);
		}
		const g = Math.min(x, censor);
		const actual = holdout.purchases[i] as number;
		customers[g] = (customers[g] as number) + 1;
		actualSum[g] = (actualSum[g] as number) + actual;
		predictedSum[g] = (predictedSum[g] as number) + predicted;
		totalActual += actual;
		totalPredicted += predicted;
	}
	return {
		holdoutWeeks: holdout.weeks,
		frequency: Int32Array.from({ length: groups }, (_, g) => g),
		customers,
		actual: actualSum.map((sum, g) => sum / (customers[g] as number)),
		predicted: predictedSum.map((sum, g) => sum / (customers[g] as number)),
		totalActual,
		totalPredicted,
	};
}
