import type { CustomerAttributes } from './customerAttributes.ts';
import type { Tiering } from './tiering.ts';

/** What a tiering looks like from above: one row per tier, in tier order. */
export interface TierSummary {
	tierId: string;
	count: number;
	/** Share of total revenue (0–1). */
	revenueShare: number;
	/** Share of total profit; above 1 or below 0 when other tiers lose money (the whale curve). */
	profitShare: number;
	meanSatisfaction: number;
	/** Annual cost to serve of the tier under today's service. */
	costToServe: number;
	revenue: number;
	profit: number;
}

/** Summarises every tier: count, revenue and profit shares, mean satisfaction and cost to serve. */
export function summariseTiers(tiering: Tiering, attributes: CustomerAttributes): TierSummary[] {
	const k = tiering.tierIds.length;
	const count = new Float64Array(k);
	const revenue = new Float64Array(k);
	const profit = new Float64Array(k);
	const satisfaction = new Float64Array(k);
	const cost = new Float64Array(k);
	let totalRevenue = 0;
	let totalProfit = 0;
	for (let i = 0; i < tiering.tierOf.length; i++) {
		const t = tiering.tierOf[i] as number;
		const r = attributes.revenue[i] as number;
		const p = attributes.profit[i] as number;
		count[t] = (count[t] as number) + 1;
		revenue[t] = (revenue[t] as number) + r;
		profit[t] = (profit[t] as number) + p;
		satisfaction[t] = (satisfaction[t] as number) + (attributes.satisfaction[i] as number);
		cost[t] = (cost[t] as number) + (attributes.costToServe[i] as number);
		totalRevenue += r;
		totalProfit += p;
	}
	return tiering.tierIds.map((tierId, t) => ({
		tierId,
		count: count[t] as number,
		revenueShare: totalRevenue ? (revenue[t] as number) / totalRevenue : 0,
		profitShare: totalProfit ? (profit[t] as number) / totalProfit : 0,
		meanSatisfaction: count[t] ? (satisfaction[t] as number) / (count[t] as number) : 0,
		costToServe: cost[t] as number,
		revenue: revenue[t] as number,
		profit: profit[t] as number,
	}));
}
