import { rankDescending } from './customerAttributes.ts';

export const strategicKeyOrdinaryTierIds = ['strategic', 'key', 'ordinary'] as const;

/**
 * Strategic / key / ordinary by rules: the top `strategicShare` of customers by revenue are strategic, up to the
 * cumulative `keyShare` key, the rest ordinary; then any customer whose potential value ranks in the top
 * `potentialPromotion` share moves up one level (seed 004: tier on current and potential value together).
 * Returns 0 strategic, 1 key, 2 ordinary.
 */
export function strategicKeyOrdinaryLevels(
	revenue: Float64Array,
	potential: Float64Array,
	strategicShare = 0.03,
	keyShare = 0.2,
	potentialPromotion = 0.05,
): Uint8Array {
	const n = revenue.length;
	const out = new Uint8Array(n).fill(2);
	const strategicCount = Math.round(n * strategicShare);
	const keyCount = Math.round(n * keyShare);
	rankDescending(revenue).forEach((i, rank) => {
		out[i] = rank < strategicCount ? 0 : rank < keyCount ? 1 : 2;
	});
	const promoted = rankDescending(potential).subarray(0, Math.round(n * potentialPromotion));
	for (const i of promoted) if ((out[i] as number) > 0) out[i] = (out[i] as number) - 1;
	return out;
}
