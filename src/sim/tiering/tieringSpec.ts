import { z } from 'zod';
import { attributeIds } from './customerAttributes.ts';

const share = z.number().min(0).max(1);
const valueMeasure = z.enum(['revenue', 'grossProfit', 'profit', 'potential']);

/**
 * Which tiering method to apply and its parameters. The decisions file and the machine both carry this, so a
 * tiering can be replayed exactly.
 */
export const tieringSpecSchema = z.discriminatedUnion('method', [
	z
		.object({
			method: z.literal('abc'),
			value: valueMeasure.default('revenue'),
			aCut: share.default(0.8),
			bCut: share.default(0.95),
		})
		.refine((s) => s.aCut < s.bCut, { message: 'aCut must be below bCut', path: ['aCut'] }),
	z.object({
		method: z.literal('valuePotential'),
		value: valueMeasure.exclude(['potential']).default('profit'),
		/** Quantile of current value above which a customer counts as high value. */
		valueCut: share.default(0.7),
		/** Quantile of potential value above which a customer counts as high potential. */
		potentialCut: share.default(0.7),
	}),
	z.object({
		method: z.literal('mvcMgcBz'),
		/** Share of all customers, by profit, that can be most valuable. */
		mvcShare: share.default(0.2),
		/** Share of all customers, by potential, that can be most growable. */
		mgcShare: share.default(0.2),
	}),
	z.object({ method: z.literal('rfm') }),
	z
		.object({
			method: z.literal('pyramid'),
			/** Cumulative shares of customers, by profit, in platinum, gold and iron; the rest and every loss-maker is lead. */
			platinum: share.default(0.05),
			gold: share.default(0.2),
			iron: share.default(0.7),
		})
		.refine((s) => s.platinum <= s.gold && s.gold <= s.iron, {
			message: 'platinum ≤ gold ≤ iron (cumulative shares)',
			path: ['gold'],
		}),
	z
		.object({
			method: z.literal('strategicKeyOrdinary'),
			/** Share of customers, by revenue, that are strategic. */
			strategicShare: share.default(0.03),
			/** Cumulative share, by revenue, that is strategic or key. */
			keyShare: share.default(0.2),
			/** Customers whose potential is in this top share move up one level. */
			potentialPromotion: share.default(0.05),
		})
		.refine((s) => s.strategicShare <= s.keyShare, {
			message: 'strategicShare must not exceed keyShare',
			path: ['strategicShare'],
		}),
	z.object({
		method: z.literal('custom'),
		tiers: z
			.array(
				z.object({
					name: z.string().min(1).max(40),
					/** All conditions must hold (AND); the first tier whose conditions hold wins. */
					when: z
						.array(
							z.object({
								attribute: z.enum(attributeIds),
								op: z.enum(['>=', '>', '<=', '<', '==', '!=']),
								value: z.number(),
							}),
						)
						.min(1),
				}),
			)
			.min(1)
			.max(7),
		otherwise: z.string().min(1).max(40),
	}),
]);

export type TieringSpec = z.infer<typeof tieringSpecSchema>;
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
