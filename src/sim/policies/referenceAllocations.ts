import type { Session } from '../exercise/createSession.ts';
import { allocationUsage } from '../model/allocationUsage.ts';
import { LEVERS, selfServiceShare, UNITS_PER } from '../model/servicePlan.ts';
import { emptyTierAllocation, statusQuoAllocation, type TierAllocation } from '../model/tierAllocation.ts';
import type { Scenario } from '../scenarios/scenarioSchema.ts';
import type { Tiering } from '../tiering/tiering.ts';

/** The reference policies a debrief compares a team with. */
export const referencePolicies = ['status-quo', 'uniform', 'value-proportional', 'needs-based', 'none'] as const;
export type ReferencePolicy = (typeof referencePolicies)[number];

const unitKeys = ['kamHours', 'visits', 'assisted', 'valueAdded'] as const;
const volumeKeys = ['kamHours', 'assisted', 'valueAdded'] as const;

/** Today's service averaged per tier: the status quo expressed as per-tier decisions. */
function statusQuoByTier(session: Session, tiering: Tiering): TierAllocation[] {
	const { portfolio, scenario } = session;
	const today = statusQuoAllocation(portfolio, scenario);
	const k = tiering.tierIds.length;
	const sums = Array.from({ length: k }, () => ({ ...emptyTierAllocation(), count: 0, covered: 0 }));
	for (let i = 0; i < portfolio.size; i++) {
		const s = sums[tiering.tierOf[i] as number];
		if (!s) continue;
		s.count += 1;
		s.kamHours += today.kamHours[i] as number;
		s.visits += today.visits[i] as number;
		s.assisted += today.assisted[i] as number;
		s.digital += today.digital[i] as number;
		s.partner += today.partner[i] as number;
		s.valueAdded += today.valueAdded[i] as number;
		s.covered += today.ironTriangle[i] as number;
	}
	// Today's teams, shared out by where their accounts fall, never more than the scenario has.
	const perTeam = scenario.resources.ironTriangle.accountsPerTeam;
	const teams = sums.map((s) => Math.floor(s.covered / perTeam));
	let spare = today.ironTriangleTeams - teams.reduce((a, b) => a + b, 0);
	const byRemainder = sums
		.map((s, t) => ({ t, rest: (s.covered / perTeam) % 1 }))
		.filter((x) => x.rest > 0)
		.sort((a, b) => b.rest - a.rest || a.t - b.t);
	for (const { t } of byRemainder) {
		if (spare <= 0) break;
		teams[t] = (teams[t] as number) + 1;
		spare -= 1;
	}
	return sums.map(({ count, covered, ...s }, t) =>
		count === 0
			? emptyTierAllocation()
			: {
					...s,
					kamHours: s.kamHours / count,
					visits: s.visits / count,
					assisted: s.assisted / count,
					digital: s.digital / count,
					partner: s.partner / count,
					valueAdded: s.valueAdded / count,
					ironTriangleTeams: teams[t] as number,
				},
	);
}

/** Per-tier weight of service per customer for a policy: equal, by mean revenue, or by mean need. */
function tierWeights(session: Session, tiering: Tiering, by: 'equal' | 'revenue' | 'need'): number[] {
	const k = tiering.tierIds.length;
	const sum = new Array<number>(k).fill(0);
	const count = new Array<number>(k).fill(0);
	const source = by === 'revenue' ? session.portfolio.revenue : session.portfolio.serviceNeed;
	for (let i = 0; i < session.portfolio.size; i++) {
		const t = tiering.tierOf[i] as number;
		count[t] = (count[t] as number) + 1;
		sum[t] = (sum[t] as number) + (by === 'equal' ? 1 : (source[i] as number));
	}
	return sum.map((s, t) => ((count[t] as number) > 0 ? s / (count[t] as number) : 0));
}

/** Scales the unit channels of per-tier decisions by one factor. */
function scaleUnits(
	allocations: TierAllocation[],
	factor: number,
	keys: readonly (typeof unitKeys)[number][] = unitKeys,
): TierAllocation[] {
	return allocations.map((a) => {
		const out = { ...a };
		for (const key of keys) out[key] = a[key] * factor;
		return out;
	});
}

/** Per tier: customers, mean need, and the means of what the course's channel rules look at. */
interface TierProfile {
	count: number;
	need: number;
	/** Mean share of the need self-service resolves (`selfServiceShare`). */
	selfService: number;
	/** Mean visit effectiveness, to size the visits that open a customer's missing layers. */
	visitEffect: number;
	/** Mean share of the three layers of a customer's organisation (decision, management, execution) we do not know. */
	unknownLayers: number;
}

