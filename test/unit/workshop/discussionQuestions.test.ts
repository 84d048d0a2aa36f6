import { describe, expect, test } from 'vitest';
import { findScenario } from '../../../src/sim/scenarios/scenarioCatalog.ts';
import type { Scenario } from '../../../src/sim/scenarios/scenarioSchema.ts';
import { discussionQuestions } from '../../../src/sim/workshop/discussionQuestions.ts';
import { session } from './workshopFixtures.ts';

const base = findScenario('ict-equipment') as Scenario;

describe('discussionQuestions', () => {
	test('asks about the events the session had, at their rounds, and about no other', () => {
		const ids = discussionQuestions(base, session).map((q) => q.id);
		expect(ids).toEqual(['tiering', 'firstRound', 'event.downturn', 'lastRound']);
		expect(discussionQuestions(base, session).find((q) => q.id === 'event.downturn')?.args.round).toBe(2);
	});

	test('asks no budget-cut question in a session without a cut, even when the scenario file has one', () => {
		// The scenario file schedules a budget cut; this session does not.
		expect(base.events.map((e) => e.type)).toContain('budgetCut');
		const ids = discussionQuestions(base, { ...session, events: [{ round: 1, type: 'competitorEntry' }] }).map(
			(q) => q.id,
		);
		expect(ids).not.toContain('event.budgetCut');
		expect(ids).toContain('event.competitorEntry');
	});

	test('quotes the cut of a budget cut and the round it came in', () => {
		const q = discussionQuestions(base, { ...session, events: [{ round: 3, type: 'budgetCut' }] }).find(
			(x) => x.id === 'event.budgetCut',
		);
		expect(q?.args.round).toBe(3);
		expect(q?.args.cut).toBeGreaterThan(0);
		expect(q?.args.cut).toBeLessThan(1);
	});

	test('asks about a steady market when no event was scheduled', () => {
		const qs = discussionQuestions(base, { ...session, events: [] });
		expect(qs.map((q) => q.id)).toEqual(['tiering', 'firstRound', 'noEvents', 'lastRound']);
		expect(qs[2]?.args.rounds).toBe(3);
	});

	test('asks which mattered more when two events came in one round', () => {
		const qs = discussionQuestions(base, {
			...session,
			events: [
				{ round: 2, type: 'priceWar' },
				{ round: 2, type: 'downturn' },
			],
		});
		expect(qs.find((q) => q.id === 'eventsTogether')?.args).toEqual({ round: 2, count: 2 });
	});

	test('asks no last-round question in a one-round session', () => {
		expect(discussionQuestions(base, { ...session, rounds: 1, events: [] }).map((q) => q.id)).not.toContain(
			'lastRound',
		);
	});
});
