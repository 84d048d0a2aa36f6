import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { scenarios } from '../../../src/sim/scenarios/scenarioCatalog.ts';
import { scenarioSchema } from '../../../src/sim/scenarios/scenarioSchema.ts';

const dir = new URL('../../../src/content/scenarios/', import.meta.url);
const files = readdirSync(dir).filter((f) => f.endsWith('.json'));

describe('scenario files', () => {
	test('there are at least six, and the catalogue holds every one of them', () => {
		expect(files.length).toBeGreaterThanOrEqual(6);
		expect(scenarios.map((s) => `${s.id}.json`).sort()).toEqual([...files].sort());
	});

	test.each(files)('%s is valid, named after its id, and needs no defaults from the schema', (file) => {
		const raw = JSON.parse(readFileSync(new URL(file, dir), 'utf8'));
		const parsed = scenarioSchema.parse(raw);
		expect(`${parsed.id}.json`).toBe(file);
		expect(parsed).toEqual(raw);
	});

	test('every scenario schedules its events within its rounds and writes both languages', () => {
		for (const s of scenarios) {
			for (const e of s.events) expect(e.round).toBeLessThanOrEqual(s.rounds);
			expect(s.objectives['zh-CN'].length).toBe(s.objectives.en.length);
			expect(s.debriefQuestions['zh-CN'].length).toBe(s.debriefQuestions.en.length);
		}
	});

	test('a scenario with a bad field is rejected with the field named', () => {
		const raw = JSON.parse(readFileSync(new URL(files[0] as string, dir), 'utf8'));
		raw.churn.ceiling = 3;
		const result = scenarioSchema.safeParse(raw);
		expect(result.success).toBe(false);
		expect(result.error?.issues[0]?.path).toEqual(['churn', 'ceiling']);
	});
});
