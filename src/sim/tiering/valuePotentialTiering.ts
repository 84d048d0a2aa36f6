import { quantileCut } from './quantileCut.ts';

/** Quadrants of the current value × potential value matrix, top tier first. */
export const valuePotentialTierIds = ['star', 'core', 'growth', 'basic'] as const;

/**
 * Places each customer in the value × potential matrix: high value means current value above the `valueCut`
 * quantile, high potential means potential above the `potentialCut` quantile (both strictly above).
 * star = high/high, core = high value/low potential, growth = low value/high potential, basic = low/low.
 */
export function valuePotentialQuadrants(
	value: Float64Array,
	potential: Float64Array,
	valueCut: number,
	potentialCut: number,
): Uint8Array {
	const v0 = quantileCut(value, valueCut);
	const p0 = quantileCut(potential, potentialCut);
	const out = new Uint8Array(value.length);
	for (let i = 0; i < value.length; i++) {
		const highValue = (value[i] as number) > v0;
		const highPotential = (potential[i] as number) > p0;
		out[i] = highValue ? (highPotential ? 0 : 1) : highPotential ? 2 : 3;
	}
	return out;
}
