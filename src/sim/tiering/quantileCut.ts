/**
 * The value at quantile q of `values` (linear interpolation between order statistics, R type 7), used to turn a
 * "top 30%" slider into a threshold.
 */
export function quantileCut(values: Float64Array, q: number): number {
	if (values.length === 0) return Number.NaN;
	const sorted = Float64Array.from(values).sort();
	const h = (sorted.length - 1) * Math.min(1, Math.max(0, q));
	const lo = Math.floor(h);
	const hi = Math.min(sorted.length - 1, lo + 1);
	return (sorted[lo] as number) + (h - lo) * ((sorted[hi] as number) - (sorted[lo] as number));
}
