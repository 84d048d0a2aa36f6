import { quantileType7 } from '../analytics/quantileType7.ts';

/** The value at quantile q of unsorted `values` (R type 7), used to turn a "top 30%" slider into a threshold. */
export function quantileCut(values: Float64Array, q: number): number {
	if (values.length === 0) return Number.NaN;
	return quantileType7(Float64Array.from(values).sort(), Math.min(1, Math.max(0, q)));
}
