import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { tieringSpecSchema } from '../../../src/sim/tiering/tieringSpec.ts';
import { tieringSpecProblem } from '../../../src/sim/tiering/tieringSpecProblem.ts';

// The tier builder words these refusals in the page's language; the schema decides. For every spec the builder can
// make (shares in [0, 1], names of plain letters, blanks, spaces, repeats and over-long ones), the two must agree:
// a problem named here is a spec the schema refuses, and a spec the schema refuses has a problem named here.
// A few round values, so equal shares (the edge of every ordering rule) come up often.
const share = fc.oneof(fc.constantFrom(0, 0.2, 0.5, 0.8, 1), fc.double({ min: 0, max: 1, noNaN: true }));
const name = fc.oneof(
	fc.constantFrom('', '  ', 'A', 'B', ' A ', 'Key', '重点', 'x'.repeat(40), 'x'.repeat(41)),
	fc.stringMatching(/^[a-z]{1,8}$/),
);
const spec = fc.oneof(
	fc.record({ method: fc.constant('abc' as const), aCut: share, bCut: share }),
	fc.record({ method: fc.constant('pyramid' as const), platinum: share, gold: share, iron: share }),
	fc.record({
		method: fc.constant('strategicKeyOrdinary' as const),
		strategicShare: share,
		keyShare: share,
		potentialPromotion: share,
	}),
	fc.record({
		method: fc.constant('custom' as const),
		tiers: fc.array(
			name.map((n) => ({ name: n, when: [{ attribute: 'revenue' as const, op: '>=' as const, value: 1 }] })),
			{ minLength: 1, maxLength: 7 },
		),
		otherwise: name,
	}),
);

describe('tieringSpecProblem', () => {
	test('names a problem exactly when the schema refuses the spec', () => {
		fc.assert(
			fc.property(spec, (s) => {
				const refused = !tieringSpecSchema.safeParse(s).success;
				expect(tieringSpecProblem(s) !== null).toBe(refused);
			}),
			{ numRuns: 2000, seed: 20261207 },
		);
	});

	test('says which rule and which tier', () => {
		expect(tieringSpecProblem({ method: 'abc', aCut: 0.9, bCut: 0.7 })).toEqual({ code: 'abcOrder' });
		const when = [{ attribute: 'revenue' as const, op: '>=' as const, value: 1 }];
		expect(tieringSpecProblem({ method: 'custom', tiers: [{ name: 'A', when }], otherwise: ' A' })).toEqual({
			code: 'duplicateName',
			name: 'A',
		});
		expect(
			tieringSpecProblem({
				method: 'custom',
				tiers: [
					{ name: 'A', when },
					{ name: ' ', when },
				],
				otherwise: 'B',
			}),
		).toEqual({ code: 'blankName', position: 2 });
		expect(tieringSpecProblem({ method: 'rfm' })).toBeNull();
	});
});
