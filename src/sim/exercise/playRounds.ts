import { allocationPlan } from '../model/allocationPlan.ts';
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
	cloneState,
	initialState,
	type PeriodResult,
	type SimulationMode,
	type SimulationState,
	simulatePeriods,
} from '../model/simulatePeriods.ts';
import { type CustomerAllocation, expandTierAllocation, type TierAllocation } from '../model/tierAllocation.ts';
import { createRng, deriveSeed, type Rng } from '../random/createRng.ts';
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
 * An exercise being played round by round: the state after the rounds so far and everything the next round needs.
 * `playRounds` replays a whole exercise with it; a forecast keeps one at the start of the next round and `fork`s it
 * for every slider step, so the rounds already played are not simulated again.
 */
export class RoundPlayer {
	readonly rounds: RoundOutcome[] = [];
	readonly state: SimulationState;
	/** Budget multiplier in force after budget cuts (times the requested budget scale). */
	budgetScale: number;
	private readonly session: Session;
	private readonly tiering: Tiering;
	private readonly mode: SimulationMode;
	private readonly rng: Rng;
	private readonly eventsSoFar: ScenarioEvent[];
	private churn: Float64Array;
	private last: { allocation: readonly TierAllocation[]; customers: CustomerAllocation; plan: ServicePlan } | null;

	constructor(session: Session, tiering: Tiering, mode: SimulationMode = 'expected', budgetScale = 1) {
		const { scenario, portfolio } = session;
		this.session = session;
		this.tiering = tiering;
		this.mode = mode;
		this.state = initialState(portfolio);
		this.rng = createRng(deriveSeed(session.seed, `outcomes:${scenario.id}`));
		this.budgetScale = budgetScale;
		this.eventsSoFar = [];
		this.churn = churnTable(scenario.churn, scenario.periodsPerYear);
		this.last = null;
	}

	/**
	 * A copy that plays on without touching this one. Expected-value mode only: it draws no random numbers, so the
	 * copy can share the generator.
	 */
	fork(): RoundPlayer {
		if (this.mode !== 'expected') throw new Error('only an expected-value play can be forked');
		const copy: RoundPlayer = Object.create(RoundPlayer.prototype);
		Object.assign(copy, this, {
			rounds: [...this.rounds],
			state: cloneState(this.state),
			eventsSoFar: [...this.eventsSoFar],
		});
		return copy;
	}

	/**
	 * Plays the next round under a decision: applies the round's events, checks the decision against the limits
	 * then in force, and runs its periods. A decision that breaks a limit is not played: its violations are returned
	 * (and the round's events are not applied either), otherwise an empty list.
	 */
	play(allocation: readonly TierAllocation[]): AllocationViolation[] {
		const { session, tiering, state } = this;
		const { scenario, portfolio } = session;
		const round = this.rounds.length + 1;
		const tierCount = tiering.tierIds.length;
		if (allocation.length !== tierCount) {
			throw new Error(`round ${round}: ${allocation.length} tier allocations given for ${tierCount} tiers`);
		}
		// A plan depends only on the portfolio and the decisions, so the same decisions object in consecutive rounds
		// (a forecast keeps the draft) reuses it: a 10,000-customer plan costs as much as a round.
		let customers: CustomerAllocation;
		let plan: ServicePlan;
		if (this.last && allocation === this.last.allocation) {
			({ customers, plan } = this.last);
		} else {
			// Patched from the last plan made where only some tiers' decisions differ (a slider step).
			({ customers, plan } = allocationPlan(
				portfolio,
				scenario,
				tiering.tierOf,
				allocation,
				session.economics.belowZero,
			));
		}
		const events = scenario.events.filter((e) => e.round === round);
		// The limits are those after the round's events, so check on a preview of the events' budget cuts and the
		// survivors as they are (no event removes customers) before the events touch the state.
		let scale = this.budgetScale;
		for (const e of events) if (e.type === 'budgetCut') scale *= 1 - e.cut;
		const usage = resourceUsage(scenario, customers, plan, state.alive, scale);
		const violations = allocationViolations(usage);
		if (violations.length > 0) return violations;

		this.budgetScale = applyEvents(session, state, events, this.budgetScale);
		if (events.some((e) => e.type === 'competitorEntry' || e.type === 'priceWar')) {
			this.eventsSoFar.push(...events);
			this.churn = churnTable(churnCurveAfter(scenario.churn, this.eventsSoFar), scenario.periodsPerYear);
		}
		const periods = simulatePeriods({
			state,
			plan,
			speeds: session.speeds,
			tierOf: tiering.tierOf,
			tierCount,
			periods: scenario.periodsPerRound,
			periodsPerYear: scenario.periodsPerYear,
			churn: this.churn,
			mode: this.mode,
			rng: this.rng,
		});
		this.rounds.push({ round, events, periods, usage });
		this.last = { allocation, customers, plan };
		return [];
	}

	/** Residual customer lifetime value of the survivors under the last round's plan, per tier and in total. */
	residual(): { tiers: number[]; total: number } {
		const { session, tiering } = this;
		const { scenario, portfolio } = session;
		// With no rounds played, survivors are valued as if given nothing (the plan of an empty allocation).
		const plan =
			this.last?.plan ??
			servicePlan(
				portfolio,
				scenario,
				expandTierAllocation(portfolio, scenario, tiering.tierOf, [], session.economics.belowZero),
			);
		return residualValue(session, this.state, plan, churnCurveAfter(scenario.churn, this.eventsSoFar), tiering);
	}
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
	const player = new RoundPlayer(session, tiering, mode, budgetScale);
	decisions.forEach((allocation, index) => {
		const violations = player.play(allocation);
		if (violations.length > 0) throw new AllocationRejected(index + 1, violations);
	});
	const residual = withResidual
		? player.residual()
		: { tiers: new Array<number>(tiering.tierIds.length).fill(0), total: 0 };
	return { rounds: player.rounds, state: player.state, budgetScale: player.budgetScale, residual };
}
