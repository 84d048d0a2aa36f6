import { type AllocationPlan, allocationPlan } from '../model/allocationPlan.ts';
import {
	type AllocationViolation,
	allocationViolations,
	type ResourceUsage,
	resourceUsage,
} from '../model/checkAllocation.ts';
import { belowZeroNow, type ServicePlan, servicePlan } from '../model/servicePlan.ts';
import { churnCurveAfter } from '../model/serviceResponse.ts';
import {
	accumulatePeriods,
	churnTable,
	cloneState,
	initialState,
	type PeriodResult,
	periodResult,
	type SimulateInput,
	type SimulationMode,
	type SimulationState,
	SUM_FIELDS,
	simulatePeriods,
} from '../model/simulatePeriods.ts';
import {
	type CustomerAllocation,
	expandTierAllocation,
	membersByIndex,
	sameDecisions,
	statusQuoAllocation,
	type TierAllocation,
} from '../model/tierAllocation.ts';
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

/**
 * Applies the events that open a round to the state; returns the budget multiplier they leave in force and the
 * customers a service crisis hit (null when there was none).
 */
function applyEvents(
	session: Session,
	state: SimulationState,
	events: readonly ScenarioEvent[],
	budgetScale: number,
): { scale: number; crisis: number[] | null } {
	let scale = budgetScale;
	let crisis: number[] | null = null;
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
			crisis = [...(crisis ?? []), ...order];
		} else if (event.type === 'budgetCut') {
			scale *= 1 - event.cut;
		}
	}
	return { scale, crisis };
}

/**
 * One round of a forecast, kept so that the next forecast from the same start can take over the tiers whose
 * decisions it does not change (see `RoundPlayer.playReusing`). Never written after it is made.
 */
export interface ForecastRound {
	/** The decisions played, copied. */
	allocation: TierAllocation[];
	/** The customers the round's service crisis hit, or null when it had none. */
	crisis: number[] | null;
	/** Each period's raw sums per tier (see `accumulatePeriods`). */
	sums: Float64Array[];
	/** Every customer's state after the round. */
	after: SimulationState;
}

/** What `RoundPlayer.playReusing` is given besides the decisions. */
export interface ForecastReuse {
	/** The same round of the last forecast from the same start, if it got that far. */
	previous: ForecastRound | undefined;
	/** One flag a tier: set where the customers already differ from `previous` (updated by the call). */
	dirty: Uint8Array;
	/** The decisions' plan, when the caller has made it (into buffers it reuses). */
	plan?: AllocationPlan;
	/** Where to keep the state after the round (a buffer the caller reuses); a new copy otherwise. */
	keepInto?: SimulationState;
}

const stateArrays = ['satisfaction', 'alive', 'revenue', 'wallet', 'grossMargin'] as const;

/** Copies every customer's state into `to` (of the same size) and returns it. */
function copyState(from: SimulationState, to: SimulationState): SimulationState {
	for (const key of stateArrays) to[key].set(from[key]);
	to.period = from.period;
	return to;
}

/** Copies the listed customers' state from one state to another. */
function copyCustomers(from: SimulationState, to: SimulationState, customers: Uint32Array): void {
	for (const key of stateArrays) {
		const source = from[key];
		const target = to[key];
		for (let k = 0; k < customers.length; k++) {
			const i = customers[k] as number;
			target[i] = source[i] as number;
		}
	}
}

/**
 * An exercise being played round by round: the state after the rounds so far and everything the next round needs.
 * `playRounds` replays a whole exercise with it; a forecast keeps one at the start of the next round and `fork`s it
 * for every slider step, so the rounds already played are not simulated again.
 */
