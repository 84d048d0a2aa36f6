/**
 * A small JSON Schema checker for the tests, covering exactly the keywords z.toJSONSchema emits for the decisions
 * file. It throws on any keyword it does not know, so a schema that grows a new kind of constraint cannot pass these
 * tests unchecked. Returns the JSON Pointer of every place the value breaks the schema (empty when it conforms).
 */
type Schema = Record<string, unknown>;

const annotations = new Set(['$schema', 'title', 'description', 'default']);
const known = new Set([
	...annotations,
	'type',
	'const',
	'enum',
	'minimum',
	'maximum',
	'minLength',
	'maxLength',
	'minItems',
	'maxItems',
	'items',
	'properties',
	'required',
	'additionalProperties',
	'propertyNames',
	'oneOf',
]);

function typeOf(value: unknown): string {
	if (value === null) return 'null';
	if (Array.isArray(value)) return 'array';
	return typeof value;
}

function hasType(value: unknown, type: string): boolean {
	if (type === 'integer') return Number.isInteger(value);
	return typeOf(value) === type;
}

export function checkJsonSchema(schema: Schema, value: unknown, path = ''): string[] {
	for (const key of Object.keys(schema)) {
		if (!known.has(key)) throw new Error(`checkJsonSchema: unsupported keyword "${key}" at ${path || '/'}`);
	}
	const errors: string[] = [];
	const fail = (why: string) => errors.push(`${path || '/'}: ${why}`);

	if (typeof schema.type === 'string' && !hasType(value, schema.type)) {
		fail(`expected ${schema.type}`);
		return errors;
	}
	if ('const' in schema && value !== schema.const) fail(`expected ${JSON.stringify(schema.const)}`);
	if (Array.isArray(schema.enum) && !schema.enum.includes(value)) fail('not one of the allowed values');
	if (typeof value === 'number') {
		if (typeof schema.minimum === 'number' && value < schema.minimum) fail(`below ${schema.minimum}`);
		if (typeof schema.maximum === 'number' && value > schema.maximum) fail(`above ${schema.maximum}`);
	}
	if (typeof value === 'string') {
		if (typeof schema.minLength === 'number' && value.length < schema.minLength) fail('too short');
		if (typeof schema.maxLength === 'number' && value.length > schema.maxLength) fail('too long');
	}
	if (Array.isArray(value)) {
		if (typeof schema.minItems === 'number' && value.length < schema.minItems) fail('too few items');
		if (typeof schema.maxItems === 'number' && value.length > schema.maxItems) fail('too many items');
		if (schema.items) {
			value.forEach((item, i) => {
				errors.push(...checkJsonSchema(schema.items as Schema, item, `${path}/${i}`));
			});
		}
	}
	if (typeOf(value) === 'object') {
		const object = value as Record<string, unknown>;
		const properties = (schema.properties ?? {}) as Record<string, Schema>;
		for (const key of (schema.required ?? []) as string[]) if (!(key in object)) fail(`missing "${key}"`);
		for (const [key, item] of Object.entries(object)) {
			const where = `${path}/${key}`;
			if (schema.propertyNames) errors.push(...checkJsonSchema(schema.propertyNames as Schema, key, where));
			if (key in properties) errors.push(...checkJsonSchema(properties[key] as Schema, item, where));
			else if (schema.additionalProperties === false) errors.push(`${where}: not allowed`);
			else if (typeof schema.additionalProperties === 'object') {
				errors.push(...checkJsonSchema(schema.additionalProperties as Schema, item, where));
			}
		}
	}
	if (Array.isArray(schema.oneOf)) {
		const matches = (schema.oneOf as Schema[]).filter((option) => checkJsonSchema(option, value, path).length === 0);
		if (matches.length !== 1) fail(`matches ${matches.length} of the oneOf alternatives, not exactly one`);
	}
	return errors;
}
