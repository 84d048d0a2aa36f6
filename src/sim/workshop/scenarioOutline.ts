import type { Scenario } from '../scenarios/scenarioSchema.ts';
import type { WorkshopSession } from './workshopSession.ts';

// What the facilitator's form needs before a session exists. Kept apart from workshopSession.ts, whose zod schemas
// cost a slow phone a tenth of a second to set up, so the form can start without them.

/** The market events a facilitator can schedule, in the order the form lists them. */
export const eventTypes = ['competitorEntry', 'downturn', 'serviceCrisis', 'budgetCut', 'priceWar'] as const;
export type EventType = (typeof eventTypes)[number];

/** The scenario facts a facilitator's form needs: enough to list, name and schedule a scenario. */
export type ScenarioOutline = Pick<Scenario, 'id' | 'title' | 'rounds' | 'events'>;

/** The outline of a scenario; the facilitator's page carries these rather than whole scenarios. */
export function scenarioOutline({ id, title, rounds, events }: Scenario): ScenarioOutline {
	return { id, title, rounds, events };
}

/** The scenario's own schedule, as the facilitator form starts from it. */
export function defaultSchedule(base: Pick<Scenario, 'rounds' | 'events'>): WorkshopSession['events'] {
	return base.events.filter((e) => e.round <= base.rounds).map(({ round, type }) => ({ round, type }));
}