function tierProfiles(session: Session, tiering: Tiering): TierProfile[] {
	const { portfolio, scenario } = session;
	const median = scenario.portfolio.serviceNeed.median;
	const out = tiering.tierIds.map(() => ({ count: 0, need: 0, selfService: 0, visitEffect: 0, unknownLayers: 0 }));
	for (let i = 0; i < portfolio.size; i++) {
		const p = out[tiering.tierOf[i] as number];
		if (!p) continue;
		const effect = (
			scenario.portfolio.segments[portfolio.segment[i] as number] as Scenario['portfolio']['segments'][number]
		).effectiveness;
		const need = portfolio.serviceNeed[i] as number;
		p.count += 1;
		p.need += need;
		p.selfService += selfServiceShare(effect.digital, need, median);
		p.visitEffect += effect.visits;
		const levels = portfolio.contactLevels[i] as number;
		p.unknownLayers += 1 - ((levels & 1) + ((levels >> 1) & 1) + ((levels >> 2) & 1)) / 3;
	}
	for (const p of out) {
		if (p.count === 0) continue;
		p.need /= p.count;
		p.selfService /= p.count;
		p.visitEffect /= p.count;
		p.unknownLayers /= p.count;
	}
	return out;
}

/**
 * Self-service is offered to a lower tier only where it resolves at least this share of the need on average: below
 * it, most attempts fail and frustrate (see `LEVERS.digitalFrustration`).
 */
const SELF_SERVICE_THRESHOLD = 0.5;
/** The share of a lower tier's service a competent policy hands to partners: they reach small customers cheaply. */
const PARTNER_SHARE = 0.5;

/**
 * Per-tier decisions for a reference policy on the learner's tiering, so that a team's choices and the references
 * are compared tier for tier. Status quo is today's service averaged per tier; none gives nothing; uniform shares
 * today's channel mix equally per customer, the naive policy a debrief sets against the others.
 *
 * Value-proportional and needs-based play as a good student of the course would (lectures 5 and 6): service per
 * customer follows the tier's weight (mean revenue, or mean need), and each channel does its own job. The upper
 * half of the tiers gets personal attention and every iron-triangle team goes to the heaviest tier; visits are
 * sized to open the layers of a customer's organisation we do not know yet (`LEVERS.visitScale`), not to carry
 * service volume. The lower half of the tiers is served through partners and, where self-service resolves most of
 * the need (B2C), through self-service, and its below-zero customers pay the fee. Every policy is then brought
 * within the budget and capacities by one scale factor, up to the whole budget for all but the status quo.
 */
export function referenceAllocations(
	policy: ReferencePolicy,
	session: Session,
	tiering: Tiering,
	budgetScale = 1,
): TierAllocation[] {
	const base = statusQuoByTier(session, tiering);
	if (policy === 'none') return base.map(() => emptyTierAllocation());
	if (policy === 'status-quo') return fitToLimits(session, tiering, base, budgetScale, false);
	const weights = tierWeights(
		session,
		tiering,
		policy === 'uniform' ? 'equal' : policy === 'value-proportional' ? 'revenue' : 'need',
	);
	// Today's portfolio-wide mix per customer, then each tier gets it in proportion to its weight.
	const counts = new Array<number>(tiering.tierIds.length).fill(0);
	for (const t of tiering.tierOf) counts[t] = (counts[t] as number) + 1;
	const n = session.portfolio.size;
	const mix = emptyTierAllocation();
	base.forEach((a, t) => {
		const share = (counts[t] as number) / n;
		for (const key of unitKeys) mix[key] += a[key] * share;
		mix.digital += a.digital * share;
		mix.partner += a.partner * share;
	});
	const meanWeight = weights.reduce((acc, w, t) => acc + w * ((counts[t] as number) / n), 0) || 1;
	const totalTeams = base.reduce((acc, a) => acc + a.ironTriangleTeams, 0);
	const allocations = weights.map((w) => {
		const out = { ...mix, ironTriangleTeams: 0, bzFee: 0 };
		for (const key of unitKeys) out[key] = mix[key] * (w / meanWeight);
		return out;
	});
	if (policy === 'uniform') return fitToLimits(session, tiering, allocations, budgetScale, true);
	// Visits keep the size the rules gave them: they open layers, they do not carry volume.
	const rules = byCourseRules(session, tiering, allocations, weights, totalTeams);
	return fitToLimits(session, tiering, rules, budgetScale, true, volumeKeys);
}

