import { type BgnbdFit, bgnbdProbabilityAlive, fitBgnbd } from '../analytics/bgnbd.ts';
import { type ClvCustomers, type ClvOptions, customerLifetimeValue } from '../analytics/customerLifetimeValue.ts';
import { fitGammaGamma, type GammaGammaFit } from '../analytics/gammaGamma.ts';

/** The fitted models and, per customer (in the summary's order), the figures the analyzer and the CLI print. */
export interface ClvModels {
	bgnbd: BgnbdFit;
	gammaGamma: GammaGammaFit;
	pAlive: Float64Array;
	expectedPurchases: Float64Array;
	expectedSpend: Float64Array;
	clv: Float64Array;
}

/**
 * Fits BG/NBD on every customer and Gamma-Gamma on the repeat buyers (x > 0), then computes P(alive), expected
 * purchases over the horizon, expected spend per purchase and CLV. `onProgress` gets a share from 0 to 1 (the
 * BG/NBD search is most of the work; its iteration count is bounded by 5,000). Throws a RangeError when there are
 * fewer than two repeat buyers: Gamma-Gamma cannot be fitted without repeat spend.
 */
export function fitClvModels(
	summary: ClvCustomers,
	options: ClvOptions,
	onProgress?: (share: number) => void,
): ClvModels {
	const bgnbd = fitBgnbd(summary, {
		onProgress: onProgress && ((iteration) => iteration % 50 === 0 && onProgress(Math.min(0.9, iteration / 1500))),
	});
	const repeat: number[] = [];
	for (let i = 0; i < summary.x.length; i++) if ((summary.x[i] as number) > 0) repeat.push(i);
	if (repeat.length < 2) throw new RangeError('Gamma-Gamma needs at least two customers with repeat purchases');
	// fitGammaGamma itself leaves out the customers without repeat purchases.
	const gammaGamma = fitGammaGamma(summary);
	onProgress?.(0.95);
	const n = summary.x.length;
	const pAlive = new Float64Array(n);
	for (let i = 0; i < n; i++)
		pAlive[i] = bgnbdProbabilityAlive(
			bgnbd.params,
			summary.x[i] as number,
			summary.tx[i] as number,
			summary.T[i] as number,
		);
	const value = customerLifetimeValue(summary, { bgnbd: bgnbd.params, gammaGamma: gammaGamma.params }, options);
	onProgress?.(1);
	return {
		bgnbd,
		gammaGamma,
		pAlive,
		expectedPurchases: value.expectedPurchases,
		expectedSpend: value.expectedSpend,
		clv: value.clv,
	};
}
