import '../sim/zodConfig.ts';
import { z } from 'zod';
import { decisionsSchema } from '../sim/exercise/decisionsSchema.ts';

/**
 * Returns the JSON Schema of a decisions file, generated from the zod schema the CLI validates with, so the two can
 * never drift apart. It describes the input side (`io: 'input'`): fields with defaults may be left out. Checks that
 * JSON Schema cannot express (aCut below bCut, tier ids matching the tiering, resource limits) stay with the CLI.
 */
export function decisionsJsonSchema(): Record<string, unknown> {
	const { $schema, ...rest } = z.toJSONSchema(decisionsSchema, { io: 'input' });
	return {
		$schema,
		title: 'Decisions file of the customer-tiering course simulation',
		description:
			'A tiering and, per round, each tier’s service allocation; run it with `npm run sim -- run --decisions FILE`.',
		...rest,
	};
}