/** Applies the channel rules of `referenceAllocations` to weight-proportional decisions. */
function byCourseRules(
	session: Session,
	tiering: Tiering,
	allocations: TierAllocation[],
	weights: number[],
	teams: number,
): TierAllocation[] {
	const { scenario } = session;
	const profiles = tierProfiles(session, tiering);
	const occupied = weights.map((w, t) => ({ w, t })).filter(({ t }) => (profiles[t] as TierProfile).count > 0);
	const byRank = occupied.sort((a, b) => b.w - a.w || a.t - b.t).map(({ t }) => t);
	const upper = new Set(byRank.slice(0, Math.ceil(byRank.length / 2)));
	return allocations.map((a, t) => {
		const p = profiles[t] as TierProfile;
		if (p.count === 0) return emptyTierAllocation();
		const out = { ...a };
		out.ironTriangleTeams = t === byRank[0] ? teams : 0;
		// Visits that meet `visitScale` of the need open 63 % of the missing layers, so the tiers that get them get
		// that much for the share of layers still missing.
		out.visits =
			upper.has(t) && p.visitEffect > 0
				? (LEVERS.visitScale * p.need * p.unknownLayers) / (UNITS_PER.visits * p.visitEffect)
				: 0;
		if (upper.has(t) && byRank.length > 1) {
			out.digital = 0;
			out.partner = 0;
		} else {
			out.digital = p.selfService >= SELF_SERVICE_THRESHOLD ? p.selfService : 0;
			out.partner = PARTNER_SHARE;
			out.bzFee = scenario.resources.maxBzFee;
		}
		return out;
	});
}

/**
 * Scales the unit channels (`keys`, all of them unless said) so the decisions use the whole budget (when
 * `fillBudget`) without breaking any capacity or the budget. If the channels left out already break a limit, all
 * are scaled. Used only for reference policies: a learner's decisions are checked, never rescaled.
 */
function fitToLimits(
	session: Session,
	tiering: Tiering,
	allocations: TierAllocation[],
	budgetScale: number,
	fillBudget: boolean,
	keys: readonly (typeof unitKeys)[number][] = unitKeys,
): TierAllocation[] {
	const { portfolio, scenario } = session;
	const alive = new Float64Array(portfolio.size).fill(1);
	const usageOf = (a: TierAllocation[]) => allocationUsage(portfolio, scenario, tiering.tierOf, a, alive, budgetScale);
	// Usage is linear in the scale factor f of the unit channels: used(f) = fixed + f × variable, so the largest f
	// that keeps every limit follows from two evaluations.
	const fixed = usageOf(scaleUnits(allocations, 0, keys));
	if (keys !== unitKeys && fixed.some((u) => u.resource !== 'ironTriangleTeams' && u.used > u.limit)) {
		return fitToLimits(session, tiering, allocations, budgetScale, fillBudget);
	}
	const full = usageOf(allocations);
	let factor = fillBudget ? Number.POSITIVE_INFINITY : 1;
	full.forEach((u, k) => {
		const f0 = fixed[k]?.used ?? 0;
		const variable = u.used - f0;
		if (u.resource === 'ironTriangleTeams' || variable <= 0) return;
		factor = Math.min(factor, (u.limit - f0) / variable);
	});
	if (!Number.isFinite(factor)) factor = 1;
	return scaleUnits(allocations, Math.max(0, factor * (1 - 1e-9)), keys);
}

/** The budget multiplier in force in each round (1-based) after the scenario's scheduled budget cuts. */
export function budgetScaleByRound(session: Session, budgetScale = 1): number[] {
	const { scenario } = session;
	let scale = budgetScale;
	return Array.from({ length: scenario.rounds }, (_, index) => {
		for (const event of scenario.events)
			if (event.type === 'budgetCut' && event.round === index + 1) scale *= 1 - event.cut;
		return scale;
	});
}

/** A reference policy's decisions for every round of the scenario, each within the budget in force that round. */
export function referenceDecisions(
	policy: ReferencePolicy,
	session: Session,
	tiering: Tiering,
	budgetScale = 1,
): TierAllocation[][] {
	return budgetScaleByRound(session, budgetScale).map((scale) => referenceAllocations(policy, session, tiering, scale));
}
