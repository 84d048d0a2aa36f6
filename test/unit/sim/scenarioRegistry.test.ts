import { describe, expect, test } from 'vitest';
import ictEquipment from '../../../src/content/scenarios/ict-equipment.json' with { type: 'json' };
import retailBank from '../../../src/content/scenarios/retail-bank.json' with { type: 'json' };
import { sessionFor } from '../../../src/sim/exercise/exerciseSteps.ts';
import {
	findScenario,
	onScenarioRegistered,
	registeredScenarios,
	registerScenarios,
} from '../../../src/sim/scenarios/scenarioRegistry.ts';
import type { Scenario } from '../../../src/sim/scenarios/scenarioSchema.ts';
import { handleSimRequest } from '../../../src/sim/worker/handleSimRequest.ts';

// This file never imports the catalog, as a lab page does not: only what is registered is known.
const ict = ictEquipment as unknown as Scenario;
const bank = retailBank as unknown as Scenario;

describe('scenarioRegistry', () => {
	test('knows nothing until scenarios are registered, then finds them by id', () => {
		expect(findScenario('ict-equipment')).toBeUndefined();
		expect(() => sessionFor({ scenarioId: 'ict-equipment', seed: 1, size: 50 })).toThrow(/unknown scenario/);
		registerScenarios([ict]);
		expect(findScenario('ict-equipment')).toBe(ict);
		expect(sessionFor({ scenarioId: 'ict-equipment', seed: 1, size: 50 }).portfolio.size).toBe(50);
		expect(findScenario('retail-bank')).toBeUndefined();
	});

	test('tells a listener of the scenarios already there and of each one registered later, once', () => {
		const heard: string[] = [];
		const stop = onScenarioRegistered((s) => heard.push(s.id));
		registerScenarios([ict, bank, bank]);
		stop();
		registerScenarios([{ ...bank }]);
		expect(heard).toEqual(['ict-equipment', 'retail-bank']);
		expect(registeredScenarios().map((s) => s.id)).toEqual(['ict-equipment', 'retail-bank']);
	});

	test('the worker registers the scenarios the page sends it', async () => {
		const copy = { ...ict, id: 'sent-by-the-page' };
		await expect(handleSimRequest('scenarios', [copy])).resolves.toEqual({ registered: 3 });
		expect(findScenario('sent-by-the-page')).toBe(copy);
	});
});
