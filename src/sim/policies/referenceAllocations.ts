import type { Session } from '../exercise/createSession.ts';
import { allocationUsage } from '../model/allocationUsage.ts';
import { emptyTierAllocation, statusQuoAllocation, type TierAllocation } from '../model/tierAllocation.ts';
import type { Tiering } from '../tiering/tiering.ts';

/** The reference policies a debrief compares a team with. */
export const referencePolicies = ['status-quo', 'uniform', 'value-proportional', 'needs-based', 'none'] as const;
export type ReferencePolicy = (typeof referencePolicies)[number];

const unitKeys = ['kamHours', 'visits', 'assisted', 'valueAdded'] as const;

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
function scaleUnits(allocations: TierAllocation[], factor: number): TierAllocation[] {
	return allocations.map((a) => {
		const out = { ...a };
		for (const key of unitKeys) out[key] = a[key] * factor;
		return out;
	});
}

/**
 * Per-tier decisions for a reference policy on the learner's tiering, so that a team's choices and the references
 * are compared tier for tier. Status quo is today's service averaged per tier; uniform, value-proportional and
 * needs-based keep today's channel mix but share the whole budget equally per customer, by mean revenue, or by mean
 * need; none gives nothing. Every policy is brought within the budget and capacities by scaling it down, never up
 * past a limit.
 */
export function referenceAllocations(
	policy: ReferencePolicy,
	session: Session,
	tiering: Tiering,
	budgetScale = 1,
): TierAllocation[] {
	const base = statusQuoByTier(session, tiering);
	if (policy === 'none') return base.map(() => emptyTierAllocation());
	let allocations = base;
	if (policy !== 'status-quo') {
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
		const byRank = weights.map((w, t) => ({ w, t })).sort((a, b) => b.w - a.w || a.t - b.t);
		allocations = weights.map((w) => {
			const out = { ...mix, ironTriangleTeams: 0, bzFee: 0 };
			for (const key of unitKeys) out[key] = mix[key] * (w / meanWeight);
			return out;
		});
		// Iron-triangle teams go to the tiers with the highest weight, as many as today.
		const first = byRank[0];
		if (first && policy !== 'uniform') (allocations[first.t] as TierAllocation).ironTriangleTeams = totalTeams;
	}
	return fitToLimits(session, tiering, allocations, budgetScale, policy !== 'status-quo');
}

/**
 * Scales the unit channels so the decisions use the whole budget (when `fillBudget`) without breaking any capacity
 * or the budget. Used only for reference policies: a learner's decisions are checked, never rescaled.
 */
function fitToLimits(
	session: Session,
	tiering: Tiering,
	allocations: TierAllocation[],
	budgetScale: number,
	fillBudget: boolean,
): TierAllocation[] {
	const { portfolio, scenario } = session;
	const alive = new Float64Array(portfolio.size).fill(1);
	const usageOf = (a: TierAllocation[]) =>
		allocationUsage(portfolio, scenario, tiering.tierOf, a, session.economics.belowZero, alive, budgetScale);
	// Usage is linear in the scale factor f of the unit channels: used(f) = fixed + f × variable, so the largest f
	// that keeps every limit follows from two evaluations.
	const fixed = usageOf(scaleUnits(allocations, 0));
	const full = usageOf(allocations);
	let factor = fillBudget ? Number.POSITIVE_INFINITY : 1;
	full.forEach((u, k) => {
		const f0 = fixed[k]?.used ?? 0;
		const variable = u.used - f0;
		if (u.resource === 'ironTriangleTeams' || variable <= 0) return;
		factor = Math.min(factor, (u.limit - f0) / variable);
	});
	if (!Number.isFinite(factor)) factor = 1;
	const current = scaleUnits(allocations, Math.max(0, factor * (1 - 1e-9)));
	return current;
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