export class RoundPlayer {
	readonly rounds: RoundOutcome[] = [];
	/**
	 * Per round played, 1 for the customers below zero in it, who paid their tier's fee: recomputed from the figures
	 * at the round's start, after its events (see `belowZeroAtStart`). Never written after the round.
	 */
	readonly belowZeroByRound: Uint8Array[] = [];
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
	fork(into?: SimulationState): RoundPlayer {
		if (this.mode !== 'expected') throw new Error('only an expected-value play can be forked');
		const copy: RoundPlayer = Object.create(RoundPlayer.prototype);
		Object.assign(copy, this, {
			rounds: [...this.rounds],
			belowZeroByRound: [...this.belowZeroByRound],
			state: into ? copyState(this.state, into) : cloneState(this.state),
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
		return this.playRound(allocation, null).violations;
	}

	/**
	 * Plays the next round as `play` does, but simulates only the tiers that can differ from `previous`, the same
	 * round of an earlier forecast forked from the same start: tiers whose decisions differ, tiers already different
	 * in an earlier round (`dirty`, one flag a tier, updated here), and tiers with a customer that one service crisis
	 * hit and the other did not. The other tiers' customers take their state and sums from `previous`. In expected
	 * value every customer evolves on its own, so the numbers are those of `play`, to the bit. Returns the round to
	 * keep for the next forecast, or the violations of a decision that breaks a limit.
	 */
	playReusing(
		allocation: readonly TierAllocation[],
		reuse: ForecastReuse,
	): { violations: AllocationViolation[]; round: ForecastRound | null } {
		if (this.mode !== 'expected') throw new Error('only an expected-value play can reuse a forecast');
		return this.playRound(allocation, reuse);
	}

	private playRound(
		allocation: readonly TierAllocation[],
		reuse: ForecastReuse | null,
	): { violations: AllocationViolation[]; round: ForecastRound | null } {
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
		} else if (reuse?.plan) {
			({ customers, plan } = reuse.plan);
		} else {
			// Patched from the last plan made where only some tiers' decisions differ (a slider step).
			({ customers, plan } = allocationPlan(portfolio, scenario, tiering.tierOf, allocation));
		}
		const events = scenario.events.filter((e) => e.round === round);
		// The limits are those after the round's events, so check on a preview of the events' budget cuts and the
		// survivors as they are (no event removes customers) before the events touch the state.
		let scale = this.budgetScale;
		for (const e of events) if (e.type === 'budgetCut') scale *= 1 - e.cut;
		const usage = resourceUsage(scenario, customers, plan, state.alive, scale);
		const violations = allocationViolations(usage);
		if (violations.length > 0) return { violations, round: null };

		const { scale: budgetScale, crisis } = applyEvents(session, state, events, this.budgetScale);
		this.budgetScale = budgetScale;
		const belowZero = this.belowZeroAtStart(events);
		if (events.some((e) => e.type === 'competitorEntry' || e.type === 'priceWar')) {
			this.eventsSoFar.push(...events);
			this.churn = churnTable(churnCurveAfter(scenario.churn, this.eventsSoFar), scenario.periodsPerYear);
		}
		const input = {
			state,
			plan,
			belowZero,
			speeds: session.speeds,
			tierOf: tiering.tierOf,
			tierCount,
			periods: scenario.periodsPerRound,
			periodsPerYear: scenario.periodsPerYear,
			churn: this.churn,
			mode: this.mode,
			rng: this.rng,
		};
		let periods: PeriodResult[];
		let kept: ForecastRound | null = null;
		if (!reuse) {
			periods = simulatePeriods(input);
		} else {
			const first = state.period;
			const sums = this.simulateChangedTiers(input, allocation, crisis, reuse.previous, reuse.dirty);
			periods = sums.map((s, t) => periodResult(s, tierCount, first + t + 1));
			const after = reuse.keepInto ? copyState(state, reuse.keepInto) : cloneState(state);
			kept = { allocation: allocation.map((a) => ({ ...a })), crisis, sums, after };
		}
		this.rounds.push({ round, events, periods, usage });
		this.belowZeroByRound.push(belowZero);
		this.last = { allocation, customers, plan };
		return { violations: [], round: kept };
	}

	/**
	 * Who is below zero as a round starts, after its events: gross profit at the current revenue and margin against
	 * the cost of the service the customer got last round (the status quo before the first). The first round without
	 * an event that moves revenue or margin is the session's own economics, the same sum on the same figures.
	 */
	private belowZeroAtStart(events: readonly ScenarioEvent[]): Uint8Array {
		const { session } = this;
		const moved = events.some((e) => e.type === 'downturn' || e.type === 'priceWar');
		if (!this.last && !moved) return session.economics.belowZero;
		return this.belowZeroNext();
	}

	/** Who would be below zero if a round started now, before its events: the flags the survivors' tail is valued with. */
	belowZeroNext(): Uint8Array {
		const { session, state } = this;
		const { portfolio, scenario } = session;
		const plan = this.last?.plan ?? servicePlan(portfolio, scenario, statusQuoAllocation(portfolio, scenario));
		return belowZeroNow(
			state.revenue,
			state.grossMargin,
			plan,
			scenario.periodsPerYear,
			new Uint8Array(portfolio.size),
		);
	}

	/**
	 * The round's raw sums, simulating only the tiers that can differ from `previous` and copying the rest (their
	 * state after the round and their sums) from it. See `playReusing`.
	 */
	private simulateChangedTiers(
		input: SimulateInput,
		allocation: readonly TierAllocation[],
		crisis: number[] | null,
		previous: ForecastRound | undefined,
		dirty: Uint8Array,
	): Float64Array[] {
		const { tierOf } = this.tiering;
		const tierCount = dirty.length;
		if (!previous) dirty.fill(1);
		else {
			allocation.forEach((a, tier) => {
				if (!sameDecisions(a, previous.allocation[tier])) dirty[tier] = 1;
			});
			// A customer that one crisis hit and the other did not starts the periods differently.
			const hit = new Set(crisis ?? []);
			const before = new Set(previous.crisis ?? []);
			for (const i of hit) if (!before.has(i)) dirty[tierOf[i] as number] = 1;
			for (const i of before) if (!hit.has(i)) dirty[tierOf[i] as number] = 1;
		}
		const members = membersByIndex(tierOf, tierCount);
		const changed = members.filter((_, tier) => dirty[tier] === 1);
		const only = new Uint32Array(changed.reduce((n, list) => n + list.length, 0));
		changed.reduce((at, list) => {
			only.set(list, at);
			return at + list.length;
		}, 0);
		const sums = accumulatePeriods({ ...input, only });
		if (!previous) return sums;
		// The clean tiers' customers end the round as they did in `previous`. Whichever group is smaller is copied
		// customer by customer; the rest goes across whole arrays.
		const { state } = input;
		const clean = members.filter((_, tier) => dirty[tier] === 0);
		if (only.length >= state.alive.length - only.length) {
			for (const list of clean) copyCustomers(previous.after, state, list);
		} else {
			const kept = new Float64Array(only.length);
			for (const key of stateArrays) {
				const target = state[key];
				for (let k = 0; k < only.length; k++) kept[k] = target[only[k] as number] as number;
				target.set(previous.after[key]);
				for (let k = 0; k < only.length; k++) target[only[k] as number] = kept[k] as number;
			}
		}
		for (let tier = 0; tier < tierCount; tier++) {
			if (dirty[tier] === 1) continue;
			const block = tier * SUM_FIELDS;
			sums.forEach((s, t) => {
				s.set((previous.sums[t] as Float64Array).subarray(block, block + SUM_FIELDS), block);
			});
		}
		return sums;
	}

	/** Residual customer lifetime value of the survivors under the last round's plan, per tier and in total. */
	residual(): { tiers: number[]; total: number } {
		const { session, tiering } = this;
		const { scenario, portfolio } = session;
		// With no rounds played, survivors are valued as if given nothing (the plan of an empty allocation).
		const plan =
			this.last?.plan ??
			servicePlan(portfolio, scenario, expandTierAllocation(portfolio, scenario, tiering.tierOf, []));
		return residualValue(
			session,
			this.state,
			plan,
			this.belowZeroNext(),
			this.churn,
			churnCurveAfter(scenario.churn, this.eventsSoFar),
			tiering,
		);
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
