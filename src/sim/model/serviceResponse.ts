/**
 * The scalar response curves of the model (MODEL-NOTES §3). Each is a pure function of one customer's numbers, so
 * it can be tested for its shape on its own and reused by the fast loop, by "explain this number" and by the docs.
 */

import { exp, pow } from '../random/portableMath.ts';
import type { ScenarioEvent } from '../scenarios/scenarioSchema.ts';

const U_SCALE = 1 / (1 - exp(-2));

/** Concave, bounded response to service coverage c (effective service / need): u(0) = 0, u(1) = 1, u(∞) ≈ 1.156. */
export function serviceUtility(coverage: number): number {
	return (1 - exp(-2 * Math.max(0, coverage))) * U_SCALE;
}

/**
 * The satisfaction a customer drifts towards, on the 1–5 scale: meeting the need makes a customer "satisfied" (4);
 * shortfalls weigh double (Mittal, Ross & Baldasare 1998); only personal attention lifts towards 5; a fee on a
 * below-zero customer costs `feePenalty` points.
 */
export function targetSatisfaction(coverage: number, attention: number, feePenalty = 0): number {
	return targetFromExponentials(exp(-2 * Math.max(0, coverage)), exp(-Math.max(0, attention)), feePenalty);
}

/**
 * `targetSatisfaction` from its two exponentials, e^(−2 max(0, coverage)) and e^(−max(0, attention)), to the same
 * bits: a service plan takes them for all its customers in one pass (see `fillServicePlan`).
 */
export function targetFromExponentials(coverageExp: number, attentionExp: number, feePenalty: number): number {
	const u = (1 - coverageExp) * U_SCALE;
	const gap = u - 1;
	const raw = 4 + 2.5 * gap * (u < 1 ? 2 : 1) + 0.8 * (1 - attentionExp) - feePenalty;
	return raw < 1 ? 1 : Math.min(raw, 5);
}

/** Parameters of the logistic churn curve d(s) = F + (C − F) / (1 + e^(κ (s − M))). */
export interface ChurnCurve {
	floor: number;
	ceiling: number;
	midpoint: number;
	steepness: number;
}

/** Annual churn probability at satisfaction s: never rises with s (Jones & Sasser 1995). */
export function annualChurn(satisfaction: number, curve: ChurnCurve): number {
	return curve.floor + (curve.ceiling - curve.floor) / (1 + exp(curve.steepness * (satisfaction - curve.midpoint)));
}

/** The per-period probability equivalent to an annual one: p = 1 − (1 − d)^(1 / periods per year). */
export function periodChurn(annual: number, periodsPerYear: number): number {
	return 1 - pow(1 - annual, 1 / periodsPerYear);
}

/**
 * Annual revenue growth at satisfaction s: above 4 a customer gives more of its wallet, faster when more headroom is
 * left; below 3.5 it shifts spend away. Between the two it holds steady.
 */
export function annualRevenueGrowth(satisfaction: number, revenue: number, wallet: number): number {
	if (satisfaction > 4) {
		const headroom = wallet > revenue ? 1 - revenue / wallet : 0;
		return 0.6 * (satisfaction - 4) * headroom;
	}
	if (satisfaction < 3.5) return -0.25 * (3.5 - satisfaction);
	return 0;
}

/** How fast satisfaction moves towards its target each period: long-tenured customers are slower to change their view (Bolton 1998). */
export function adjustmentSpeed(tenureYears: number, periodsPerYear: number): number {
	// 0.35 a month for a new customer; half that at five years' tenure.
	const monthly = 0.35 / (1 + tenureYears / 5);
	return 1 - pow(1 - monthly, 12 / periodsPerYear);
}

/** The churn curve in force after the events so far: a competitor's entry and a price war make churn more sensitive. */
export function churnCurveAfter(base: ChurnCurve, events: readonly ScenarioEvent[]): ChurnCurve {
	let curve = base;
	for (const event of events) {
		if (event.type === 'competitorEntry' || event.type === 'priceWar') {
			curve = {
				floor: curve.floor,
				ceiling: Math.min(0.95, curve.ceiling * (1 + event.strength)),
				midpoint: Math.min(4.5, curve.midpoint + 0.5 * event.strength),
				steepness: curve.steepness * (1 + 0.5 * event.strength),
			};
		}
	}
	return curve;
}
