/**
 * The MBG/NBD model of Batislam, Denizel & Filiztekin (2007), "Empirical validation and comparison of models for
 * customer base analysis", International Journal of Research in Marketing 24(3):201–209.
 *
 * It is BG/NBD with one change: a customer may drop out right after the first purchase too, not only after a
 * repeat purchase. So a one-time buyer is not certainly alive (BG/NBD gives every one-time buyer P(alive) = 1, the
 * question most often asked in the issue trackers of lifetimes and btyd), which suits logs dominated by one-time
 * buyers. Same parameters (r, α, a, b) with the same meaning, and the same (x, t_x, T) data as bgnbd.ts.
 */
import { type BgnbdData, type BgnbdFit, type BgnbdFitOptions, type BgnbdParams, fitPurchaseModel } from './bgnbd.ts';
import { hyp2f1 } from './hyp2f1.ts';

/**
 * Returns a function (r, α, a, b) ↦ the MBG/NBD sample log-likelihood, built like bgnbdLogLikelihoodEvaluator:
 *   L_i = Γ(r + x) α^r / Γ(r) · B(a, b + x + 1) / B(a, b) · [(α + T)^−(r+x) + a / (b + x) · (α + t_x)^−(r+x)],
 * the second term now present for x = 0 as well (drop-out at the first purchase, t_x = 0). The ratios of gamma and
 * beta functions are running products over x, so an evaluation needs no log-gamma call.
 */
export function mbgnbdLogLikelihoodEvaluator(
	data: BgnbdData,
): (r: number, alpha: number, a: number, b: number) => number {
	const n = data.x.length;
	if (data.tx.length !== n || data.T.length !== n) throw new RangeError('MBG/NBD: x, tx and T differ in length');
	// Customers with the same (x, t_x, T) contribute the same term: each pattern is evaluated once, times its count.
	const patterns = new Map<string, number>();
	const xs: number[] = [];
	const txs: number[] = [];
	const Ts: number[] = [];
	const counts: number[] = [];
	let maxX = 0;
	for (let i = 0; i < n; i++) {
		const x = data.x[i] as number;
		const recency = x === 0 ? 0 : (data.tx[i] as number);
		const age = data.T[i] as number;
		if (!(Number.isInteger(x) && x >= 0))
			throw new RangeError(`MBG/NBD: customer ${i} has x = ${x}, not a whole number ≥ 0`);
		if (!(recency >= 0 && recency <= age && Number.isFinite(age)))
			throw new RangeError(`MBG/NBD: customer ${i} needs 0 ≤ t_x ≤ T, got t_x = ${recency}, T = ${age}`);
		const key = `${x} ${recency} ${age}`;
		const seen = patterns.get(key);
		if (seen !== undefined) {
			counts[seen] = (counts[seen] as number) + 1;
			continue;
		}
		patterns.set(key, xs.length);
		xs.push(x);
		txs.push(recency);
		Ts.push(age);
		counts.push(1);
		if (x > maxX) maxX = x;
	}
	const m = xs.length;
	const patternX = Int32Array.from(xs);
	const tx = Float64Array.from(txs);
	const T = Float64Array.from(Ts);
	const weight = Float64Array.from(counts);
	const lnConstant = new Float64Array(maxX + 1);
	const lnDropFactor = new Float64Array(maxX + 1);

	return (r, alpha, a, b) => {
		if (!(r > 0 && alpha > 0 && a > 0 && b > 0)) return Number.NaN;
		// ln[Γ(r + x) α^r / Γ(r)] + ln[B(a, b + x + 1) / B(a, b)], with B(a, b + 1) / B(a, b) = b / (a + b).
		let lnA1 = r * Math.log(alpha);
		let lnA2 = Math.log(b / (a + b));
		for (let k = 0; k <= maxX; k++) {
			if (k > 0) {
				lnA1 += Math.log(r + k - 1);
				lnA2 += Math.log((b + k) / (a + b + k));
			}
			lnConstant[k] = lnA1 + lnA2;
			lnDropFactor[k] = Math.log(a / (b + k));
		}
		let ll = 0;
		for (let i = 0; i < m; i++) {
			const x = patternX[i] as number;
			const power = r + x;
			const lnAlive = -power * Math.log(alpha + (T[i] as number));
			const lnDead = (lnDropFactor[x] as number) - power * Math.log(alpha + (tx[i] as number));
			const lnSum = Math.max(lnAlive, lnDead) + Math.log1p(Math.exp(-Math.abs(lnAlive - lnDead)));
			ll += (weight[i] as number) * ((lnConstant[x] as number) + lnSum);
		}
		return ll;
	};
}

