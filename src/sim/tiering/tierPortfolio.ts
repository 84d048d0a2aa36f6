import { abcClasses } from './abcTiering.ts';
import type { CustomerAttributes } from './customerAttributes.ts';
import { customRuleTiers } from './customRuleTiering.ts';
import { mvcMgcBzGroups, mvcMgcBzTierIds } from './mvcMgcBzTiering.ts';
import { pyramidLevels, pyramidTierIds } from './pyramidTiering.ts';
import { rfmTiers } from './rfmTiering.ts';
import { strategicKeyOrdinaryLevels, strategicKeyOrdinaryTierIds } from './strategicKeyOrdinaryTiering.ts';
import type { Tiering } from './tiering.ts';
import type { TieringSpec } from './tieringSpec.ts';
import { valuePotentialQuadrants, valuePotentialTierIds } from './valuePotentialTiering.ts';

/** Applies any tiering method of the course to a portfolio's attributes. */
export function tierPortfolio(spec: TieringSpec, attributes: CustomerAttributes): Tiering {
	switch (spec.method) {
		case 'abc':
			return { spec, tierIds: ['A', 'B', 'C'], tierOf: abcClasses(attributes[spec.value], spec.aCut, spec.bCut) };
		case 'valuePotential':
			return {
				spec,
				tierIds: [...valuePotentialTierIds],
				tierOf: valuePotentialQuadrants(attributes[spec.value], attributes.potential, spec.valueCut, spec.potentialCut),
			};
		case 'mvcMgcBz':
			return {
				spec,
				tierIds: [...mvcMgcBzTierIds],
				tierOf: mvcMgcBzGroups(attributes.profit, attributes.potential, spec.mvcShare, spec.mgcShare),
			};
		case 'rfm': {
			const { tierIds, tierOf } = rfmTiers(attributes);
			return { spec, tierIds, tierOf };
		}
		case 'pyramid':
			return {
				spec,
				tierIds: [...pyramidTierIds],
				tierOf: pyramidLevels(attributes.profit, spec.platinum, spec.gold, spec.iron),
			};
		case 'strategicKeyOrdinary':
			return {
				spec,
				tierIds: [...strategicKeyOrdinaryTierIds],
				tierOf: strategicKeyOrdinaryLevels(
					attributes.revenue,
					attributes.potential,
					spec.strategicShare,
					spec.keyShare,
					spec.potentialPromotion,
				),
			};
		case 'custom':
			return {
				spec,
				tierIds: [...spec.tiers.map((t) => t.name), spec.otherwise],
				tierOf: customRuleTiers(attributes, spec, attributes.revenue.length),
			};
	}
}
