import type { Portfolio } from '../portfolio/generatePortfolio.ts';
import { sizeClasses } from '../portfolio/generatePortfolio.ts';
import type { Scenario } from '../scenarios/scenarioSchema.ts';

/**
 * What one tier is given, per customer per period unless said otherwise. This is the learner's decision: the
 * allocation panel edits one of these per tier.
 */
export interface TierAllocation {
	/** Key-account manager hours per customer per period. */
	kamHours: number;
	/** On-site visits per customer per period. */
	visits: number;
	/** Assisted contacts (phone, online chat) per customer per period. */
	assisted: number;
	/** Share of each customer's need offered through digital self-service (0–1). */
	digital: number;
	/** Share of the tier's service handled by partners / distributors (0–1); they take a commission on revenue. */
	partner: number;
	/** Value-added service units (training, audits, consulting) per customer per period. */
	valueAdded: number;
	/** Iron-triangle teams given to the tier as a whole; each covers a few of its largest accounts. */
	ironTriangleTeams: number;
	/** Fee on the tier's below-zero customers, as a share of their revenue (a pricing lever, not a service). */
	bzFee: number;
}

export const tierAllocationKeys = [
	'kamHours',
	'visits',
	'assisted',
	'digital',
	'partner',
	'valueAdded',
	'ironTriangleTeams',
	'bzFee',
] as const satisfies readonly (keyof TierAllocation)[];

/** Two tier decisions are the same, resource by resource (the second may be missing: a tier it did not have). */
export function sameDecisions(a: TierAllocation, b: TierAllocation | undefined): boolean {
	return b !== undefined && tierAllocationKeys.every((k) => a[k] === b[k]);
}

/** An allocation that gives nothing: the "none" reference policy, and the start of every form. */
export function emptyTierAllocation(): TierAllocation {
	return { kamHours: 0, visits: 0, assisted: 0, digital: 0, partner: 0, valueAdded: 0, ironTriangleTeams: 0, bzFee: 0 };
}

/** The same decisions spelled out per customer, one typed array per resource, for the fast loops. */
export interface CustomerAllocation {
	kamHours: Float64Array;
	visits: Float64Array;
	assisted: Float64Array;
	digital: Float64Array;
	partner: Float64Array;
	valueAdded: Float64Array;
	/** 1 where an iron-triangle team covers the account. */
	ironTriangle: Uint8Array;
	/** The account's share of its tier's iron-triangle cost per period (a tier's teams cost in full once they cover any account). */
	ironTriangleCost: Float64Array;
	/** The tier's fee rate, charged only in the rounds the customer is below zero (see `belowZeroNow`). */
	bzFee: Float64Array;
	/** Iron-triangle teams in use, for the cost and the capacity check. */
	ironTriangleTeams: number;
}

export function emptyCustomerAllocation(size: number): CustomerAllocation {
	return {
		kamHours: new Float64Array(size),
		visits: new Float64Array(size),
		assisted: new Float64Array(size),
		digital: new Float64Array(size),
		partner: new Float64Array(size),
		valueAdded: new Float64Array(size),
		ironTriangle: new Uint8Array(size),
		ironTriangleCost: new Float64Array(size),
		bzFee: new Float64Array(size),
		ironTriangleTeams: 0,
	};
}

// Rankings depend only on the portfolio and the tiering, which stay fixed while sliders move: keep them.
interface Ranking {
	portfolio: Portfolio;
	tierCount: number;
	members: Uint32Array[];
	/** Each customer's place in its tier's list (0 for the largest account), built when first asked for. */
	rank: Uint32Array | null;
}
const rankingCache = new WeakMap<Uint8Array, Ranking>();

function ranking(portfolio: Portfolio, tierOf: Uint8Array, tierCount: number): Ranking {
	const cached = rankingCache.get(tierOf);
	if (cached && cached.portfolio === portfolio && cached.tierCount === tierCount) return cached;
	const members: number[][] = Array.from({ length: tierCount }, () => []);
	for (let i = 0; i < portfolio.size; i++) members[tierOf[i] as number]?.push(i);
	const revenue = portfolio.revenue;
	const sorted = members.map((list) =>
		Uint32Array.from(list).sort((a, b) => (revenue[b] as number) - (revenue[a] as number) || a - b),
	);
	const entry: Ranking = { portfolio, tierCount, members: sorted, rank: null };
	rankingCache.set(tierOf, entry);
	return entry;
}

const byIndexCache = new WeakMap<Uint8Array, Uint32Array[]>();

/**
 * Customer indices of each tier in ascending order, the order in which the period loop adds up a tier's figures.
 * Kept per tiering (customers of a tier beyond `tierCount` are left out).
 */
export function membersByIndex(tierOf: Uint8Array, tierCount: number): Uint32Array[] {
	const cached = byIndexCache.get(tierOf);
	if (cached && cached.length === tierCount) return cached;
	const counts = new Uint32Array(tierCount);
	for (let i = 0; i < tierOf.length; i++) {
		const tier = tierOf[i] as number;
		counts[tier] = (counts[tier] as number) + 1;
	}
	const members = Array.from(counts, (count) => new Uint32Array(count));
	const filled = new Uint32Array(tierCount);
	for (let i = 0; i < tierOf.length; i++) {
		const tier = tierOf[i] as number;
		const list = members[tier];
		if (list) list[(filled[tier] as number)++] = i;
	}
	byIndexCache.set(tierOf, members);
	return members;
}

