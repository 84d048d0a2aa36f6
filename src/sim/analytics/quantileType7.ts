/**
 * Sample quantiles by Hyndman & Fan's definition 7 (Statistical Computing 1996, 50(4)): R's default `type = 7`,
 * numpy's `method="linear"` and Excel's `PERCENTILE.INC`. The RFM cut points of MODEL-NOTES §2 use it.
 */

/** (n − 1)·p is an exact rational in theory; this many ulps absorb the binary rounding of p (0.7 is not exact). */
const INDEX_FUZZ = 4 * Number.EPSILON;

/**
 * Returns the p-quantile of `sorted` (ascending, no NaN) by linear interpolation between order statistics:
 * with h = (n − 1)·p, Q(p) = x[⌊h⌋] + (h − ⌊h⌋)·(x[⌊h⌋ + 1] − x[⌊h⌋]) (0-based indices).
 *
 * Why the fuzz: for n = 91 and p = 0.7, (n − 1)·p evaluates to 62.99999999999999 in binary floating point, which
 * would put the cut a hair below x[63] and interpolate to 629.9999999999999 where the definition gives x[63] = 630;
 * a customer holding exactly x[63] would then be scored above the cut instead of on it. Snapping h to the nearest
 * integer when it is within a few ulps of it gives the exact-arithmetic answer (R does the same for its types 4–9).
 * For the RFM probabilities 0.2, 0.4, 0.6, 0.8 the product happens to be exact, but the function serves any p.
 *
 * Throws a RangeError for an empty input or a p outside [0, 1].
 */
export function quantileType7(sorted: ArrayLike<number>, p: number): number {
	const n = sorted.length;
	if (n === 0) throw new RangeError('quantileType7: the sample is empty');
	if (!(p >= 0 && p <= 1)) throw new RangeError(`quantileType7: p must be in [0, 1], got ${p}`);
	let h = (n - 1) * p;
	const nearest = Math.round(h);
	if (Math.abs(h - nearest) <= INDEX_FUZZ * Math.max(1, h)) h = nearest;
	const lo = Math.floor(h);
	const low = sorted[lo] as number;
	const frac = h - lo;
	if (frac === 0 || lo + 1 >= n) return low;
	const high = sorted[lo + 1] as number;
	// Tied neighbours give exactly their common value, so a cut inside a run of ties equals the tied value.
	return high === low ? low : low + frac * (high - low);
}
