/**
 * P(n purchases in the next t time units) under BG/NBD or MBG/NBD, for one customer and for a whole cohort.
 */
import type { BgnbdData, BgnbdParams } from './bgnbd.ts';
import { type PurchaseModel, probabilityAlive } from './purchaseModel.ts';

/**
 * P(X(t) = n) for n = 0 … maxN − 1 of a customer alive at time 0 whose rate and drop-out follow Gamma(r, α) and
 * Beta(a, b) and who may drop out after each purchase, FHL 2005 eq. (8):
 *   P(n) = B(a, b + n) / B(a, b) · NB(n) + δ(n > 0) · B(a + 1, b + n − 1) / B(a, b) · [1 − Σ_{j<n} NB(j)],
 *   NB(j) = Γ(r + j) / (Γ(r) j!) · (α / (α + t))^r · (t / (α + t))^j.
 * All ratios are running products over n (n is a whole number), so no gamma function is evaluated.
 */
function aliveCountProbabilities({ r, alpha, a, b }: BgnbdParams, t: number, maxN: number, out: Float64Array): void {
	const q = t / (alpha + t);
	let nb = Math.exp(r * Math.log(alpha / (alpha + t)));
	let cumulativeNb = 0;
	// B(a, b + n) / B(a, b) = Π_{k<n} (b + k) / (a + b + k).
	let betaRatio = 1;
	let previousBetaRatio = 1;
	for (let n = 0; n < maxN; n++) {
		let p = betaRatio * nb;
		// B(a + 1, b + n − 1) / B(a, b) = B(a, b + n − 1) / B(a, b) · a / (a + b + n − 1).
		if (n > 0) p += ((previousBetaRatio * a) / (a + b + n - 1)) * Math.max(0, 1 - cumulativeNb);
		out[n] = p;
		cumulativeNb += nb;
		nb *= ((r + n) / (n + 1)) * q;
		previousBetaRatio = betaRatio;
		betaRatio *= (b + n) / (a + b + n);
	}
}

/**
 * Returns P(Y(t) = n | x, t_x, T) for n = 0 … maxN − 1, followed by P(Y(t) ≥ maxN) in the last slot (length
 * maxN + 1): the probabilities of n purchases in the next t time units of a customer with this history.
 *
 * Given the history the customer is alive with probability π = P(alive), and then — the purchase process being
 * memoryless — behaves like a new customer whose λ and p follow the posteriors Gamma(r + x, α + T) and
 * Beta(a, b + x) (Beta(a, b + x + 1) under MBG/NBD, which counts the first purchase as a chance to leave). So
 *   P(Y(t) = n) = (1 − π) δ(n = 0) + π · P(X(t) = n | r + x, α + T, a, b + x [+ 1]).
 * At x = t_x = T = 0 this is the unconditional P(X(t) = n) of a new customer (FHL 2005 eq. 8 under BG/NBD).
 * The mean of the distribution is E[Y(t) | x, t_x, T] (tested), a check on both formulas.
 */
export function purchaseCountProbabilities(
	model: PurchaseModel,
	t: number,
	maxN: number,
	x = 0,
	tx = 0,
	T = 0,
): Float64Array {
	if (!(t > 0 && Number.isFinite(t))) throw new RangeError(`P(n purchases): t must be > 0, got ${t}`);
	if (!(Number.isInteger(maxN) && maxN >= 1)) throw new RangeError(`P(n purchases): maxN must be ≥ 1, got ${maxN}`);
	const { r, alpha, a, b } = model.params;
	const posterior = { r: r + x, alpha: alpha + T, a, b: b + x + (model.kind === 'mbgnbd' ? 1 : 0) };
	const alive = probabilityAlive(model, x, tx, T);
	const out = new Float64Array(maxN + 1);
	aliveCountProbabilities(posterior, t, maxN, out);
	let sum = 0;
	for (let n = 0; n < maxN; n++) {
		out[n] = alive * (out[n] as number);
		sum += out[n] as number;
	}
	out[0] = (out[0] as number) + (1 - alive);
	out[maxN] = Math.max(0, 1 - sum - (1 - alive));
	return out;
}

/**
 * Returns the cohort's distribution of purchases in the next t time units: the mean over customers of
 * purchaseCountProbabilities, i.e. the expected share of customers making n purchases (n = 0 … maxN − 1, then
 * ≥ maxN). Customers sharing (x, t_x, T) are computed once.
 */
export function cohortPurchaseCountProbabilities(
	model: PurchaseModel,
	t: number,
	maxN: number,
	data: BgnbdData,
): Float64Array {
	const n = data.x.length;
	if (n === 0) throw new RangeError('P(n purchases): no customers');
	const cache = new Map<string, Float64Array>();
	const mean = new Float64Array(maxN + 1);
	for (let i = 0; i < n; i++) {
		const x = data.x[i] as number;
		const tx = x === 0 ? 0 : (data.tx[i] as number);
		const T = data.T[i] as number;
		const key = `${x} ${tx} ${T}`;
		let p = cache.get(key);
		if (!p) {
			p = purchaseCountProbabilities(model, t, maxN, x, tx, T);
			cache.set(key, p);
		}
		for (let k = 0; k <= maxN; k++) mean[k] = (mean[k] as number) + (p[k] as number) / n;
	}
	return mean;
}
