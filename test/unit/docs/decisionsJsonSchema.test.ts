import { describe, expect, test } from 'vitest';
import { GET } from '../../../src/pages/decisions.schema.json.ts';
import { main } from '../../../src/sim/cli/main.ts';
import { decisionsSchema } from '../../../src/sim/exercise/decisionsSchema.ts';
import { decisionsJsonSchema } from '../../../src/utils/decisionsJsonSchema.ts';
import { checkJsonSchema } from './checkJsonSchema.ts';

const schema = decisionsJsonSchema();

/** A decisions file exactly as `npm run sim -- decisions …` prints it. */
async function cliDecisions(scenario: string, policy: string, size = 200) {
	return JSON.parse(await main(['decisions', '--scenario', scenario, '--policy', policy, '--size', String(size)]));
}

type Json = Record<string, unknown>;

/**
 * A copy of `file` with the value at `path` replaced (or removed when `value` is undefined), so each bad case starts
 * from a file the CLI itself wrote.
 */
function withValue(file: Json, path: readonly (string | number)[], value: unknown): Json {
	const copy = structuredClone(file);
	let node = copy as Record<string | number, unknown>;
	for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
	const last = path.at(-1) as string | number;
	if (value === undefined) delete node[last];
	else node[last] = value;
	return copy;
}

const badCustomTiering = {
	method: 'custom',
	tiers: [{ name: 'x', when: [{ attribute: 'revenue', op: '~', value: 1 }] }],
	otherwise: 'y',
};

describe('decisionsJsonSchema', () => {
	test('returns a 2020-12 schema with a title, requiring what the zod schema requires', () => {
		expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
		expect(schema.title).toMatch(/decisions file/i);
		// A top-level field is required exactly when zod rejects the file without it.
		const requiredByZod = Object.entries(decisionsSchema.shape)
			.filter(([, field]) => !field.safeParse(undefined).success)
			.map(([key]) => key);
		expect([...(schema.required as string[])].sort()).toEqual(requiredByZod.sort());
		expect(schema.additionalProperties).toBe(false);
	});

	test.each([
		['ict-equipment', 'needs-based'],
		['ict-equipment', 'status-quo'],
		['ecommerce-membership', 'value-proportional'],
		['utility-market', 'none'],
	])('accepts the decisions file the CLI writes for %s / %s, as zod does', async (scenario, policy) => {
		const file = await cliDecisions(scenario, policy);
		expect(checkJsonSchema(schema, file)).toEqual([]);
		expect(decisionsSchema.safeParse(file).success).toBe(true);
	});

	test('accepts every tiering method, with defaults left out', async () => {
		const base = await cliDecisions('ict-equipment', 'none');
		const tierings = [
			{ method: 'abc' },
			{ method: 'valuePotential', value: 'revenue' },
			{ method: 'mvcMgcBz', mvcShare: 0.1 },
			{ method: 'rfm' },
			{ method: 'pyramid' },
			{ method: 'strategicKeyOrdinary' },
			{
				method: 'custom',
				tiers: [{ name: 'big', when: [{ attribute: 'revenue', op: '>=', value: 1e6 }] }],
				otherwise: 'rest',
			},
		];
		for (const tiering of tierings) {
			const file = { ...base, tiering, rounds: [{ allocation: { A: { kamHours: 1 } } }] };
			expect(checkJsonSchema(schema, file), tiering.method).toEqual([]);
			expect(decisionsSchema.safeParse(file).success, tiering.method).toBe(true);
		}
	});

	test.each([
		['a share above 1', '/rounds/1/allocation/key/digital', ['rounds', 1, 'allocation', 'key', 'digital'], 3],
		['an unknown allocation field', '/rounds/0/allocation/key/phone', ['rounds', 0, 'allocation', 'key', 'phone'], 2],
		[
			'fractional iron-triangle teams',
			'/rounds/0/allocation/strategic/ironTriangleTeams',
			['rounds', 0, 'allocation', 'strategic', 'ironTriangleTeams'],
			1.5,
		],
		['a fee above 30%', '/rounds/2/allocation/ordinary/bzFee', ['rounds', 2, 'allocation', 'ordinary', 'bzFee'], 0.5],
		['a negative seed', '/seed', ['seed'], -1],
		['a size below 50', '/size', ['size'], 10],
		['another version', '/version', ['version'], 2],
		['a $schema key', '/$schema', ['$schema'], './decisions.schema.json'],
		['no rounds', '/', ['rounds'], undefined],
		['an empty round list', '/rounds', ['rounds'], []],
		['an unknown tiering method', '/tiering', ['tiering'], { method: 'kmeans' }],
		['an unknown custom operator', '/tiering', ['tiering'], badCustomTiering],
		['an empty scenario id', '/scenario', ['scenario'], ''],
	] as const)('rejects %s at %s, as zod does', async (_, pointer, path, value) => {
		const bad = withValue(await cliDecisions('ict-equipment', 'needs-based'), path, value);
		const errors = checkJsonSchema(schema, bad);
		expect(errors.some((e) => e.startsWith(`${pointer}:`))).toBe(true);
		expect(decisionsSchema.safeParse(bad).success).toBe(false);
	});
});

describe('GET /decisions.schema.json', () => {
	test('serves the schema as JSON', async () => {
		const response = await GET({} as Parameters<typeof GET>[0]);
		expect(response.headers.get('Content-Type')).toMatch(/json/);
		expect(JSON.parse(await response.text())).toEqual(schema);
	});
});
