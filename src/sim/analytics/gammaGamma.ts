/**
 * The Gamma-Gamma model of spend per transaction, from Fader, Hardie & Lee (2005), "RFM and CLV: Using Iso-Value
 * Curves for Customer Base Analysis", Journal of Marketing Research 42(4):415–430, as set out step by step in
 * Fader & Hardie (2013), "The Gamma-Gamma Model of Monetary Value" (brucehardie.com note 025).
 *
 * A customer's spends are independent Gamma(p, ν) draws, so their mean zbar over x transactions is Gamma(px, νx);
 * across customers ν ~ Gamma(q, v). Spend is assumed independent of the purchase process, so the model combines
 * with BG/NBD for CLV. It is fitted on repeat buyers only — zbar is the mean of the x repeat purchases, the first
 * (acquisition) purchase left out, as in the paper.
 *
 * Published check (tested): on the 946 repeat buyers of the CDNOW 1/10 sample, p = 6.25, q = 3.74, v = 15.44.
 */
import { logGamma } from './logGamma.ts';
import { maximiseLikelihood } from './maximiseLikelihood.ts';

/** The three population parameters of Gamma-Gamma; fitGammaGamma returns them, gammaGammaExpectedSpend takes them. */
export interface GammaGammaParams {
	/** Shape of each customer's spend distribution. */
	p: number;
	/** Shape of the Gamma distribution of the customers' scale ν. */
	q: number;
	/** Scale of the Gamma distribution of ν (γ in the paper; in money units). */
	v: number;
}

/** Per customer: repeat purchases x and their mean spend zbar; customers with x = 0 are ignored. */
export interface GammaGammaData {
	x: ArrayLike<number>;
	zbar: ArrayLike<number>;
}

/** The repeat buyers a fit can use, and how many repeat buyers had to be left out. */
interface RepeatBuyers {
	x: Float64Array;
	zbar: Float64Array;
	/** Repeat buyers whose repeat purchases were all free (zbar = 0): the model needs positive spend. */
	zeroSpend: number;
}

function repeatBuyers(data: GammaGammaData): RepeatBuyers {
	const n = data.x.length;
	if (data.zbar.length !== n) throw new RangeError('Gamma-Gamma: x and zbar differ in length');
	const x: number[] = [];
	const zbar: number[] = [];
	let zeroSpend = 0;
	for (let i = 0; i < n; i++) {
		const count = data.x[i] as number;
		const spend = data.zbar[i] as number;
		if (!(count >= 0 && Number.isFinite(count))) throw new RangeError(`Gamma-Gamma: customer ${i} has x = ${count}`);
		if (!(spend >= 0 && Number.isFinite(spend))) throw new RangeError(`Gamma-Gamma: customer ${i} has zbar = ${spend}`);
		if (count === 0) continue;
		if (spend === 0) {
			zeroSpend++;
			continue;
		}
		x.push(count);
		zbar.push(spend);
	}
	return { x: Float64Array.from(x), zbar: Float64Array.from(zbar), zeroSpend };
}

/**
 * Returns a function (p, q, v) ↦ the log-likelihood of the repeat buyers' mean spends. Each buyer contributes the
 * log of the marginal density of zbar given x (FHL 2005, JMR, the spend sub-model; note 025),
 *   f(zbar | p, q, v, x) = Γ(px + q) / (Γ(px) Γ(q)) · v^q zbar^(px−1) x^(px) / (v + x·zbar)^(px+q).
 * The log-gamma terms depend on the data only through x, so they are computed once per distinct x per evaluation;
 * ln zbar is computed once for all evaluations.
 */
function logLikelihoodEvaluator(buyers: RepeatBuyers): (p: number, q: number, v: number) => number {
	const n = buyers.x.length;
	const slotOf = new Map<number, number>();
	const distinctX: number[] = [];
	const slot = new Int32Array(n);
	const logZbar = new Float64Array(n);
	for (let i = 0; i < n; i++) {
		const x = buyers.x[i] as number;
		let s = slotOf.get(x);
		if (s === undefined) {
			s = distinctX.length;
			slotOf.set(x, s);
			distinctX.push(x);
		}
		slot[i] = s;
		logZbar[i] = Math.log(buyers.zbar[i] as number);
	}
	const xs = Float64Array.from(distinctX);
	const logX = xs.map(Math.log);
	const constant = new Float64Array(xs.length);
	return (p, q, v) => {
		if (!(p > 0 && q > 0 && v > 0)) return Number.NaN;
		const common = q * Math.log(v) - logGamma(q);
		for (let s = 0; s < xs.length; s++) {
			const px = p * (xs[s] as number);
			constant[s] = logGamma(px + q) - logGamma(px) + px * (logX[s] as number) + common;
		}
		let ll = 0;
		for (let i = 0; i < n; i++) {
			const s = slot[i] as number;
			const x = xs[s] as number;
			const px = p * x;
			ll +=
				(constant[s] as number) +
				(px - 1) * (logZbar[i] as number) -
				(px + q) * Math.log(v + x * (buyers.zbar[i] as number));
		}
		return ll;
	};
}

