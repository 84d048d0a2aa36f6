/** The calibration figures of MODEL-NOTES §1 for a portfolio, as shares (1 = 100%). */
export interface PortfolioFacts {
	/** Share of revenue from the top 20% of customers by revenue (≈ 0.8). */
	top20RevenueShare: number;
	/** Share of total profit earned by the top 20% of customers by profit (whale curve: 1.5–3). */
	top20ProfitShare: number;
	/** Share of total profit from the middle 70% (about break-even). */
	middle70ProfitShare: number;
	/** Share of total profit from the bottom 10% by profit (whale curve: −0.5 to −2). */
	bottom10ProfitShare: number;
	/** Share of customers whose profit is negative (typically 0.1–0.4). */
	belowZeroShare: number;
}

const sumRange = (sorted: Float64Array, from: number, to: number) => {
	let s = 0;
	for (let i = from; i < to; i++) s += sorted[i] as number;
	return s;
};

/** Computes the concentration and whale-curve figures of a portfolio's revenue and profit. */
export function portfolioFacts(revenue: Float64Array, profit: Float64Array): PortfolioFacts {
	const n = revenue.length;
	const rev = Float64Array.from(revenue).sort().reverse();
	const prof = Float64Array.from(profit).sort().reverse();
	const top = Math.round(n * 0.2);
	const bottom = n - Math.round(n * 0.1);
	const totalRevenue = sumRange(rev, 0, n);
	const totalProfit = sumRange(prof, 0, n);
	let negative = 0;
	for (let i = 0; i < n; i++) if ((profit[i] as number) < 0) negative += 1;
	return {
		top20RevenueShare: sumRange(rev, 0, top) / totalRevenue,
		top20ProfitShare: sumRange(prof, 0, top) / totalProfit,
		middle70ProfitShare: sumRange(prof, top, bottom) / totalProfit,
		bottom10ProfitShare: sumRange(prof, bottom, n) / totalProfit,
		belowZeroShare: negative / n,
	};
}
