import type { Portfolio } from '../portfolio/generatePortfolio.ts';
import { exp, expInPlace } from '../random/portableMath.ts';
import type { Scenario } from '../scenarios/scenarioSchema.ts';
import { targetFromExponentials } from './serviceResponse.ts';
import type { CustomerAllocation } from './tierAllocation.ts';

/**
 * Service units each channel delivers per unit given (before the segment's effectiveness): one assisted contact
 * resolves one unit of need; an account manager's hour is worth more, a visit more still; self-service and partner
 * shares are fractions of the need itself.
 */
export const UNITS_PER = { kamHours: 1.5, visits: 3, assisted: 1, valueAdded: 2 } as const;

/** Satisfaction points a below-zero customer loses per 10% fee on its revenue. */
export const FEE_PENALTY_PER_10_PERCENT = 0.6;

/**
 * The levers' distinct roles (MODEL-NOTES §5: no dominated lever, no free lever), each with its source here. The
 * "How the model works" page gives their equations ("What each lever does besides coverage"): keep the two together.
 */
export const LEVERS = {
	/**
	 * Satisfaction points a customer loses when all of its need is pushed to self-service and none of it can be
	 * resolved there: a failed self-service attempt is worse than none (Gartner 2019: only about 9 % of customers
	 * fully resolve an issue in self-service; Dixon, Freeman & Toman 2010, HBR, "Stop Trying to Delight Your
	 * Customers": effort, not delight, drives disloyalty).
	 */
	digitalFrustration: 1.2,
	/**
	 * Share of that frustration a person spares when one is there to pick up the failed attempt (assisted contacts
	 * and personal attention that meet the whole need spare this share; less of them, proportionally less): the
	 * customer still had to try twice.
	 */
	digitalFallback: 0.8,
	/** How fast self-service stops resolving as a customer's need grows: simple share = e / (1 + k √(need / median)). */
	digitalComplexity: 0.5,
	/**
	 * Share of churn that relationships at every layer (decision, management, execution) remove, by market: visits
	 * open the layers a customer's contacts do not yet reach. Multi-level contact raises switching costs in B2B
	 * (the course's three-layer contact; Palmatier et al. 2006, J. Marketing 70(4): relationship breadth).
	 */
	relationship: { b2b: 0.5, competitive: 0.3, lowCompetition: 0.2 },
	/** Share of need that visits must meet to open a missing layer by 63 % (1 − 1/e). */
	visitScale: 0.15,
	/**
	 * Annual growth of share of wallet, times the headroom left (1 − revenue / wallet), that value-added services
	 * (training, audits, consulting) bring when they meet a tenth of the need: they sell the rest of the wallet.
	 */
	valueAddedGrowth: 0.25,
	valueAddedScale: 0.1,
	/** An iron-triangle team's effect on a covered account: annual share-of-wallet growth × headroom, and the share of churn it removes. */
	teamGrowth: 0.3,
	teamRetention: 0.3,
	/** Share of churn a partner-served share of 1 adds: the customer's relationship is the distributor's. */
	partnerControl: 0.3,
	/**
	 * The fee's price response, stronger where customers have alternatives (by market) and room to move (headroom,
	 * 1 − revenue / wallet, scales both by 0.5 + headroom): churn rises by `feeChurn` per 10 % fee, and while the fee
	 * is in force the customer buys `feeElasticity` × fee of its purchases elsewhere. A fee of 10 % on a competitive
	 * customer with half its wallet elsewhere keeps 70 % of its purchases: a price elasticity of about 3, the middle of
	 * what Bijmolt, van Heerde & Pieters (2005, J. Marketing Research 42(2)) find across 1,851 estimates (mean −2.6).
	 */
	feeChurn: { competitive: 1.0, b2b: 0.6, lowCompetition: 0.2 },
	feeElasticity: { competitive: 3, b2b: 2, lowCompetition: 0.6 },
} as const;

/**
 * The share of a customer's need that self-service resolves: its segment's digital effectiveness, falling as the
 * need grows complex (`LEVERS.digitalComplexity`), never above 1. The plan's loop inlines the same arithmetic.
 */
