import { rankDescending } from './customerAttributes.ts';

/**
 * ABC (Pareto) classification of `values` (MODEL-NOTES §2): sort descending, accumulate shares of the total, and a
 * customer is A while the cumulative share *before* adding it is below `aCut`, B while it is below `bCut`, else C.
 * Shares are of the sum of positive values, so with profit the loss-makers (and zeros) are always C.
 * Returns 0 (A), 1 (B) or 2 (C) per customer.
 */
export function abcClasses(values: Float64Array, aCut = 0.8, bCut = 0.95): Uint8Array {
	const order = rankDescending(values);
	let total = 0;
	for (let i = 0; i < values.length; i++) if ((values[i] as number) > 0) total += values[i] as number;
	const out = new Uint8Array(values.length).fill(2);
	let before = 0;
	for (const i of order) {
		const v = values[i] as number;
		if (v <= 0 || total === 0) break;
		const share = before / total;
		out[i] = share < aCut ? 0 : share < bCut ? 1 : 2;
		before += v;
	}
	return out;
}
