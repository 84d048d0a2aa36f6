// The JSON Schema of a decisions file, published at /decisions.schema.json for editors and other tools.
import type { APIRoute } from 'astro';
import { decisionsJsonSchema } from '../utils/decisionsJsonSchema.ts';

export const GET: APIRoute = () =>
	new Response(`${JSON.stringify(decisionsJsonSchema(), null, 2)}\n`, {
		headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
	});