export function selfServiceShare(effectiveness: number, need: number, medianNeed: number): number {
	return Math.min(effectiveness / (1 + (LEVERS.digitalComplexity / Math.sqrt(medianNeed)) * Math.sqrt(need)), 1);
}

/**
 * Everything about a customer's service that stays fixed while an allocation is in force, computed once per round
 * so the period loop only does arithmetic: coverage, personal attention, the target satisfaction, and the costs.
 */
export interface ServicePlan {
	coverage: Float64Array;
	attention: Float64Array;
	target: Float64Array;
	/** Cost per period charged to the service budget. */
	serviceCost: Float64Array;
	/** Cost per period outside the budget: order handling and the account's overhead. */
	fixedCost: Float64Array;
	/** Share of revenue paid to partners as commission. */
	commissionRate: Float64Array;
	/**
	 * Fee rate of the customer's tier, charged on its revenue in the rounds it is below zero. Whether it is below zero
	 * is not part of the plan: it is recomputed from the current figures each round (`belowZeroNow`), so a plan holds
	 * each fee-dependent entry twice, without the fee and with it, and the period loop takes the one in force.
	 */
	feeRate: Float64Array;
	/** Satisfaction points the target loses to self-service that cannot resolve the need (a fee adds its own). */
	penalty: Float64Array;
	/** The target satisfaction of a customer paying the fee: the fee's penalty on top of `penalty`. */
	targetWithFee: Float64Array;
	/** Multiplier of the churn probability: relationships, teams and partners. */
	churnFactor: Float64Array;
	/** `churnFactor` times the fee's price response, for a customer paying the fee. */
	churnFactorWithFee: Float64Array;
	/** Annual share-of-wallet growth, times the headroom left, from value-added services and teams. */
	growth: Float64Array;
	/** Share of its purchases a customer paying the fee keeps buying from us (1 for those who pay none). */
	kept: Float64Array;
}

/** Computes the service plan of every customer under an allocation (see the "How the model works" page). */
export function servicePlan(portfolio: Portfolio, scenario: Scenario, allocation: CustomerAllocation): ServicePlan {
	const n = portfolio.size;
	const plan: ServicePlan = {
		coverage: new Float64Array(n),
		attention: new Float64Array(n),
		target: new Float64Array(n),
		serviceCost: new Float64Array(n),
		fixedCost: new Float64Array(n),
		commissionRate: new Float64Array(n),
		feeRate: new Float64Array(n),
		penalty: new Float64Array(n),
		targetWithFee: new Float64Array(n),
		churnFactor: new Float64Array(n),
		churnFactorWithFee: new Float64Array(n),
		growth: new Float64Array(n),
		kept: new Float64Array(n),
	};
	fillServicePlan(plan, portfolio, scenario, allocation, null);
	return plan;
}

/**
 * Writes the plan entries of the customers in `only` (every customer when null) under an allocation: how a plan is
 * patched when a slider changes one tier, entry for entry what `servicePlan` computes. The target satisfaction's
 * exponentials are taken in a pass of their own (see `expInPlace`), and each pass is a function that ends with its
 * loop: V8 optimises a long first call from inside a loop, and code after it that had not run yet has no type
 * feedback, which threw the optimised code away on every call.
 */
export function fillServicePlan(
	plan: ServicePlan,
	portfolio: Portfolio,
	scenario: Scenario,
	allocation: CustomerAllocation,
	only: Uint32Array | null,
): void {
	const count = only ? only.length : portfolio.size;
	if (exponentials.coverage.length < count) {
		exponentials.coverage = new Float64Array(count);
		exponentials.attention = new Float64Array(count);
		exponentials.feePenalty = new Float64Array(count);
	}
	fillEntries(plan, portfolio, scenario, allocation, only);
	expInPlace(exponentials.coverage, count);
	expInPlace(exponentials.attention, count);
	fillTargets(plan, only, count);
}

