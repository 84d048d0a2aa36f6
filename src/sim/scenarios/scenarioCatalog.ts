import departmentStore from '../../content/scenarios/department-store.json' with { type: 'json' };
import ecommerceMembership from '../../content/scenarios/ecommerce-membership.json' with { type: 'json' };
import ictEquipment from '../../content/scenarios/ict-equipment.json' with { type: 'json' };
import industrialAutomation from '../../content/scenarios/industrial-automation.json' with { type: 'json' };
import retailBank from '../../content/scenarios/retail-bank.json' with { type: 'json' };
import retailChain from '../../content/scenarios/retail-chain.json' with { type: 'json' };
import telecomBusiness from '../../content/scenarios/telecom-business.json' with { type: 'json' };
import utilityMarket from '../../content/scenarios/utility-market.json' with { type: 'json' };
import { registerScenarios } from './scenarioRegistry.ts';
import type { Scenario } from './scenarioSchema.ts';

/**
 * Every scenario of the course. The files live in src/content/scenarios/ and are validated by `scenarioSchema` where
 * it costs nothing at run time: the Astro content collection at build and a unit test (which also checks the schema
 * adds no defaults), so pages need not ship the schema library just to re-check them. Importing this module registers
 * them all (see `scenarioRegistry.ts`); lab pages import only the registry and get their scenarios as props.
 */
export const scenarios: readonly Scenario[] = [
	ictEquipment,
	industrialAutomation,
	telecomBusiness,
	ecommerceMembership,
	retailBank,
	retailChain,
	departmentStore,
	utilityMarket,
] as unknown as Scenario[];

registerScenarios(scenarios);

/** The scenario of the catalog with this id, or undefined. */
export function findScenario(id: string): Scenario | undefined {
	return scenarios.find((scenario) => scenario.id === id);
}
