import { normaliseName } from '../text/nameProblem.ts';
import type { TieringSpecInput } from './tieringSpec.ts';

/**
 * Why a tiering the tier builder can produce would be refused, as a code the page words in its own language. The
 * schema (`tieringSpecSchema`) stays the authority and its messages are English, for the CLI and decisions files;
 * these are the refusals a learner can reach with the builder's sliders and name fields. A test holds the two to
 * agreement.
 */
export type TieringSpecProblem =
	| { code: 'abcOrder' }
	| { code: 'pyramidOrder' }
	| { code: 'strategicKeyOrder' }
	| { code: 'blankName'; position: number }
	| { code: 'longName'; position: number; max: number }
	| { code: 'duplicateName'; name: string };

/** The longest tier name the schema takes. */
export const maxTierNameLength = 40;

/** The first problem of `spec` a learner can cause in the tier builder, or null. Name characters are checked apart. */
export function tieringSpecProblem(spec: TieringSpecInput): TieringSpecProblem | null {
	switch (spec.method) {
		case 'abc':
			return (spec.aCut ?? 0.8) < (spec.bCut ?? 0.95) ? null : { code: 'abcOrder' };
		case 'pyramid': {
			const platinum = spec.platinum ?? 0.05;
			const gold = spec.gold ?? 0.2;
			return platinum <= gold && gold <= (spec.iron ?? 0.7) ? null : { code: 'pyramidOrder' };
		}
		case 'strategicKeyOrdinary':
			return (spec.strategicShare ?? 0.03) <= (spec.keyShare ?? 0.2) ? null : { code: 'strategicKeyOrder' };
		case 'custom': {
			const names = [...spec.tiers.map((tier) => tier.name), spec.otherwise].map(normaliseName);
			const seen = new Set<string>();
			for (const [i, name] of names.entries()) {
				if (name === '') return { code: 'blankName', position: i + 1 };
				// As the schema counts: UTF-16 code units.
				if (name.length > maxTierNameLength) return { code: 'longName', position: i + 1, max: maxTierNameLength };
				if (seen.has(name)) return { code: 'duplicateName', name };
				seen.add(name);
			}
			return null;
		}
		default:
			return null;
	}
}
