import '../zodConfig.ts';
import { z } from 'zod';
import { tieringSpecSchema } from '../tiering/tieringSpec.ts';

const perCustomer = (max: number) => z.number().min(0).max(max).default(0);

/** One tier's decisions in a decisions file; see `TierAllocation` for what each field means. */
export const tierAllocationSchema = z.strictObject({
	kamHours: perCustomer(500),
	visits: perCustomer(100),
	assisted: perCustomer(1000),
	digital: perCustomer(1),
	partner: perCustomer(1),
	valueAdded: perCustomer(500),
	ironTriangleTeams: z.number().int().min(0).max(100).default(0),
	bzFee: perCustomer(0.3),
});

/**
 * A decisions file: the tiering and, per round, each tier's allocation keyed by tier id. The CLI reads it with
 * `run --decisions FILE`; `decisions --policy P` writes one to start from. Published as JSON Schema in the docs.
 */
export const decisionsSchema = z.strictObject({
	version: z.literal(1),
	scenario: z.string().min(1),
	seed: z.number().int().min(0).max(4294967295).optional(),
	size: z.number().int().min(50).max(100000).optional(),
	tiering: tieringSpecSchema,
	rounds: z
		.array(z.strictObject({ allocation: z.record(z.string(), tierAllocationSchema) }))
		.min(1)
		.max(12),
});

export type DecisionsFile = z.infer<typeof decisionsSchema>;
