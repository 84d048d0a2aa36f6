import { type BgnbdFit, fitBgnbd } from '../analytics/bgnbd.ts';
import { type ClvCustomers, type ClvOptions, customerLifetimeValue } from '../analytics/customerLifetimeValue.ts';
import { fitGammaGamma, type GammaGammaFit } from '../analytics/gammaGamma.ts';
import { fitMbgnbd } from '../analytics/mbgnbd.ts';
import {
	type PurchaseModelChoice,
	type PurchaseModelSelection,
	probabilityAlive,
	selectPurchaseModel,
} from '../analytics/purchaseModel.ts';

/** The fitted models and, per customer (in the summary's order), the figures the analyzer and the CLI print. */
export interface ClvModels {
	/** BG/NBD, always fitted: the course's model, and the one the published CDNOW figures are for. */
	bgnbd: BgnbdFit;
	/** MBG/NBD, fitted when chosen, when the choice is `auto`, or when asked for the comparison. */
	mbgnbd?: BgnbdFit;
	/** The purchase model the per-customer figures come from. */
	purchase: PurchaseModelSelection;
	gammaGamma: GammaGammaFit;
	pAlive: Float64Array;
	expectedPurchases: Float64Array;
	expectedSpend: Float64Array;
	clv: Float64Array;
}

/** Which purchase model to use (default BG/NBD) and whether to fit MBG/NBD anyway, to compare likelihoods. */
export interface ModelOptions {
	model?: PurchaseModelChoice;
	compareModels?: boolean;
	/** Simplex iterations each fit may take. Default 5,000. */
	maxIterations?: number;
}

/**
 * Fits BG/NBD (and MBG/NBD when needed) on every customer and Gamma-Gamma on the repeat buyers (x > 0), then
 * computes P(alive), expected purchases over the horizon, expected spend per purchase and CLV from the chosen
 * purchase model. `onProgress` gets a share from 0 to 1 (the purchase-model searches are most of the work; their
 * iteration count is bounded by 5,000 each). When Gamma-Gamma's q ≤ 1 the expected spend and CLV are NaN. Throws a RangeError when there are fewer than two repeat buyers:
 * Gamma-Gamma cannot be fitted without repeat spend.
 */
export function fitClvModels(
	summary: ClvCustomers,
	options: ClvOptions & ModelOptions,
	onProgress?: (share: number) => void,
): ClvModels {
	const choice = options.model ?? 'bgnbd';
	const both = choice !== 'bgnbd' || options.compareModels === true;
	const report = (from: number, to: number) =>
		onProgress &&
		((iteration: number) => iteration % 50 === 0 && onProgress(from + (to - from) * Math.min(1, iteration / 1500)));
	const limit = options.maxIterations === undefined ? {} : { maxIterations: options.maxIterations };
	const bgnbd = fitBgnbd(summary, { ...limit, onProgress: report(0, both ? 0.45 : 0.9) });
	const mbgnbd = both ? fitMbgnbd(summary, { ...limit, onProgress: report(0.45, 0.9) }) : undefined;
	const purchase = selectPurchaseModel(choice, mbgnbd ? { bgnbd, mbgnbd } : { bgnbd });
	const repeat: number[] = [];
	for (let i = 0; i < summary.x.length; i++) if ((summary.x[i] as number) > 0) repeat.push(i);
	if (repeat.length < 2) throw new RangeError('Gamma-Gamma needs at least two customers with repeat purchases');
	// fitGammaGamma itself leaves out the customers without repeat purchases.
	const gammaGamma = fitGammaGamma(summary, limit);
	onProgress?.(0.95);
	const n = summary.x.length;
	const pAlive = new Float64Array(n);
	for (let i = 0; i < n; i++)
		pAlive[i] = probabilityAlive(
			purchase.model,
			summary.x[i] as number,
			summary.tx[i] as number,
			summary.T[i] as number,
		);
	// With q ≤ 1 the mean spend is infinite: no spend or CLV figure exists, and the warnings say why (NaN, not a
	// throw). The expected purchases do not depend on spend, so any valid spend parameters give them.
	const value =
		gammaGamma.params.q > 1
			? customerLifetimeValue(summary, { purchase: purchase.model, gammaGamma: gammaGamma.params }, options)
			: {
					...customerLifetimeValue(summary, { purchase: purchase.model, gammaGamma: { p: 1, q: 2, v: 1 } }, options),
					expectedSpend: new Float64Array(n).fill(Number.NaN),
					clv: new Float64Array(n).fill(Number.NaN),
				};
	onProgress?.(1);
	const models: ClvModels = {
		bgnbd,
		purchase,
		gammaGamma,
		pAlive,
		expectedPurchases: value.expectedPurchases,
		expectedSpend: value.expectedSpend,
		clv: value.clv,
	};
	if (mbgnbd) models.mbgnbd = mbgnbd;
	return models;
}