/** Customer indices of each tier, largest revenue first (ties by index), so iron-triangle teams go to the biggest accounts. */
export function membersByRevenue(portfolio: Portfolio, tierOf: Uint8Array, tierCount: number): Uint32Array[] {
	return ranking(portfolio, tierOf, tierCount).members;
}

/**
 * Each customer's place in its tier by revenue, as in `membersByRevenue` (0 for the largest account; customers of
 * a tier beyond `tierCount` get the length of the portfolio): a team of the tier covers it when its place is below
 * the accounts the tier's teams cover.
 */
export function revenueRankInTier(portfolio: Portfolio, tierOf: Uint8Array, tierCount: number): Uint32Array {
	const entry = ranking(portfolio, tierOf, tierCount);
	if (!entry.rank) {
		const rank = new Uint32Array(portfolio.size).fill(portfolio.size);
		for (const list of entry.members)
			for (let place = 0; place < list.length; place++) rank[list[place] as number] = place;
		entry.rank = rank;
	}
	return entry.rank;
}

/**
 * Spreads per-tier decisions over the customers of each tier. Iron-triangle teams cover the largest accounts of their
 * tier, `accountsPerTeam` each. The below-zero fee is the tier's rate for every customer of it: who pays it is decided
 * each round from the current figures, not here.
 */
export function expandTierAllocation(
	portfolio: Portfolio,
	scenario: Scenario,
	tierOf: Uint8Array,
	allocations: readonly TierAllocation[],
): CustomerAllocation {
	const out = emptyCustomerAllocation(portfolio.size);
	const members = membersByRevenue(portfolio, tierOf, allocations.length);
	allocations.forEach((a, tier) => {
		spreadTier(out, scenario, members[tier] as Uint32Array, a);
		out.ironTriangleTeams += Math.round(a.ironTriangleTeams);
	});
	return out;
}

/**
 * Writes one tier's decisions into the customers of the tier (`members`, largest revenue first), over whatever was
 * there: every field a tier's customer has, so a copy of an expansion can be patched tier by tier.
 */
export function spreadTier(out: CustomerAllocation, scenario: Scenario, members: Uint32Array, a: TierAllocation): void {
	const { accountsPerTeam, costPerTeam } = scenario.resources.ironTriangle;
	const teams = Math.round(a.ironTriangleTeams);
	const covered = Math.min(members.length, teams * accountsPerTeam);
	const costEach = covered > 0 ? (teams * costPerTeam) / covered : 0;
	for (let k = 0; k < members.length; k++) {
		const i = members[k] as number;
		out.kamHours[i] = a.kamHours;
		out.visits[i] = a.visits;
		out.assisted[i] = a.assisted;
		out.digital[i] = a.digital;
		out.partner[i] = a.partner;
		out.valueAdded[i] = a.valueAdded;
		out.bzFee[i] = a.bzFee;
		out.ironTriangle[i] = k < covered ? 1 : 0;
		out.ironTriangleCost[i] = k < covered ? costEach : 0;
	}
}

/**
 * What the firm does today, by size class (the scenario's `statusQuo` table, in units per unit of service need):
 * the "status quo" reference policy and the basis of each customer's baseline cost to serve. Service follows demand,
 * so customers who ask for more get more, whatever they are worth. Iron-triangle teams go to the largest accounts of the classes
 * marked for them, as many as the scenario has teams.
 */
export function statusQuoAllocation(portfolio: Portfolio, scenario: Scenario): CustomerAllocation {
	const out = emptyCustomerAllocation(portfolio.size);
	const rows = sizeClasses.map((name) => scenario.statusQuo[name]);
	const candidates: number[] = [];
	for (let i = 0; i < portfolio.size; i++) {
		const row = rows[portfolio.sizeClass[i] as number];
		if (!row) continue;
		// Today's service follows demand: each customer gets units in proportion to its own need.
		const need = portfolio.serviceNeed[i] as number;
		out.kamHours[i] = row.kamHours * need;
		out.visits[i] = row.visits * need;
		out.assisted[i] = row.assisted * need;
		out.digital[i] = row.digital;
		out.partner[i] = row.partner;
		out.valueAdded[i] = row.valueAdded * need;
		if (row.ironTriangle) candidates.push(i);
	}
	const { teams, accountsPerTeam } = scenario.resources.ironTriangle;
	const revenue = portfolio.revenue;
	candidates.sort((a, b) => (revenue[b] as number) - (revenue[a] as number) || a - b);
	const covered = Math.min(candidates.length, teams * accountsPerTeam);
	const costEach = scenario.resources.ironTriangle.costPerTeam / accountsPerTeam;
	for (let k = 0; k < covered; k++) {
		out.ironTriangle[candidates[k] as number] = 1;
		out.ironTriangleCost[candidates[k] as number] = costEach;
	}
	out.ironTriangleTeams = Math.ceil(covered / accountsPerTeam);
	return out;
}
