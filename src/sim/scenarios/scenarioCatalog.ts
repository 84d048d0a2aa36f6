import departmentStore from '../../content/scenarios/department-store.json' with { type: 'json' };
import ecommerceMembership from '../../content/scenarios/ecommerce-membership.json' with { type: 'json' };
import ictEquipment from '../../content/scenarios/ict-equipment.json' with { type: 'json' };
import industrialAutomation from '../../content/scenarios/industrial-automation.json' with { type: 'json' };
import retailBank from '../../content/scenarios/retail-bank.json' with { type: 'json' };
import retailChain from '../../content/scenarios/retail-chain.json' with { type: 'json' };
import telecomBusiness from '../../content/scenarios/telecom-business.json' with { type: 'json' };
import utilityMarket from '../../content/scenarios/utility-market.json' with { type: 'json' };
import { type Scenario, scenarioSchema } from './scenarioSchema.ts';

/**
 * Every scenario of the course, validated once at load. The files live in src/content/scenarios/ (an Astro content
 * collection for the pages); the engine and the CLI import them here so they run without Astro.
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
].map((raw) => scenarioSchema.parse(raw));

/** The scenario with this id, or undefined. */
export function findScenario(id: string): Scenario | undefined {
	return scenarios.find((scenario) => scenario.id === id);
}
