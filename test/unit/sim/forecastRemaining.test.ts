// The engine finds scenarios in the registry; importing the catalog registers all of them.
import '../../../src/sim/scenarios/scenarioCatalog.ts';
import { describe, expect, test } from 'vitest';
import {
	applyTiering,
	type ExerciseConfig,
	forecastRemaining,
	referenceDraft,
	sessionFor,
} from '../../../src/sim/exercise/exerciseSteps.ts';
import { playRounds, RoundPlayer } from '../../../src/sim/exercise/playRounds.ts';
import type { TierAllocation } from '../../../src/sim/model/tierAllocation.ts';
import type { TieringSpec } from '../../../src/sim/tiering/tieringSpec.ts';

const config: ExerciseConfig = { scenarioId: 'ict-equipment', seed: 9, size: 800, mode: 'expected', budgetScale: 1 };
const spec = { method: 'strategicKeyOrdinary' } as TieringSpec;
const session = sessionFor(config);
const { tiering } = applyTiering(config, spec);
const rounds = session.scenario.rounds;
const played = [0, 1].map((r) => referenceDraft(config, spec, 'value-proportional', r));
const draft = referenceDraft(config, spec, 'needs-based', 2).map((a) => ({ ...a, kamHours: a.kamHours * 0.8 }));

/** The forecast by its definition: replay everything, keeping the draft for every remaining round. */
function replayed(decisions: TierAllocation[][], keep: TierAllocation[], upTo = rounds) {
	const all = [...decisions];
	while (all.length < upTo) all.push(keep);
	return playRounds(session, tiering, all, 'expected', config.budgetScale, false).rounds.flatMap((r) => r.periods);
}

describe('forecastRemaining', () => {
	test('is the full replay with the draft kept, to the bit, before and after rounds are played', () => {
		for (const decisions of [[], played.slice(0, 1), played]) {
			const { periods } = forecastRemaining(config, spec, decisions, draft);
			expect(periods).toHaveLength(rounds * session.scenario.periodsPerRound);
			expect(periods).toStrictEqual(replayed(decisions, draft));
		}
	});

	test('stays the same when asked again and between other drafts (the kept round start is not played on)', () => {
		const first = forecastRemaining(config, spec, played, draft).periods;
		const other = draft.map((a) => ({ ...a, assisted: a.assisted * 0.5 }));
		const between = forecastRemaining(config, spec, played, other).periods;
		expect(between).not.toStrictEqual(first);
		expect(forecastRemaining(config, spec, played, draft).periods).toStrictEqual(first);
	});

	test('stops before a round whose limits the draft breaks (the budget cut of round 4)', () => {
		// Fill the budget exactly in round 1: after the cut of round 4 it no longer fits.
		const full = referenceDraft(config, spec, 'status-quo', 0);
		const { periods } = forecastRemaining(config, spec, [], full);
		const cutRound = session.scenario.events.find((e) => e.type === 'budgetCut')?.round ?? 0;
		expect(cutRound).toBeGreaterThan(1);
		expect(periods).toHaveLength((cutRound - 1) * session.scenario.periodsPerRound);
		expect(periods).toStrictEqual(replayed([], full, cutRound - 1));
	});
});

describe('RoundPlayer', () => {
	test('a fork plays on without touching the original', () => {
		const player = new RoundPlayer(session, tiering);
		expect(player.play(played[0] as TierAllocation[])).toEqual([]);
		const alive = player.state.alive.slice();
		const fork = player.fork();
		expect(fork.play(draft)).toEqual([]);
		expect(player.rounds).toHaveLength(1);
		expect(player.state.alive).toStrictEqual(alive);
		expect(fork.rounds).toHaveLength(2);
	});

	test('returns the violations of a decision that breaks a limit and leaves the state as it was', () => {
		const player = new RoundPlayer(session, tiering);
		const before = structuredClone(player.state);
		const over = draft.map((a) => ({ ...a, visits: a.visits * 50 }));
		expect(player.play(over).map((v) => v.resource)).toContain('visits');
		expect(player.rounds).toHaveLength(0);
		expect(player.state).toStrictEqual(before);
	});

	test('refuses to fork a stochastic play, whose random stream cannot be shared', () => {
		expect(() => new RoundPlayer(session, tiering, 'stochastic').fork()).toThrow(/expected-value/);
	});
});
