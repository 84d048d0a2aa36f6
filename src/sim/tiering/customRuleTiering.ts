import type { CustomerAttributes } from './customerAttributes.ts';
import type { TieringSpec } from './tieringSpec.ts';

type CustomSpec = Extract<TieringSpec, { method: 'custom' }>;

const compare = {
	'>=': (a: number, b: number) => a >= b,
	'>': (a: number, b: number) => a > b,
	'<=': (a: number, b: number) => a <= b,
	'<': (a: number, b: number) => a < b,
	'==': (a: number, b: number) => a === b,
	'!=': (a: number, b: number) => a !== b,
} as const;

/**
 * Custom rules on any attribute: tiers are tried in order and a customer joins the first whose conditions all hold,
 * else the `otherwise` tier (the last). Returns the tier index per customer (0 = first rule's tier).
 */
export function customRuleTiers(attributes: CustomerAttributes, spec: CustomSpec, size: number): Uint8Array {
	const out = new Uint8Array(size).fill(spec.tiers.length);
	for (let i = 0; i < size; i++) {
		for (let t = 0; t < spec.tiers.length; t++) {
			const tier = spec.tiers[t];
			if (tier?.when.every((c) => compare[c.op](attributes[c.attribute][i] as number, c.value))) {
				out[i] = t;
				break;
			}
		}
	}
	return out;
}