// Buffers of `fillServicePlan`, reused: the arguments of the target satisfaction's exponentials, then their values,
// and the satisfaction points a fee would cost each customer.
const exponentials = { coverage: new Float64Array(0), attention: new Float64Array(0), feePenalty: new Float64Array(0) };

/** Every plan entry but the target, and the arguments of the target's exponentials (in `exponentials`). */
function fillEntries(
	plan: ServicePlan,
	portfolio: Portfolio,
	scenario: Scenario,
	allocation: CustomerAllocation,
	only: Uint32Array | null,
): void {
	const count = only ? only.length : portfolio.size;
	const res = scenario.resources;
	const ppy = scenario.periodsPerYear;
	// Channel effectiveness by segment as one flat typed array, and costs as locals: the loop then touches only numbers.
	const channels = ['kamHours', 'visits', 'ironTriangle', 'assisted', 'digital', 'partner', 'valueAdded'] as const;
	const eff = new Float64Array(scenario.portfolio.segments.length * channels.length);
	scenario.portfolio.segments.forEach((segment, k) => {
		channels.forEach((channel, c) => {
			eff[k * channels.length + c] = segment.effectiveness[channel];
		});
	});
	const kamValue = UNITS_PER.kamHours;
	const visitValue = UNITS_PER.visits;
	const teamUnits = res.ironTriangle.unitsPerAccount;
	const assistedValue = UNITS_PER.assisted;
	const valueAddedValue = UNITS_PER.valueAdded;
	const kamCost = res.kamHours.unitCost;
	const visitCost = res.visits.unitCost;
	const assistedCost = res.assisted.unitCost;
	const digitalCost = res.digital.unitCost;
	const valueAddedCost = res.valueAdded.unitCost;
	const commission = res.partner.commission;
	const costPerOrder = res.costPerOrder;
	const accountCost = res.accountCostPerYear;
	const { segment, serviceNeed, ordersPerYear, contactLevels, revenue, wallet } = portfolio;
	const market = scenario.market;
	const feePenalty = FEE_PENALTY_PER_10_PERCENT / 0.1;
	const feeChurn = LEVERS.feeChurn[market] / 0.1;
	const feeElasticity = LEVERS.feeElasticity[market];
	const relationship = LEVERS.relationship[market];
	const complexity = LEVERS.digitalComplexity / Math.sqrt(scenario.portfolio.serviceNeed.median);
	const {
		digitalFrustration,
		digitalFallback,
		visitScale,
		valueAddedGrowth,
		valueAddedScale,
		teamGrowth,
		teamRetention,
		partnerControl,
	} = LEVERS;
	const { kamHours, visits, assisted, digital, partner, valueAdded, ironTriangle, ironTriangleCost, bzFee } =
		allocation;
	const { coverage: coverageExp, attention: attentionExp, feePenalty: feePenalties } = exponentials;
	for (let j = 0; j < count; j++) {
		const i = only ? (only[j] as number) : j;
		const e = (segment[i] as number) * 7;
		const need = serviceNeed[i] as number;
		const kam = kamHours[i] as number;
		const visit = visits[i] as number;
		const help = assisted[i] as number;
		const self = digital[i] as number;
		const share = partner[i] as number;
		const extra = valueAdded[i] as number;
		const team = ironTriangle[i] as number;

		// Self-service resolves the simple share of a need, smaller as the need grows complex; the rest of what is
		// pushed there fails and frustrates.
		const simple = (eff[e + 4] as number) / (1 + complexity * Math.sqrt(need));
		const simpleShare = Math.min(simple, 1);
		const visitUnits = visit * visitValue * (eff[e + 1] as number);
		const extraUnits = extra * valueAddedValue * (eff[e + 6] as number);
		const personal = kam * kamValue * (eff[e] as number) + visitUnits + team * teamUnits * (eff[e + 2] as number);
		const other =
			help * assistedValue * (eff[e + 3] as number) +
			self * need * simpleShare +
			share * need * (eff[e + 5] as number) +
			extraUnits;
		const coverage = (personal + other) / need;
		const attention = (2 * personal) / need;
		const fee = bzFee[i] as number;
		// A failed attempt that a person picks up frustrates less; one with nobody behind it, the most.
		const fallback = Math.min((personal + help * assistedValue * (eff[e + 3] as number)) / need, 1);
		plan.penalty[i] = digitalFrustration * self * (1 - simpleShare) * (1 - digitalFallback * fallback);
		feePenalties[j] = fee * feePenalty;
		// Layers of the customer's organisation we know (decision, management, execution), of three.
		const levels = contactLevels[i] as number;
		const known = ((levels & 1) + ((levels >> 1) & 1) + ((levels >> 2) & 1)) / 3;
		const opened = (1 - known) * (1 - exp(-visitUnits / need / visitScale));
		// Customers with room to grow have the most alternatives to a fee: half the response for all, the rest by headroom.
		const w = wallet[i] as number;
		const headroom = w > 0 ? 1 - (revenue[i] as number) / w : 0;
		const alternatives = 0.5 + headroom;
		const factor = (1 - relationship * opened) * (1 - teamRetention * team) * (1 + partnerControl * share);
		plan.churnFactor[i] = factor;
		plan.churnFactorWithFee[i] = factor * (1 + feeChurn * fee * alternatives);
		plan.growth[i] = valueAddedGrowth * (1 - exp(-extraUnits / need / valueAddedScale)) + teamGrowth * team;
		const keep = 1 - feeElasticity * alternatives * fee;
		plan.kept[i] = Math.max(keep, 0);

		plan.coverage[i] = coverage;
		plan.attention[i] = attention;
		// The exponentials of the target satisfaction, taken below for all the customers at once.
		coverageExp[j] = -2 * Math.max(0, coverage);
		attentionExp[j] = -Math.max(0, attention);
		plan.serviceCost[i] =
			kam * kamCost +
			visit * visitCost +
			help * assistedCost +
			self * need * digitalCost +
			extra * valueAddedCost +
			(ironTriangleCost[i] as number);
		plan.fixedCost[i] = ((ordersPerYear[i] as number) * costPerOrder + accountCost) / ppy;
		plan.commissionRate[i] = share * commission;
		plan.feeRate[i] = fee;
	}
}

