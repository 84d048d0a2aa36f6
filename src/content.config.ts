import { defineCollection } from 'astro:content';
import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { quizSchema } from './schemas/quizSchema';
import { scenarioSchema } from './sim/scenarios/scenarioSchema.ts';

export const collections = {
	docs: defineCollection({
		loader: docsLoader(),
		schema: docsSchema({
			extend: z.object({
				// The lesson's knowledge check (3–5 questions); see src/schemas/quizSchema.ts.
				quiz: quizSchema.optional(),
				// The id of the lesson's lab step (e.g. `tier`); the lesson counts as completed only once it is done.
				lab: z.string().min(1).optional(),
			}),
		}),
	}),
	// The simulation's scenarios, validated by the same schema the engine and the CLI use.
	scenarios: defineCollection({
		loader: glob({ pattern: '*.json', base: './src/content/scenarios' }),
		schema: scenarioSchema,
	}),
	// UI strings of the course's own components, one file per locale (zh-CN.json, en.json).
	i18n: defineCollection({
		loader: i18nLoader(),
		schema: i18nSchema({ extend: z.object({}).catchall(z.string()) }),
	}),
};
