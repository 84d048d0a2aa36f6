import type { TieringSpec } from './tieringSpec.ts';

/**
 * The result of a tiering method: the tier of every customer (an index into `tierIds`) and the tiers in order, top
 * tier first. Tier ids are stable keys (`A`, `strategic`, `MVC`…) that the UI translates; custom tiers keep the
 * names the learner gave them.
 */
export interface Tiering {
	spec: TieringSpec;
	tierIds: string[];
	tierOf: Uint8Array;
}