/**
 * The target satisfaction, without the fee and with it, from the exponentials `fillEntries` left in `exponentials`
 * once `expInPlace` took them: the fee only adds to the penalty, so both share the exponentials.
 */
function fillTargets(plan: ServicePlan, only: Uint32Array | null, count: number): void {
	const { coverage, attention, feePenalty } = exponentials;
	const { target, targetWithFee, penalty } = plan;
	for (let j = 0; j < count; j++) {
		const i = only ? (only[j] as number) : j;
		const c = coverage[j] as number;
		const a = attention[j] as number;
		const p = penalty[i] as number;
		target[i] = targetFromExponentials(c, a, p);
		targetWithFee[i] = targetFromExponentials(c, a, p + (feePenalty[j] as number));
	}
}

/**
 * Flags, in `out`, the customers who are below zero on the current figures (Peppers & Rogers' BZ): their gross
 * profit at today's revenue and margin is smaller than what they cost to serve under `plan`, the service they got
 * last round, budget and non-budget costs and partner commission together, per year, before any fee. A round's fee
 * goes to the customers flagged at its start, so one who became profitable stops paying it the next round and one who
 * fell below zero starts. The same sum as `portfolioEconomics` makes under the status quo, term by term.
 */
export function belowZeroNow(
	revenue: Float64Array,
	grossMargin: Float64Array,
	plan: ServicePlan,
	periodsPerYear: number,
	out: Uint8Array,
): Uint8Array {
	const { serviceCost, fixedCost, commissionRate } = plan;
	for (let i = 0; i < out.length; i++) {
		const r = revenue[i] as number;
		const gross = r * (grossMargin[i] as number);
		const cost =
			((serviceCost[i] as number) + (fixedCost[i] as number)) * periodsPerYear + r * (commissionRate[i] as number);
		out[i] = gross - cost < 0 ? 1 : 0;
	}
	return out;
}
