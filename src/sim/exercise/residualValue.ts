import { simpleClv } from '../analytics/customerLifetimeValue.ts';
import type { ServicePlan } from '../model/servicePlan.ts';
import { annualChurn, type ChurnCurve } from '../model/serviceResponse.ts';
import type { SimulationState } from '../model/simulatePeriods.ts';
import type { Tiering } from '../tiering/tiering.ts';
import type { Session } from './createSession.ts';

/**
 * The residual customer lifetime value of the customers still active: each survivor's annual profit under the last
 * service plan as margin m, its retention r = 1 − d(s) at its final satisfaction, CLV = m·r / (1 + d − r), weighted by
 * the probability it is still a customer. Scoring on horizon profit alone would reward cutting all service, because
 * the value lost through churn lands after the horizon; this term brings it back.
 */
export function residualValue(
	session: Session,
	state: SimulationState,
	plan: ServicePlan,
	curve: ChurnCurve,
	tiering: Tiering,
): { tiers: number[]; total: number } {
	const ppy = session.scenario.periodsPerYear;
	const discount = session.scenario.scoring.discountRate;
	const tiers = new Array<number>(tiering.tierIds.length).fill(0);
	let total = 0;
	for (let i = 0; i < state.alive.length; i++) {
		const a = state.alive[i] as number;
		if (a === 0) continue;
		const revenue = state.revenue[i] as number;
		const margin =
			revenue * ((state.grossMargin[i] as number) + (plan.feeRate[i] as number) - (plan.commissionRate[i] as number)) -
			((plan.serviceCost[i] as number) + (plan.fixedCost[i] as number)) * ppy;
		const retention = 1 - annualChurn(state.satisfaction[i] as number, curve);
		const value = a * simpleClv(margin, retention, discount);
		const t = tiering.tierOf[i] as number;
		tiers[t] = (tiers[t] as number) + value;
		total += value;
	}
	return { tiers, total };
}
