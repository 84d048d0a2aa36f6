import type { CustomerList } from '../import/readDataset.ts';
import { type ConcentrationCurve, concentrationCurve } from '../tiering/concentrationCurves.ts';
import { type AttributeId, attributeIds, type CustomerAttributes } from '../tiering/customerAttributes.ts';
import type { Tiering } from '../tiering/tiering.ts';
import { type TieringMethod, tieringMethods, tieringSpecSchema } from '../tiering/tieringSpec.ts';
import { tierPortfolio } from '../tiering/tierPortfolio.ts';

/** The result of one tiering method on an imported list: per tier, customers, revenue and a suggested service share. */
export interface MethodResult {
	method: TieringMethod;
	tiering: Tiering;
	tiers: { id: string; customers: number; revenue: number; profit: number; serviceShare: number }[];
}

/** Everything the analyzer shows for a customer list. */
export interface CustomerListAnalysis {
	methods: MethodResult[];
	/** Methods the file cannot support, with the attribute they would need. */
	unavailable: { method: TieringMethod; needs: AttributeId }[];
	pareto: ConcentrationCurve;
	/** The whale curve, when the file gives profit (or cost). */
	whale?: ConcentrationCurve;
}

// What each method reads beyond revenue; a list without it cannot be tiered that way honestly.
const needs: Partial<Record<TieringMethod, AttributeId>> = {
	valuePotential: 'potential',
	mvcMgcBz: 'potential',
	rfm: 'daysSinceLastOrder',
	pyramid: 'profit',
};

/**
 * Tiers an imported customer list with every built-in method of the engine whose inputs the file has (custom rules
 * are the learner's own and are left to the lab), and draws the Pareto and whale curves. The suggested service
 * allocation splits the service effort by each tier's share of profit (of revenue without a profit column), with
 * a floor of half the tier's share of customers, so that no tier is left without service: the value-proportional
 * idea of the course, tempered the way lecture 6 recommends.
 */
export function analyseCustomerList(list: CustomerList): CustomerListAnalysis {
	const n = list.revenue.length;
	const zeros = new Float64Array(n);
	const attributes = Object.fromEntries(attributeIds.map((id) => [id, zeros])) as CustomerAttributes;
	attributes.revenue = list.revenue;
	const value = list.profit ?? list.revenue;
	attributes.profit = value;
	attributes.grossProfit = value;
	if (list.cost) attributes.costToServe = list.cost;
	const methods: MethodResult[] = [];
	const unavailable: CustomerListAnalysis['unavailable'] = [];
	for (const method of tieringMethods) {
		if (method === 'custom') continue;
		const need = needs[method];
		if (need === 'potential' || need === 'daysSinceLastOrder' || (need === 'profit' && !list.profit)) {
			unavailable.push({ method, needs: need });
			continue;
		}
		const spec = tieringSpecSchema.parse({ method });
		const tiering = tierPortfolio(spec, attributes);
		methods.push({ method, tiering, tiers: summarise(tiering, list.revenue, value) });
	}
	const analysis: CustomerListAnalysis = { methods, unavailable, pareto: concentrationCurve(list.revenue, 50) };
	if (list.profit) analysis.whale = concentrationCurve(list.profit, 50);
	return analysis;
}

function summarise(tiering: Tiering, revenue: Float64Array, value: Float64Array): MethodResult['tiers'] {
	const tiers = tiering.tierIds.map((id) => ({ id, customers: 0, revenue: 0, profit: 0, serviceShare: 0 }));
	for (let i = 0; i < tiering.tierOf.length; i++) {
		const tier = tiers[tiering.tierOf[i] as number];
		if (!tier) continue;
		tier.customers++;
		tier.revenue += revenue[i] as number;
		tier.profit += value[i] as number;
	}
	const n = tiering.tierOf.length || 1;
	const positive = tiers.reduce((sum, t) => sum + Math.max(t.profit, 0), 0) || 1;
	const weights = tiers.map((t) => Math.max(Math.max(t.profit, 0) / positive, (0.5 * t.customers) / n));
	const total = weights.reduce((a, b) => a + b, 0) || 1;
	tiers.forEach((t, k) => {
		t.serviceShare = (weights[k] as number) / total;
	});
	return tiers;
}
