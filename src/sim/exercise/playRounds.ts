import {
	type AllocationViolation,
	allocationViolations,
	type ResourceUsage,
	resourceUsage,
} from '../model/checkAllocation.ts';
import { type ServicePlan, servicePlan } from '../model/servicePlan.ts';
import { churnCurveAfter } from '../model/serviceResponse.ts';
import {
	churnTable,
	initialState,
	type PeriodResult,
	type SimulationMode,
	type SimulationState,
	simulatePeriods,
} from '../model/simulatePeriods.ts';
import { type CustomerAllocation, expandTierAllocation, type TierAllocation } from '../model/tierAllocation.ts';
import { createRng, deriveSeed } from '../random/createRng.ts';
import type { ScenarioEvent } from '../scenarios/scenarioSchema.ts';
import type { Tiering } from '../tiering/tiering.ts';
import type { Session } from './createSession.ts';
import { residualValue } from './residualValue.ts';

/** One round's outcome: the events that opened it, its periods, and the resources it used. */
export interface RoundOutcome {
	round: number;
	events: ScenarioEvent[];
	periods: PeriodResult[];
	usage: ResourceUsage[];
}

/** Where an exercise stands after some rounds: everything needed to score it or to run the next round. */
export interface PlayedRounds {
	rounds: RoundOutcome[];
	state: SimulationState;
	/** Budget multiplier in force after budget cuts (times the requested budget scale). */
	budgetScale: number;
	/** Residual customer lifetime value of the survivors, per tier and in total. */
	residual: { tiers: number[]; total: number };
}

/** Thrown when a decision breaks a limit; the caller shows the violations, nothing is trimmed. */
export class AllocationRejected extends Error {
	readonly round: number;
	readonly violations: AllocationViolation[];
	constructor(round: number, violations: AllocationViolation[]) {
		super(`round ${round}: ${violations.map((v) => v.message).join('; ')}`);
		this.name = 'AllocationRejected';
		this.round = round;
		this.violations = violations;
	}
}

/** Applies the events that open a round to the state; returns the budget multiplier they leave in force. */
function applyEvents(
	session: Session,
	state: SimulationState,
	events: readonly ScenarioEvent[],
	budgetScale: number,
): number {
	let scale = budgetScale;
	const { portfolio } = session;
	for (const event of events) {
		if (event.type === 'downturn') {
			// Wallets shrink; customers cut their spend with us by half as much.
			for (let i = 0; i < portfolio.size; i++) {
				state.wallet[i] = (state.wallet[i] as number) * (1 - event.walletCut);
				state.revenue[i] = (state.revenue[i] as number) * (1 - event.walletCut / 2);
			}
		} else if (event.type === 'priceWar') {
			for (let i = 0; i < portfolio.size; i++)
				state.grossMargin[i] = (state.grossMargin[i] as number) * (1 - event.marginCut);
		} else if (event.type === 'serviceCrisis') {
			// A failure hits the largest accounts still with us: a linear top-k scan (ties by index), not a sort.
			const order: number[] = [];
			for (let i = 0; i < portfolio.size; i++) {
				if ((state.alive[i] as number) <= 0) continue;
				const revenue = state.revenue[i] as number;
				const last = order[order.length - 1];
				if (order.length === event.accounts && last !== undefined && revenue <= (state.revenue[last] as number))
					continue;
				let at = order.length;
				while (at > 0 && (state.revenue[order[at - 1] as number] as number) < revenue) at -= 1;
				order.splice(at, 0, i);
				if (order.length > event.accounts) order.pop();
			}
			for (const i of order)
				state.satisfaction[i] = Math.max(1, (state.satisfaction[i] as number) - event.satisfactionDrop);
		} else if (event.type === 'budgetCut') {
			scale *= 1 - event.cut;
		}
	}
	return scale;
}

/**
 * Replays an exercise from the start: the same session, tiering, decisions and mode always give the same numbers.
 * Each round's decisions are checked against the budget and capacities in force at its start (after its events);
 * a decision that breaks a limit throws `AllocationRejected` naming what exceeds what.
 */
export function playRounds(
	session: Session,
	tiering: Tiering,
	decisions: readonly (readonly TierAllocation[])[],
	mode: SimulationMode = 'expected',
	budgetScale = 1,
	/** A forecast draws periods only: skip valuing the survivors (a tenth of a 10,000-customer forecast). */
	withResidual = true,
): PlayedRounds {
	const { scenario, portfolio } = session;
	const state = initialState(portfolio);
	const rng = createRng(deriveSeed(session.seed, `outcomes:${scenario.id}`));
	const tierCount = tiering.tierIds.length;
	const rounds: RoundOutcome[] = [];
	const eventsSoFar: ScenarioEvent[] = [];
	let scale = budgetScale;
	let churn = churnTable(scenario.churn, scenario.periodsPerYear);
	let lastPlan: ServicePlan | null = null;
	let lastAllocation: readonly TierAllocation[] | null = null;
	let lastCustomers: CustomerAllocation | null = null;

	decisions.forEach((allocation, index) => {
		const round = index + 1;
		if (allocation.length !== tierCount) {
			throw new Error(`round ${round}: ${allocation.length} tier allocations given for ${tierCount} tiers`);
		}
		const events = scenario.events.filter((e) => e.round === round);
		scale = applyEvents(session, state, events, scale);
		if (events.some((e) => e.type === 'competitorEntry' || e.type === 'priceWar')) {
			eventsSoFar.push(...events);
			churn = churnTable(churnCurveAfter(scenario.churn, eventsSoFar), scenario.periodsPerYear);
		}
		// A plan depends only on the portfolio and the decisions, so the same decisions object in consecutive rounds
		// (a forecast keeps the draft) reuses it: a 10,000-customer plan costs as much as a round.
		let customers: CustomerAllocation;
		let plan: ServicePlan;
		if (allocation === lastAllocation && lastCustomers && lastPlan) {
			customers = lastCustomers;
			plan = lastPlan;
		} else {
			customers = expandTierAllocation(portfolio, scenario, tiering.tierOf, allocation, session.economics.belowZero);
			plan = servicePlan(portfolio, scenario, customers);
		}
		lastAllocation = allocation;
		lastCustomers = customers;
		const usage = resourceUsage(scenario, customers, plan, state.alive, scale);
		const violations = allocationViolations(usage);
		if (violations.length > 0) throw new AllocationRejected(round, violations);
		const periods = simulatePeriods({
			state,
			plan,
			speeds: session.speeds,
			tierOf: tiering.tierOf,
			tierCount,
			periods: scenario.periodsPerRound,
			periodsPerYear: scenario.periodsPerYear,
			churn,
			mode,
			rng,
		});
		rounds.push({ round, events, periods, usage });
		lastPlan = plan;
	});

	let residual = { tiers: new Array<number>(tierCount).fill(0), total: 0 };
	if (withResidual) {
		// With no rounds played, survivors are valued as if given nothing (the plan of an empty allocation).
		const finalPlan =
			lastPlan ??
			servicePlan(
				portfolio,
				scenario,
				expandTierAllocation(portfolio, scenario, tiering.tierOf, [], session.economics.belowZero),
			);
		residual = residualValue(session, state, finalPlan, churnCurveAfter(scenario.churn, eventsSoFar), tiering);
	}
	return { rounds, state, budgetScale: scale, residual };
}