/** Returns the MBG/NBD sample log-likelihood ln L(r, α, a, b | data). */
export function mbgnbdLogLikelihood(params: BgnbdParams, data: BgnbdData): number {
	return mbgnbdLogLikelihoodEvaluator(data)(params.r, params.alpha, params.a, params.b);
}

/**
 * Returns the maximum-likelihood estimates of MBG/NBD, found exactly as fitBgnbd finds BG/NBD's (same start, same
 * search), so the two log-likelihoods can be compared: both models have four parameters, so the higher likelihood
 * is also the lower AIC and BIC.
 */
export function fitMbgnbd(data: BgnbdData, options: BgnbdFitOptions = {}): BgnbdFit {
	return fitPurchaseModel('MBG/NBD', mbgnbdLogLikelihoodEvaluator(data), data, options);
}

/**
 * Returns P(alive | x, t_x, T) under MBG/NBD, the ratio of the "still alive" term of the likelihood to the whole:
 *   P(alive) = 1 / (1 + a / (b + x) · ((α + T) / (α + t_x))^(r + x)),
 * below 1 for one-time buyers too (x = 0, t_x = 0), and falling with T for them: the longer a one-time buyer stays
 * silent, the likelier they left after that first purchase.
 */
export function mbgnbdProbabilityAlive(params: BgnbdParams, x: number, tx: number, T: number): number {
	const { r, alpha, a, b } = params;
	const recency = x === 0 ? 0 : tx;
	const logOdds = Math.log(a / (b + x)) + (r + x) * Math.log((alpha + T) / (alpha + recency));
	return 1 / (1 + Math.exp(logOdds));
}

/** Below this distance from a = 1 the removable singularity of the closed forms is evaluated by averaging. */
const NEAR_ONE = 1e-5;

/**
 * Returns E[Y(t) | x, t_x, T] under MBG/NBD (Batislam et al. 2007):
 *   E = (a + b + x) / (a − 1) · [1 − ((α + T) / (α + T + t))^(r+x) · 2F1(r + x, b + x + 1; a + b + x; z)]
 *       / (1 + a / (b + x) · ((α + T) / (α + t_x))^(r+x)),   z = t / (α + T + t),
 * evaluated after Euler's transformation as in bgnbdConditionalExpectedPurchases: the bracket equals
 *   1 − (1 − z)^(a−1) · 2F1(a + b − r, a − 1; a + b + x; z).
 */
export function mbgnbdConditionalExpectedPurchases(
	params: BgnbdParams,
	t: number,
	x: number,
	tx: number,
	T: number,
): number {
	if (!(t >= 0)) throw new RangeError(`MBG/NBD: t must be ≥ 0, got ${t}`);
	if (t === 0) return 0;
	if (Math.abs(params.a - 1) < NEAR_ONE) {
		const below = conditional({ ...params, a: 1 - NEAR_ONE }, t, x, tx, T);
		const above = conditional({ ...params, a: 1 + NEAR_ONE }, t, x, tx, T);
		return (below + above) / 2;
	}
	return conditional(params, t, x, tx, T);
}

function conditional({ r, alpha, a, b }: BgnbdParams, t: number, x: number, tx: number, T: number): number {
	const recency = x === 0 ? 0 : tx;
	const z = t / (alpha + T + t);
	const bracket = 1 - (1 - z) ** (a - 1) * hyp2f1(a + b - r, a - 1, a + b + x, z);
	const numerator = ((a + b + x) / (a - 1)) * bracket;
	return numerator / (1 + (a / (b + x)) * Math.exp((r + x) * Math.log((alpha + T) / (alpha + recency))));
}

/**
 * Returns E[X(t)] under MBG/NBD, the expected repeat purchases in (0, t] of a customer just acquired: the
 * conditional expectation at x = t_x = T = 0, which works out to
 *   b / (a − 1) · [1 − (α / (α + t))^r · 2F1(r, b + 1; a + b; t / (α + t))].
 * Some implementations (lifetimes' ModifiedBetaGeoFitter) print (b + 1) / (a − 1) in front; that disagrees with
 * their own conditional expectation at x = T = 0 and with the limit t → ∞, E[(1 − p) / p] = b / (a − 1) (tested).
 */
export function mbgnbdExpectedPurchases(params: BgnbdParams, t: number): number {
	return mbgnbdConditionalExpectedPurchases(params, t, 0, 0, 0);
}
