import { simpleClv } from '../analytics/customerLifetimeValue.ts';
import type { ServicePlan } from '../model/servicePlan.ts';
import { annualChurn, type ChurnCurve } from '../model/serviceResponse.ts';
import { accumulatePeriods, cloneState, type SimulationState, SUM_FIELDS } from '../model/simulatePeriods.ts';
import { pow } from '../random/portableMath.ts';
import type { Tiering } from '../tiering/tiering.ts';
import type { Session } from './createSession.ts';

/**
 * Years the last allocation is carried forward before the survivors are valued by the retention formula. Three years
 * take a customer's satisfaction 90 % of the way to what the allocation sustains even at the slowest adjustment speed
 * (0.175 a month at five years' tenure: 1 − 0.825^36 > 0.99), so what the formula then values is the allocation's
 * steady state, not a moment of the exercise.
 */
export const TAIL_YEARS = 3;

/** The residual value of the survivors, per tier and in total, and what it is made of. */
export interface ResidualValue {
	tiers: number[];
	total: number;
	/** The discounted profit of the tail years, in total. */
	tailProfit: number;
	/** The discounted retention-formula value of the customers still there after the tail, in total. */
	terminal: number;
}

/**
 * The value of the customers still active when the exercise ends (MODEL-NOTES §5, "no free last round"): the last
 * round's allocation is carried forward for `TAIL_YEARS` in expected value, so a service cut keeps costing the
 * satisfaction, churn and revenue that it causes after the horizon, and its profit is discounted at the scenario's
 * rate. The customers still there after the tail are valued by CLV = m·r / (1 + d − r), with m their annual profit
 * under the same plan and r = 1 − d(s) at their satisfaction by then, discounted back too. Starving the last round
 * saves one round's cost but loses the tail's customers; a one-off value at the final satisfaction, as this used to
 * be, took the saving and never saw the loss.
 */
export function residualValue(
	session: Session,
	state: SimulationState,
	plan: ServicePlan,
	/** Who is below zero when the exercise ends: they pay the fee through the tail, as they would next round. */
	belowZero: Uint8Array,
	churn: Float64Array,
	curve: ChurnCurve,
	tiering: Tiering,
): ResidualValue {
	const { scenario } = session;
	const ppy = scenario.periodsPerYear;
	const discount = scenario.scoring.discountRate;
	const tierCount = tiering.tierIds.length;
	const periods = TAIL_YEARS * ppy;
	// Stochastic exercises end with each customer either here or gone; the tail takes the expected value from there.
	const tail = cloneState(state);
	const sums = accumulatePeriods({
		state: tail,
		plan,
		belowZero,
		speeds: session.speeds,
		tierOf: tiering.tierOf,
		tierCount,
		periods,
		periodsPerYear: ppy,
		churn,
		mode: 'expected',
	});
	const perPeriod = 1 / pow(1 + discount, 1 / ppy);
	const tiers = new Array<number>(tierCount).fill(0);
	let factor = 1;
	let tailProfit = 0;
	for (const block of sums) {
		factor *= perPeriod;
		for (let t = 0; t < tierCount; t++) {
			const profit = factor * (block[t * SUM_FIELDS + 3] as number);
			tiers[t] = (tiers[t] as number) + profit;
			tailProfit += profit;
		}
	}
	let terminal = 0;
	for (let i = 0; i < tail.alive.length; i++) {
		const a = tail.alive[i] as number;
		if (a === 0) continue;
		const revenue = tail.revenue[i] as number;
		const pays = belowZero[i] === 1;
		const sales = revenue * (pays ? (plan.kept[i] as number) : 1);
		const fee = pays ? (plan.feeRate[i] as number) : 0;
		const margin =
			sales * ((tail.grossMargin[i] as number) + fee - (plan.commissionRate[i] as number)) -
			((plan.serviceCost[i] as number) + (plan.fixedCost[i] as number)) * ppy;
		// The plan's churn factor (relationships, teams, partners, a fee) scales the curve's churn, as in the periods.
		const churnFactor = (pays ? plan.churnFactorWithFee[i] : plan.churnFactor[i]) as number;
		const churnRisk = annualChurn(tail.satisfaction[i] as number, curve) * churnFactor;
		const retention = 1 - Math.min(churnRisk, 1);
		const value = factor * a * simpleClv(margin, retention, discount);
		const t = tiering.tierOf[i] as number;
		tiers[t] = (tiers[t] as number) + value;
		terminal += value;
	}
	return { tiers, total: tailProfit + terminal, tailProfit, terminal };
}
