import type { PortfolioEconomics } from '../model/portfolioEconomics.ts';
import type { Portfolio } from '../portfolio/generatePortfolio.ts';

/** The numeric attributes that tiering methods and custom rules may use, by name. */
export const attributeIds = [
	'revenue',
	'grossMargin',
	'grossProfit',
	'costToServe',
	'profit',
	'potential',
	'wallet',
	'shareOfWallet',
	'ordersPerYear',
	'daysSinceLastOrder',
	'tenureYears',
	'serviceNeed',
	'satisfaction',
	'sizeClass',
	'b2b',
	'segment',
	'contactLayers',
] as const;
export type AttributeId = (typeof attributeIds)[number];
export type CustomerAttributes = Record<AttributeId, Float64Array>;

/** Gathers every rankable attribute of the customers as Float64Arrays (size class 0 = large … 3 = micro). */
export function customerAttributes(portfolio: Portfolio, economics: PortfolioEconomics): CustomerAttributes {
	const layers = new Float64Array(portfolio.size);
	for (let i = 0; i < portfolio.size; i++) {
		const bits = portfolio.contactLevels[i] as number;
		layers[i] = (bits & 1) + ((bits >> 1) & 1) + ((bits >> 2) & 1);
	}
	return {
		revenue: portfolio.revenue,
		grossMargin: portfolio.grossMargin,
		grossProfit: economics.grossProfit,
		costToServe: economics.costToServe,
		profit: economics.profit,
		potential: portfolio.potential,
		wallet: portfolio.wallet,
		shareOfWallet: portfolio.shareOfWallet,
		ordersPerYear: portfolio.ordersPerYear,
		daysSinceLastOrder: portfolio.daysSinceLastOrder,
		tenureYears: portfolio.tenureYears,
		serviceNeed: portfolio.serviceNeed,
		satisfaction: portfolio.satisfaction,
		sizeClass: Float64Array.from(portfolio.sizeClass),
		b2b: Float64Array.from(portfolio.b2b),
		segment: Float64Array.from(portfolio.segment),
		contactLayers: layers,
	};
}

/** Indices sorted by value, largest first; equal values keep index order, so every ranking is reproducible. */
export function rankDescending(values: Float64Array): Uint32Array {
	const order = new Uint32Array(values.length);
	for (let i = 0; i < order.length; i++) order[i] = i;
	return order.sort((a, b) => (values[b] as number) - (values[a] as number) || a - b);
}
