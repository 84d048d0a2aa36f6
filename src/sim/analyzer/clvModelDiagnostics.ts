import { type ClvWarning, clvWarnings } from '../analytics/clvWarnings.ts';
import type { ClvCustomers } from '../analytics/customerLifetimeValue.ts';
import { type FrequencyRecencyMatrix, frequencyRecencyMatrix } from '../analytics/frequencyRecencyMatrix.ts';
import { frequencySpendCorrelation } from '../analytics/frequencySpendCorrelation.ts';
import { cohortPurchaseCountProbabilities } from '../analytics/purchaseCountProbabilities.ts';
import type { ClvModels } from './fitClvModels.ts';

/** What clvModelDiagnostics needs besides the fitted models. */
export interface ModelDiagnosticsOptions {
	horizonWeeks: number;
	annualDiscountRate: number;
	/** Purchases counted one by one in P(n purchases); the last slot holds "this many or more". Default 10. */
	maxPurchases?: number;
	/** Rows of the heat maps: x = 0 … maxFrequency. Default 20. */
	maxFrequency?: number;
	/** Transactions of the log with an amount ≤ 0, when the caller has the log (the analyzer page has only the summary). */
	nonPositiveTransactions?: number;
}

/** The diagnostics that need only the calibration summary and the fitted models. */
export interface ModelDiagnostics {
	/** For customers of the cohort's oldest age, over the CLV horizon. */
	heatMaps: FrequencyRecencyMatrix;
	/** The cohort's P(n purchases in the next horizonWeeks), n = 0 … maxPurchases − 1, then ≥ maxPurchases. */
	cohortPurchaseCounts: Float64Array;
	/** Correlation of x and zbar over the repeat buyers: Gamma-Gamma assumes none. */
	frequencySpendCorrelation: number;
	warnings: ClvWarning[];
}

/**
 * Returns the heat maps, the cohort's P(n purchases), the frequency–spend correlation and the warnings of a fit made
 * by fitClvModels on `summary`: what the analyzer page shows and `clvDiagnostics` adds the holdout figures to.
 */
export function clvModelDiagnostics(
	summary: ClvCustomers,
	models: ClvModels,
	options: ModelDiagnosticsOptions,
): ModelDiagnostics {
	const model = models.purchase.model;
	const n = summary.x.length;
	let maxT = 0;
	let meanT = 0;
	let repeatBuyers = 0;
	for (let i = 0; i < n; i++) {
		maxT = Math.max(maxT, summary.T[i] as number);
		meanT += (summary.T[i] as number) / n;
		if ((summary.x[i] as number) > 0) repeatBuyers++;
	}
	let meanZbar = 0;
	const spendBuyers = models.gammaGamma.customers;
	for (let i = 0; i < n; i++) {
		const zbar = summary.zbar[i] as number;
		if ((summary.x[i] as number) > 0 && zbar > 0) meanZbar += zbar / spendBuyers;
	}
	const correlation = frequencySpendCorrelation(summary.x, summary.zbar);
	const other = model.kind === 'bgnbd' ? 'mbgnbd' : 'bgnbd';
	const otherFit = other === 'bgnbd' ? models.bgnbd : models.mbgnbd;
	const warnings = clvWarnings({
		purchase: { kind: model.kind, fit: models.purchase.fit },
		...(otherFit ? { alternative: { kind: other, fit: otherFit } } : {}),
		spend: models.gammaGamma,
		customers: n,
		repeatBuyers,
		meanT,
		meanZbar,
		correlation,
		nonPositiveTransactions: options.nonPositiveTransactions ?? 0,
		zeroSpendRepeatBuyers: models.gammaGamma.excludedZeroSpend,
		annualDiscountRate: options.annualDiscountRate,
	});
	return {
		heatMaps: frequencyRecencyMatrix(model, maxT, options.horizonWeeks, options.maxFrequency ?? 20),
		cohortPurchaseCounts: cohortPurchaseCountProbabilities(
			model,
			options.horizonWeeks,
			options.maxPurchases ?? 10,
			summary,
		),
		frequencySpendCorrelation: correlation,
		warnings,
	};
}
