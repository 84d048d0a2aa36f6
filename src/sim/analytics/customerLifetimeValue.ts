/**
 * Customer lifetime value, two ways: the textbook retention formula used throughout the course and the
 * simulation (MODEL-NOTES §2), and a per-customer CLV from the fitted BG/NBD and Gamma-Gamma models.
 */
import type { BgnbdParams } from './bgnbd.ts';
import { type GammaGammaParams, gammaGammaExpectedSpend } from './gammaGamma.ts';
import { conditionalExpectedPurchases, type PurchaseModel } from './purchaseModel.ts';

/**
 * Returns CLV = m · r / (1 + d − r): the present value of a margin m per period, received at the end of each period
 * the customer is still there, with retention r per period and discount rate d per period. It is the geometric
 * series Σ_{t≥1} m · r^t / (1 + d)^t summed in closed form (Gupta & Lehmann 2003, J. Interactive Marketing 17(1)).
 * Throws a RangeError for r outside [0, 1], d ≤ −1, or r = 1 with d = 0 (an infinite value).
 */
export function simpleClv(margin: number, retention: number, discountRate: number): number {
	if (!(retention >= 0 && retention <= 1))
		throw new RangeError(`simpleClv: retention must be in [0, 1], got ${retention}`);
	if (!(discountRate > -1)) throw new RangeError(`simpleClv: the discount rate must be > −1, got ${discountRate}`);
	const denominator = 1 + discountRate - retention;
	if (!(denominator > 0)) throw new RangeError('simpleClv: with retention 1 and no discounting the value is infinite');
	return (margin * retention) / denominator;
}

/** Per customer: the BG/NBD history (x, t_x, T in weeks) and the mean repeat spend zbar, e.g. a CustomerSummary. */
export interface ClvCustomers {
	x: ArrayLike<number>;
	tx: ArrayLike<number>;
	T: ArrayLike<number>;
	zbar: ArrayLike<number>;
}

/** The business assumptions of customerLifetimeValue: margin, horizon, discounting. */
export interface ClvOptions {
	/** Gross margin as a share of spend (0.3 for 30%). */
	marginRate: number;
	/** How far ahead to look, in weeks. */
	horizonWeeks: number;
	/** Annual discount rate (0.1 for 10%). */
	annualDiscountRate: number;
	/** Length of a discounting step in weeks. Default 1: weekly cash flows, as the CDNOW data are in weeks. */
	stepWeeks?: number;
}

/** What customerLifetimeValue returns per customer: the CLV and the three factors it is the product of. */
export interface ClvResult {
	/** Margin-based CLV over the horizon, in money units of the spend data. */
	clv: Float64Array;
	/** Expected purchases over the horizon, undiscounted: E[Y(horizon) | x, t_x, T]. */
	expectedPurchases: Float64Array;
	/** Discounted expected purchases (DET): each step's expected purchases times that step's discount factor. */
	discountedPurchases: Float64Array;
	/** Expected spend per future purchase, Gamma-Gamma's E(M | x, zbar). */
	expectedSpend: Float64Array;
}

const WEEKS_PER_YEAR = 365.25 / 7;

/**
 * Returns each customer's CLV over a finite horizon from the two fitted models:
 *
 *   CLV = marginRate · E(M | x, zbar) · Σ_k [E[Y(τ_k)] − E[Y(τ_{k−1})]] · (1 + annualDiscountRate)^(−τ_k / 52.18)
 *
 * with τ_k = min(k · stepWeeks, horizonWeeks), τ_0 = 0, and E[Y(τ)] = E[Y(τ) | x, t_x, T] of BG/NBD (FHL 2005
 * eq. 10; or MBG/NBD's, when `models.purchase` says so). The sum is the discounted expected number of transactions: the expected purchases falling in each step,
 * valued at the step's end. Spend per purchase and the purchase process are independent in Gamma-Gamma, so their
 * expectations multiply (FHL 2005, JMR "RFM and CLV"), which makes
 * CLV = margin × expected spend × discounted expected purchases. The paper itself discounts continuously over an
 * unlimited horizon; a finite horizon in steps is easier to explain in class and converges to it as the horizon
 * grows and the step shrinks. Customers without repeat purchases get the population mean spend, as Gamma-Gamma
 * implies for x = 0.
 */
export function customerLifetimeValue(
	customers: ClvCustomers,
	models: ({ bgnbd: BgnbdParams } | { purchase: PurchaseModel }) & { gammaGamma: GammaGammaParams },
	options: ClvOptions,
): ClvResult {
	const purchase: PurchaseModel = 'purchase' in models ? models.purchase : { kind: 'bgnbd', params: models.bgnbd };
	const { marginRate, horizonWeeks, annualDiscountRate } = options;
	const stepWeeks = options.stepWeeks ?? 1;
	if (!(horizonWeeks >= 0 && Number.isFinite(horizonWeeks))) throw new RangeError(`CLV: bad horizon ${horizonWeeks}`);
	if (!(stepWeeks > 0)) throw new RangeError(`CLV: the step must be > 0 weeks, got ${stepWeeks}`);
	if (!(annualDiscountRate > -1))
		throw new RangeError(`CLV: the discount rate must be > −1, got ${annualDiscountRate}`);
	const n = customers.x.length;
	if (customers.tx.length !== n || customers.T.length !== n || customers.zbar.length !== n) {
		throw new RangeError('CLV: x, tx, T and zbar differ in length');
	}
	const steps = Math.ceil(horizonWeeks / stepWeeks);
	const ends = new Float64Array(steps);
	const factors = new Float64Array(steps);
	const logDiscount = Math.log1p(annualDiscountRate);
	for (let k = 0; k < steps; k++) {
		const end = Math.min((k + 1) * stepWeeks, horizonWeeks);
		ends[k] = end;
		factors[k] = Math.exp((-logDiscount * end) / WEEKS_PER_YEAR);
	}
	const clv = new Float64Array(n);
	const expectedPurchases = new Float64Array(n);
	const discountedPurchases = new Float64Array(n);
	const expectedSpend = new Float64Array(n);
	for (let i = 0; i < n; i++) {
		const x = customers.x[i] as number;
		const tx = customers.tx[i] as number;
		const T = customers.T[i] as number;
		let previous = 0;
		let discounted = 0;
		for (let k = 0; k < steps; k++) {
			const cumulative = conditionalExpectedPurchases(purchase, ends[k] as number, x, tx, T);
			discounted += (cumulative - previous) * (factors[k] as number);
			previous = cumulative;
		}
		const spend = gammaGammaExpectedSpend(models.gammaGamma, x, customers.zbar[i] as number);
		expectedPurchases[i] = previous;
		discountedPurchases[i] = discounted;
		expectedSpend[i] = spend;
		clv[i] = marginRate * spend * discounted;
	}
	return { clv, expectedPurchases, discountedPurchases, expectedSpend };
}
