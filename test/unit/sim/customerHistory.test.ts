// The engine finds scenarios in the registry; importing the catalog registers all of them.
import '../../../src/sim/scenarios/scenarioCatalog.ts';
import { describe, expect, test } from 'vitest';
import { customerHistory } from '../../../src/sim/exercise/customerHistory.ts';
import { referenceDraft, sessionFor } from '../../../src/sim/exercise/exerciseSteps.ts';
import { tieringSpecSchema } from '../../../src/sim/tiering/tieringSpec.ts';

const config = { scenarioId: 'ict-equipment', seed: 42, size: 400, mode: 'expected' as const, budgetScale: 1 };
const spec = tieringSpecSchema.parse({ method: 'abc' });

describe('customerHistory', () => {
	test('starts from the generated customer and has one point per round played', () => {
		const decisions = [referenceDraft(config, spec, 'status-quo', 0), referenceDraft(config, spec, 'status-quo', 1)];
		const history = customerHistory(config, spec, decisions, 7);
		const { portfolio } = sessionFor(config);
		expect(history).toHaveLength(3);
		expect(history[0]).toEqual({
			round: 0,
			satisfaction: portfolio.satisfaction[7],
			revenue: portfolio.revenue[7],
			alive: 1,
		});
		expect(history[2]?.alive).toBeLessThan(1);
	});

	test('shows a customer losing satisfaction when its tier gets no service', () => {
		const none = [referenceDraft(config, spec, 'none', 0)];
		const history = customerHistory(config, spec, none, 0);
		expect(history[1]?.satisfaction).toBeLessThan(history[0]?.satisfaction as number);
	});

	test('rejects a customer that does not exist', () => {
		expect(() => customerHistory(config, spec, [], 400)).toThrow(/no customer 400/);
	});
});
