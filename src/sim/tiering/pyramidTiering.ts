import { rankDescending } from './customerAttributes.ts';

/** Tiers of the customer pyramid (Zeithaml, Rust & Lemon 2001), top first. */
export const pyramidTierIds = ['platinum', 'gold', 'iron', 'lead'] as const;

/**
 * The customer pyramid by profit: the top `platinum` share of customers is platinum, up to the cumulative `gold`
 * share gold, up to `iron` iron, the rest lead; a customer that loses money is lead wherever it ranks.
 * Returns 0 platinum … 3 lead.
 */
export function pyramidLevels(profit: Float64Array, platinum = 0.05, gold = 0.2, iron = 0.7): Uint8Array {
	const n = profit.length;
	const out = new Uint8Array(n);
	const order = rankDescending(profit);
	const cuts = [Math.round(n * platinum), Math.round(n * gold), Math.round(n * iron)];
	order.forEach((i, rank) => {
		const level = rank < (cuts[0] as number) ? 0 : rank < (cuts[1] as number) ? 1 : rank < (cuts[2] as number) ? 2 : 3;
		out[i] = (profit[i] as number) < 0 ? 3 : level;
	});
	return out;
}
