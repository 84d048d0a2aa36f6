import { describe, expect, test } from 'vitest';
import { referencePolicies } from '../../../src/sim/policies/referenceAllocations.ts';
import { NEAR_TOLERANCE, similarDecisions } from '../../../src/sim/workshop/similarDecisions.ts';
import type { TeamResult } from '../../../src/sim/workshop/teamResult.ts';
import { honestResult } from './workshopFixtures.ts';

const tiering = {
	method: 'strategicKeyOrdinary',
	strategicShare: 0.03,
	keyShare: 0.2,
	potentialPromotion: 0.05,
} as const;
// Per tier: kamHours, visits, assisted, digital, partner, valueAdded, ironTriangleTeams, bzFee.
const base = [
	[8, 2, 4, 0.2, 0, 1, 2, 0],
	[2, 0.5, 3, 0.4, 0.1, 0.2, 0, 0],
	[0, 0, 1, 0.8, 0.3, 0, 0, 0.05],
];
const hand = (team: string, decisions: number[][][], spec: TeamResult['tiering'] = tiering) => ({
	team,
	tiering: spec,
	decisions,
});
const scaled = (f: number) => base.map((tier) => tier.map((v, k) => (k === 6 ? v : v * f)));

describe('similarDecisions', () => {
	test('flags identical decisions over the rounds both teams played', () => {
		const pairs = similarDecisions([hand('A', [base, base, base]), hand('B', [base, base])]);
		expect(pairs).toEqual([{ a: 'A', b: 'B', kind: 'identical', rounds: 2, largestDifference: 0 }]);
	});

	test('flags decisions within 5 % as near-identical, and names the largest difference', () => {
		// Every value 4 % lower: 4 % of the larger value apart.
		const [pair] = similarDecisions([hand('A', [base]), hand('B', [scaled(0.96)])]);
		expect(pair?.kind).toBe('near');
		expect(pair?.largestDifference).toBeCloseTo(0.04, 10);
	});

	test('does not flag decisions 6 % apart, nor 5 % apart with a tolerance of 4 %', () => {
		expect(similarDecisions([hand('A', [base]), hand('B', [scaled(0.94)])])).toEqual([]);
		expect(NEAR_TOLERANCE).toBe(0.05);
		expect(similarDecisions([hand('A', [base]), hand('B', [scaled(0.95)])], 0.04)).toEqual([]);
	});

	test('does not flag one value moved far, even with the rest identical', () => {
		const moved = base.map((tier, t) => tier.map((v, k) => (t === 1 && k === 0 ? 3 : v)));
		expect(similarDecisions([hand('A', [base]), hand('B', [moved])])).toEqual([]);
	});

	test('never calls a different number of iron-triangle teams near', () => {
		const more = base.map((tier, t) => tier.map((v, k) => (t === 0 && k === 6 ? 3 : v)));
		expect(similarDecisions([hand('A', [base]), hand('B', [more])], 1)).toEqual([]);
	});

	test('does not compare teams with different tierings, or a team that played no round', () => {
		const other = { ...tiering, keyShare: 0.25 };
		expect(similarDecisions([hand('A', [base]), hand('B', [base], other)])).toEqual([]);
		expect(similarDecisions([hand('A', [base]), hand('B', [])])).toEqual([]);
	});

	test('treats the same tiering written in another key order as the same', () => {
		const reordered = {
			potentialPromotion: 0.05,
			keyShare: 0.2,
			strategicShare: 0.03,
			method: 'strategicKeyOrdinary',
		} as const;
		expect(similarDecisions([hand('A', [base]), hand('B', [base], reordered)])).toHaveLength(1);
	});

	test('does not flag two different reference policies on the same tiering', () => {
		const teams = referencePolicies.filter((p) => p !== 'none').map((p) => honestResult(p, p, 3));
		expect(similarDecisions(teams)).toEqual([]);
	});
});
