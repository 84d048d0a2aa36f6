import type { Scenario, ScenarioEvent } from '../scenarios/scenarioSchema.ts';
import { scheduledEvents, type WorkshopSession } from './workshopSession.ts';

/** One debrief question: its id (the UI's `workshop.debrief.question.<id>`) and the figures it quotes. */
export interface DiscussionQuestion {
	id: 'tiering' | 'firstRound' | 'noEvents' | 'lastRound' | `event.${ScenarioEvent['type']}` | 'eventsTogether';
	args: Record<string, number>;
}

/**
 * The questions for the debrief of the session that was played: one for each event the facilitator scheduled, at
 * the round it opened, and none for an event the session did not have (a budget-cut question in a session without a
 * cut asks about something nobody met). Around them, questions every session shares: how teams tiered, what they
 * did in round 1, and whether anyone starved the last round. A session with no event asks what a steady market let
 * teams learn instead; one with two events in one round asks which mattered more.
 */
export function discussionQuestions(base: Scenario, session: WorkshopSession): DiscussionQuestion[] {
	const events = scheduledEvents(base, session.events);
	const out: DiscussionQuestion[] = [
		{ id: 'tiering', args: {} },
		{ id: 'firstRound', args: {} },
	];
	if (events.length === 0) out.push({ id: 'noEvents', args: { rounds: session.rounds } });
	for (const event of events) {
		const args: Record<string, number> = { round: event.round };
		if (event.type === 'budgetCut') args.cut = event.cut;
		else if (event.type === 'downturn') args.walletCut = event.walletCut;
		else if (event.type === 'serviceCrisis') args.accounts = event.accounts;
		else if (event.type === 'priceWar') args.marginCut = event.marginCut;
		out.push({ id: `event.${event.type}`, args });
	}
	const rounds = new Map<number, number>();
	for (const event of events) rounds.set(event.round, (rounds.get(event.round) ?? 0) + 1);
	for (const [round, count] of rounds) if (count > 1) out.push({ id: 'eventsTogether', args: { round, count } });
	if (session.rounds > 1) out.push({ id: 'lastRound', args: { round: session.rounds } });
	return out;
}
