import { type CalibrationVsHoldout, calibrationVsHoldout } from '../analytics/calibrationVsHoldout.ts';
import type { ClvOptions } from '../analytics/customerLifetimeValue.ts';
import { isoDayNumber } from '../analytics/dayNumber.ts';
import { purchaseCountProbabilities } from '../analytics/purchaseCountProbabilities.ts';
import type { PurchaseModelChoice } from '../analytics/purchaseModel.ts';
import { type RepeatTransactionTracking, repeatTransactionTracking } from '../analytics/repeatTransactionTracking.ts';
import { type CustomerSummary, summariseCustomers, type TransactionLog } from '../analytics/transactionLog.ts';
import { clvModelDiagnostics, type ModelDiagnostics, type ModelDiagnosticsOptions } from './clvModelDiagnostics.ts';
import { type ClvModels, fitClvModels, type ModelOptions } from './fitClvModels.ts';

/** What clvDiagnostics needs: the split by date, the model choice and the CLV assumptions. */
export interface ClvDiagnosticsOptions
	extends ClvOptions,
		Pick<ModelOptions, 'maxIterations'>,
		Omit<ModelDiagnosticsOptions, 'nonPositiveTransactions'> {
	/** Last day of the calibration period, `YYYY-MM-DD`: the models are fitted on purchases up to it. */
	calibrationEnd: string;
	/** Last day of the holdout period; without it there is no holdout check, only the calibration tracking. */
	holdoutEnd?: string;
	/** Default `bgnbd`; MBG/NBD is fitted in any case, for the likelihood comparison. */
	model?: PurchaseModelChoice;
	/** Calibration frequencies from which customers share the last group of the holdout table. Default 7. */
	censor?: number;
	/** A customer whose own P(n purchases) to add. */
	customerId?: string;
}

/** Every figure of the CLV diagnostics, each from one function of src/sim/analytics. */
export interface ClvDiagnostics extends ModelDiagnostics {
	calibrationEnd: string;
	holdoutEnd?: string;
	/** Calibration-period summary (with the holdout counts when a holdout end was given). */
	summary: CustomerSummary;
	models: ClvModels;
	/** Present with a holdout period. */
	calibrationVsHoldout?: CalibrationVsHoldout;
	tracking: RepeatTransactionTracking;
	customerPurchaseCounts?: { id: string; probabilities: Float64Array };
}

/**
 * Returns the CLV diagnostics of a transaction log split by date: both purchase models and Gamma-Gamma fitted on
 * the calibration period, per-customer CLV from the chosen model, the calibration-vs-holdout table and the tracking
 * figure (FHL 2005 Figures 4 and 2), the frequency × recency heat maps, P(n purchases) for the cohort (and one
 * customer) and the warnings. Throws a RangeError for bad dates, an unknown customer, or fewer than two repeat buyers.
 */
export function clvDiagnostics(log: TransactionLog, options: ClvDiagnosticsOptions): ClvDiagnostics {
	const calibrationEndDay = isoDayNumber(options.calibrationEnd);
	if (calibrationEndDay === undefined)
		throw new RangeError(`calibration end "${options.calibrationEnd}" is not a date`);
	const holdoutEndDay = options.holdoutEnd === undefined ? calibrationEndDay : isoDayNumber(options.holdoutEnd);
	if (holdoutEndDay === undefined) throw new RangeError(`holdout end "${options.holdoutEnd}" is not a date`);
	const withHoldout = holdoutEndDay > calibrationEndDay;
	const summary = summariseCustomers(log, {
		calibrationEnd: options.calibrationEnd,
		...(withHoldout ? { holdoutEnd: options.holdoutEnd } : {}),
	});
	if (summary.customerIds.length === 0) throw new RangeError('no customer bought before the calibration end');
	const models = fitClvModels(summary, { ...options, compareModels: true });
	const model = models.purchase.model;
	let nonPositiveTransactions = 0;
	for (let t = 0; t < log.amount.length; t++) if (!((log.amount[t] as number) > 0)) nonPositiveTransactions++;
	const result: ClvDiagnostics = {
		calibrationEnd: options.calibrationEnd,
		summary,
		models,
		tracking: repeatTransactionTracking(log, summary, model, calibrationEndDay, holdoutEndDay),
		...clvModelDiagnostics(summary, models, { ...options, nonPositiveTransactions }),
	};
	if (withHoldout) {
		result.holdoutEnd = options.holdoutEnd as string;
		result.calibrationVsHoldout = calibrationVsHoldout(summary, model, options.censor ?? 7);
	}
	if (options.customerId !== undefined) {
		const i = summary.customerIds.indexOf(options.customerId);
		if (i < 0) throw new RangeError(`customer "${options.customerId}" did not buy in the calibration period`);
		result.customerPurchaseCounts = {
			id: options.customerId,
			probabilities: purchaseCountProbabilities(
				model,
				options.horizonWeeks,
				options.maxPurchases ?? 10,
				summary.x[i] as number,
				summary.tx[i] as number,
				summary.T[i] as number,
			),
		};
	}
	return result;
}
