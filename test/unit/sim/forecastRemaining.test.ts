// The engine finds scenarios in the registry; importing the catalog registers all of them.
import '../../../src/sim/scenarios/scenarioCatalog.ts';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
	applyTiering,
	type ExerciseConfig,
	forecastRemaining,
	referenceDraft,
	sessionFor,
} from '../../../src/sim/exercise/exerciseSteps.ts';
import { playRounds, RoundPlayer } from '../../../src/sim/exercise/playRounds.ts';
import { SUM_FIELDS } from '../../../src/sim/model/simulatePeriods.ts';
import type { TierAllocation } from '../../../src/sim/model/tierAllocation.ts';
import type { TieringSpec } from '../../../src/sim/tiering/tieringSpec.ts';

const config: ExerciseConfig = { scenarioId: 'ict-equipment', seed: 9, size: 800, mode: 'expected', budgetScale: 1 };
const spec = { method: 'strategicKeyOrdinary' } as TieringSpec;
const session = sessionFor(config);
const { tiering } = applyTiering(config, spec);
const rounds = session.scenario.rounds;
const played = [0, 1].map((r) => referenceDraft(config, spec, 'value-proportional', r));
// Four-fifths of a plan that fills the staffed capacities, so it still fits after round 4 cuts them by 15 %.
const draft = referenceDraft(config, spec, 'needs-based', 2).map((a) => ({
	...a,
	kamHours: a.kamHours * 0.8,
	assisted: a.assisted * 0.8,
	valueAdded: a.valueAdded * 0.8,
}));

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

describe('forecastRemaining, step by step as a slider moves', () => {
	// A slider step: one tier's resource scaled. Scaled below the reference, so most drafts fit the limits, but some
	// break one (a budget cut later) and so stop early, which the next step must not trust.
	const step = fc.record({
		tier: fc.nat(),
		resource: fc.constantFrom('kamHours', 'visits', 'assisted', 'digital', 'partner', 'valueAdded', 'bzFee'),
		factor: fc.double({ min: 0, max: 1.3, noNaN: true }),
	});
	// Every kind of event: a service crisis (ict-equipment, utility-market) hits the largest accounts, so a step in one
	// tier can change who it hits in another; downturns and price wars change every customer's figures.
	for (const scenarioId of ['ict-equipment', 'utility-market', 'industrial-automation', 'department-store']) {
		test(`reusing the tiers a step left alone gives the full replay, to the bit (${scenarioId})`, () => {
			const cfg: ExerciseConfig = { scenarioId, seed: 5, size: 600, mode: 'expected', budgetScale: 1 };
			const s = sessionFor(cfg);
			const t = applyTiering(cfg, spec).tiering;
			const rerun = (decisions: TierAllocation[][], keep: TierAllocation[]) => {
				const all = [...decisions];
				while (all.length < s.scenario.rounds) all.push(keep);
				// A draft that breaks a limit in some round forecasts up to that round.
				const player = new RoundPlayer(s, t, 'expected', cfg.budgetScale);
				for (const allocation of all) if (player.play(allocation).length > 0) break;
				return player.rounds.flatMap((r) => r.periods);
			};
			fc.assert(
				fc.property(fc.array(step, { minLength: 1, maxLength: 8 }), fc.integer({ min: 0, max: 2 }), (steps, played) => {
					const decisions = Array.from({ length: played }, (_, r) => referenceDraft(cfg, spec, 'needs-based', r));
					const base = referenceDraft(cfg, spec, 'needs-based', played);
					let draft = base.map((a) => ({ ...a }));
					forecastRemaining(cfg, spec, decisions, draft);
					for (const { tier, resource, factor } of steps) {
						const at = tier % draft.length;
						draft = draft.map((a, k) =>
							k === at ? { ...a, [resource]: (base[k] as TierAllocation)[resource] * factor } : a,
						);
						expect(forecastRemaining(cfg, spec, decisions, draft).periods).toStrictEqual(rerun(decisions, draft));
					}
				}),
				{ numRuns: 12 },
			);
		});
	}
});

describe('RoundPlayer.playReusing', () => {
	test('simulates again every tier with a customer that only one of the two service crises hit', () => {
		const cfg: ExerciseConfig = { scenarioId: 'ict-equipment', seed: 5, size: 600, mode: 'expected', budgetScale: 1 };
		const s = sessionFor(cfg);
		const t = applyTiering(cfg, spec).tiering;
		const crisisRound = s.scenario.events.find((e) => e.type === 'serviceCrisis')?.round ?? 0;
		expect(crisisRound).toBeGreaterThan(1);
		const start = new RoundPlayer(s, t);
		for (let r = 1; r < crisisRound; r++) start.play(referenceDraft(cfg, spec, 'needs-based', r - 1));
		const draft = referenceDraft(cfg, spec, 'needs-based', crisisRound - 1);
		const truth = start.fork();
		const { round } = truth.playReusing(draft, { previous: undefined, dirty: new Uint8Array(draft.length) });
		if (!round?.crisis) throw new Error('the crisis round has no crisis');
		// An earlier forecast that (we pretend) hit another customer instead: one of the lowest tier, whose state and
		// sums in that forecast were therefore different. Only the crisis tells the two apart.
		const bottom = t.tierIds.length - 1;
		const spared = round.crisis[0] as number;
		const other = t.tierOf.findIndex((tier, i) => tier === bottom && !round.crisis?.includes(i));
		const after = structuredClone(round.after);
		after.satisfaction[other] = 1;
		const pretend = {
			...round,
			crisis: [other, ...round.crisis.slice(1)],
			after,
			// Their tiers' sums differed too; the tier neither customer is in did not.
			sums: round.sums.map((sums) =>
				sums.map((v, k) =>
					Math.floor(k / SUM_FIELDS) === bottom || Math.floor(k / SUM_FIELDS) === t.tierOf[spared] ? 0 : v,
				),
			),
		};
		const dirty = new Uint8Array(draft.length);
		const replay = start.fork();
		replay.playReusing(draft, { previous: pretend, dirty });
		expect(dirty[bottom]).toBe(1);
		expect(dirty[t.tierOf[spared] as number]).toBe(1);
		expect(replay.rounds.at(-1)?.periods).toStrictEqual(truth.rounds.at(-1)?.periods);
		expect(replay.state).toStrictEqual(truth.state);
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
