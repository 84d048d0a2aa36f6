import '../zodConfig.ts';
import * as z from 'zod/mini';
import { refineName } from '../text/refineName.ts';
import { attributeIds } from './customerAttributes.ts';

// zod/mini rather than zod: this schema runs in every lab page, and the mini build is a third of the size.
const share = () => z.number().check(z.minimum(0), z.maximum(1));
const withDefault = <T extends z.core.$ZodType>(schema: T, value: z.output<T>) => z._default(schema, value as never);
const valueMeasure = z.enum(['revenue', 'grossProfit', 'profit', 'potential']);

/**
 * A custom tier's name: in NFC and trimmed, 1 to 40 characters, no control, invisible or look-alike characters, and
 * not `__proto__`, which a JSON object cannot hold as an ordinary key (allocations are keyed by tier name).
 */
const tierName = () =>
	z.string().check(
		z.normalize('NFC'),
		z.trim(),
		z.minLength(1),
		z.maxLength(40),
		z.superRefine(refineName),
		z.refine((name) => name !== '__proto__', { message: '"__proto__" cannot be a tier name' }),
	);

/**
 * Which tiering method to apply and its parameters. The decisions file and the machine both carry this, so a
 * tiering can be replayed exactly.
 */
export const tieringSpecSchema = z.discriminatedUnion('method', [
	z
		.strictObject({
			method: z.literal('abc'),
			value: withDefault(valueMeasure, 'revenue'),
			aCut: withDefault(share(), 0.8),
			bCut: withDefault(share(), 0.95),
		})
		.check(z.refine((s) => s.aCut < s.bCut, { message: 'aCut must be below bCut', path: ['aCut'] })),
	z.strictObject({
		method: z.literal('valuePotential'),
		value: withDefault(z.enum(['revenue', 'grossProfit', 'profit']), 'profit'),
		/** Quantile of current value above which a customer counts as high value. */
		valueCut: withDefault(share(), 0.7),
		/** Quantile of potential value above which a customer counts as high potential. */
		potentialCut: withDefault(share(), 0.7),
	}),
	z.strictObject({
		method: z.literal('mvcMgcBz'),
		/** Share of all customers, by profit, that can be most valuable. */
		mvcShare: withDefault(share(), 0.2),
		/** Share of all customers, by potential, that can be most growable. */
		mgcShare: withDefault(share(), 0.2),
	}),
	z.strictObject({ method: z.literal('rfm') }),
	z
		.strictObject({
			method: z.literal('pyramid'),
			/** Cumulative shares of customers, by profit, in platinum, gold and iron; the rest and every loss-maker is lead. */
			platinum: withDefault(share(), 0.05),
			gold: withDefault(share(), 0.2),
			iron: withDefault(share(), 0.7),
		})
		.check(
			z.refine((s) => s.platinum <= s.gold && s.gold <= s.iron, {
				message: 'platinum ≤ gold ≤ iron (cumulative shares)',
				path: ['gold'],
			}),
		),
	z
		.strictObject({
			method: z.literal('strategicKeyOrdinary'),
			/** Share of customers, by revenue, that are strategic. */
			strategicShare: withDefault(share(), 0.03),
			/** Cumulative share, by revenue, that is strategic or key. */
			keyShare: withDefault(share(), 0.2),
			/** Customers whose potential is in this top share move up one level. */
			potentialPromotion: withDefault(share(), 0.05),
		})
		.check(
			z.refine((s) => s.strategicShare <= s.keyShare, {
				message: 'strategicShare must not exceed keyShare',
				path: ['strategicShare'],
			}),
		),
	z
		.strictObject({
			method: z.literal('custom'),
			tiers: z
				.array(
					z.strictObject({
						name: tierName(),
						/** All conditions must hold (AND); the first tier whose conditions hold wins. */
						when: z
							.array(
								z.strictObject({
									attribute: z.enum(attributeIds),
									op: z.enum(['>=', '>', '<=', '<', '==', '!=']),
									value: z.number(),
								}),
							)
							.check(z.minLength(1)),
					}),
				)
				.check(z.minLength(1), z.maxLength(7)),
			otherwise: tierName(),
		})
		.check(
			// Tiers are keyed by name (allocations, outputs): a second tier of the same name would hide the first's figures.
			z.superRefine((spec, ctx) => {
				const seen = new Set<string>();
				const names = [...spec.tiers.map((t) => t.name), spec.otherwise];
				names.forEach((name, i) => {
					if (seen.has(name))
						ctx.addIssue({
							code: 'custom',
							input: name,
							path: i < spec.tiers.length ? ['tiers', i, 'name'] : ['otherwise'],
							message: `"${name}" names two tiers; every tier needs its own name`,
						});
					seen.add(name);
				});
			}),
		),
]);

export type TieringSpec = z.output<typeof tieringSpecSchema>;
export type TieringSpecInput = z.input<typeof tieringSpecSchema>;
export type TieringMethod = TieringSpec['method'];
export const tieringMethods: readonly TieringMethod[] = [
	'abc',
	'valuePotential',
	'mvcMgcBz',
	'rfm',
	'pyramid',
	'strategicKeyOrdinary',
	'custom',
];
