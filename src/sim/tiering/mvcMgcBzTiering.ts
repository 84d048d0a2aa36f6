import { rankDescending } from './customerAttributes.ts';

/** Peppers & Rogers' groups, top first: most valuable, most growable, the rest, below zero. */
export const mvcMgcBzTierIds = ['MVC', 'MGC', 'other', 'BZ'] as const;

/**
 * Peppers & Rogers' differentiation step. BZ: profit after cost to serve below zero. MVC: among the rest, the
 * customers ranked in the top `mvcShare` of all customers by profit. MGC: neither, but ranked in the top `mgcShare`
 * of all customers by potential value. Everyone else: other. Returns 0 MVC, 1 MGC, 2 other, 3 BZ.
 */
export function mvcMgcBzGroups(
	profit: Float64Array,
	potential: Float64Array,
	mvcShare = 0.2,
	mgcShare = 0.2,
): Uint8Array {
	const n = profit.length;
	const out = new Uint8Array(n).fill(2);
	const mvcCount = Math.round(n * mvcShare);
	const mgcCount = Math.round(n * mgcShare);
	const byProfit = rankDescending(profit);
	for (let k = 0; k < mvcCount; k++) out[byProfit[k] as number] = 0;
	const byPotential = rankDescending(potential);
	for (let k = 0; k < mgcCount; k++) {
		const i = byPotential[k] as number;
		if (out[i] === 2) out[i] = 1;
	}
	for (let i = 0; i < n; i++) if ((profit[i] as number) < 0) out[i] = 3;
	return out;
}