/** Returns the Gamma-Gamma log-likelihood of the repeat buyers (x > 0, zbar > 0) in `data` at `params`. */
export function gammaGammaLogLikelihood(params: GammaGammaParams, data: GammaGammaData): number {
	return logLikelihoodEvaluator(repeatBuyers(data))(params.p, params.q, params.v);
}

/** Options of fitGammaGamma; all optional. */
export interface GammaGammaFitOptions {
	/** Starting values. Default p = 1, q = 2 and v = the mean zbar (a prior mean spend equal to the sample's). */
	start?: GammaGammaParams;
	maxIterations?: number;
	/** Called after every iteration with the running iteration count and the best log-likelihood so far. */
	onProgress?: (iteration: number, logLikelihood: number) => void;
}

/** What fitGammaGamma returns: the estimates, the maximised log-likelihood, who entered and how the search went. */
export interface GammaGammaFit {
	params: GammaGammaParams;
	logLikelihood: number;
	/** Repeat buyers used. */
	customers: number;
	/** Repeat buyers left out because all their repeat purchases were free (zbar = 0). */
	excludedZeroSpend: number;
	iterations: number;
	evaluations: number;
	converged: boolean;
}

/**
 * Returns the maximum-likelihood estimates of (p, q, v) from the repeat buyers in `data`, found by maximiseLikelihood like
 * fitBgnbd's. Customers with x = 0 have
 * no repeat spend and do not enter; repeat buyers with zbar = 0 cannot (the density needs zbar > 0) and are counted
 * in `excludedZeroSpend` so the caller can say so. Throws a RangeError when no repeat buyer is left.
 */
export function fitGammaGamma(data: GammaGammaData, options: GammaGammaFitOptions = {}): GammaGammaFit {
	const buyers = repeatBuyers(data);
	const n = buyers.x.length;
	if (n === 0) throw new RangeError('Gamma-Gamma: no repeat buyer with positive spend to fit');
	let meanZbar = 0;
	for (let i = 0; i < n; i++) meanZbar += (buyers.zbar[i] as number) / n;
	const evaluate = logLikelihoodEvaluator(buyers);
	const start = options.start ?? { p: 1, q: 2, v: meanZbar };
	const fit = maximiseLikelihood(
		(p) => evaluate(p[0] as number, p[1] as number, p[2] as number),
		[start.p, start.q, start.v],
		{
			maxIterations: options.maxIterations ?? 5000,
			onProgress: options.onProgress,
		},
	);
	const [p, q, v] = fit.params;
	return {
		params: { p: p as number, q: q as number, v: v as number },
		logLikelihood: fit.logLikelihood,
		customers: n,
		excludedZeroSpend: buyers.zeroSpend,
		iterations: fit.iterations,
		evaluations: fit.evaluations,
		converged: fit.converged,
	};
}

/**
 * Returns E(M | x, zbar), the expected spend per future transaction of a customer with x repeat purchases of mean
 * zbar (FHL 2005, JMR; note 025):
 *   E(M | p, q, v, x, zbar) = p (v + x·zbar) / (px + q − 1)
 *     = (q − 1) / (px + q − 1) · pv / (q − 1)  +  px / (px + q − 1) · zbar,
 * a weighted mean of the population mean pv / (q − 1) and the customer's own zbar, the weight on zbar growing with
 * x. For x = 0 it is the population mean — what a newly acquired customer is expected to spend. Needs q > 1 (else the
 * population mean is infinite); throws a RangeError otherwise.
 */
export function gammaGammaExpectedSpend(params: GammaGammaParams, x: number, zbar: number): number {
	const { p, q, v } = params;
	if (!(q > 1)) throw new RangeError(`Gamma-Gamma: the expected spend needs q > 1, got q = ${q}`);
	return (p * (v + x * zbar)) / (p * x + q - 1);
}
