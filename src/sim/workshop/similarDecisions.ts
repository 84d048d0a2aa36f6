import { tierAllocationKeys } from '../model/tierAllocation.ts';
import type { TeamResult } from './teamResult.ts';

/**
 * How far apart two decisions may be and still count as "near-identical": every value of every tier in every round
 * both teams played is within 5 % of the larger of the two (a team that copied another and nudged a slider a step or
 * two, or rounded its numbers), and whole iron-triangle teams are equal. A value both teams left at 0 is equal.
 * Teams that decided for themselves differ by far more: no two of the reference policies come near (the unit test
 * checks it).
 */
export const NEAR_TOLERANCE = 0.05;

/** Two teams whose hand-ins look copied: same tiering, and the same (or nearly the same) allocation every round. */
export interface SimilarPair {
	a: string;
	b: string;
	kind: 'identical' | 'near';
	/** The rounds compared: those both teams played. */
	rounds: number;
	/** The largest difference between two values, as a share of the larger (0 for identical decisions). */
	largestDifference: number;
}

type HandIn = Pick<TeamResult, 'team' | 'tiering' | 'decisions'>;

/** Key-order-free form of a tiering, so `{a, b}` and `{b, a}` compare equal. */
function canonical(value: unknown): string {
	if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
	if (value && typeof value === 'object')
		return `{${Object.entries(value)
			.sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0))
			.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`)
			.join(',')}}`;
	return JSON.stringify(value);
}

// The position of `ironTriangleTeams` in `tierAllocationKeys`: a count of whole teams, never "nearly" equal.
const IRON_TRIANGLE = tierAllocationKeys.indexOf('ironTriangleTeams');

/** The largest relative difference between two teams' decisions over their common rounds, or null if not comparable. */
function difference(a: HandIn, b: HandIn, rounds: number): number | null {
	let largest = 0;
	for (let r = 0; r < rounds; r++) {
		const x = a.decisions[r] ?? [];
		const y = b.decisions[r] ?? [];
		if (x.length !== y.length) return null;
		for (let tier = 0; tier < x.length; tier++) {
			const u = x[tier] ?? [];
			const v = y[tier] ?? [];
			for (let k = 0; k < u.length; k++) {
				const p = u[k] as number;
				const q = v[k] as number;
				if (p === q) continue;
				if (k === IRON_TRIANGLE && Math.round(p) !== Math.round(q)) return Number.POSITIVE_INFINITY;
				const d = Math.abs(p - q) / Math.max(Math.abs(p), Math.abs(q));
				if (d > largest) largest = d;
			}
		}
	}
	return largest;
}

/**
 * Every pair of teams whose decisions are identical or near-identical (see `NEAR_TOLERANCE`) over the rounds both
 * played, with the same tiering. A pair is only compared when both teams played at least one round. Two teams that
 * both played one reference policy as it stands are identical too: the facilitator decides whether that is copying.
 */
export function similarDecisions(teams: readonly HandIn[], tolerance = NEAR_TOLERANCE): SimilarPair[] {
	const pairs: SimilarPair[] = [];
	const tierings = teams.map((t) => canonical(t.tiering));
	for (let i = 0; i < teams.length; i++) {
		for (let j = i + 1; j < teams.length; j++) {
			const a = teams[i] as HandIn;
			const b = teams[j] as HandIn;
			const rounds = Math.min(a.decisions.length, b.decisions.length);
			if (rounds === 0 || tierings[i] !== tierings[j]) continue;
			const d = difference(a, b, rounds);
			if (d === null || d > tolerance) continue;
			pairs.push({ a: a.team, b: b.team, kind: d === 0 ? 'identical' : 'near', rounds, largestDifference: d });
		}
	}
	return pairs;
}
