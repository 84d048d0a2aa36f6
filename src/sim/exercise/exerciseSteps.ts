import {
	type AllocationViolation,
	allocationViolations,
	type ResourceUsage,
	resourceUsage,
} from '../model/checkAllocation.ts';
import { servicePlan } from '../model/servicePlan.ts';
import type { SimulationMode } from '../model/simulatePeriods.ts';
import { expandTierAllocation, type TierAllocation } from '../model/tierAllocation.ts';
import { type ReferencePolicy, referenceDecisions, referencePolicies } from '../policies/referenceAllocations.ts';
import { findScenario } from '../scenarios/scenarioRegistry.ts';
import { summariseTiers, type TierSummary } from '../tiering/summariseTiers.ts';
import type { Tiering } from '../tiering/tiering.ts';
import { type TieringSpec, tieringSpecSchema } from '../tiering/tieringSpec.ts';
import { tierPortfolio } from '../tiering/tierPortfolio.ts';
import { createSession, type Session } from './createSession.ts';
import { AllocationRejected, playRounds, type RoundOutcome } from './playRounds.ts';
import { type ExerciseScore, policyValue, scoreExercise } from './scoreExercise.ts';

/** What identifies an exercise's portfolio and how it is run. Plain data: it persists as JSON. */
export interface ExerciseConfig {
	scenarioId: string;
	seed: number;
	size: number;
	mode: SimulationMode;
	budgetScale: number;
}

// Generating a portfolio is the expensive part, so the last few sessions are kept. The key is the whole input, so a
// cached session is exactly the one that would be generated again.
const sessionCache = new Map<string, Session>();

/**
 * The session of a configuration, generated on first use and then reused. Throws for a scenario that is not
 * registered (Node code registers them all by importing `scenarioCatalog.ts`; a page registers its lab's).
 */
export function sessionFor(config: Pick<ExerciseConfig, 'scenarioId' | 'seed' | 'size'>): Session {
	const key = `${config.scenarioId}|${config.seed}|${config.size}`;
	const cached = sessionCache.get(key);
	if (cached) return cached;
	const scenario = findScenario(config.scenarioId);
	if (!scenario) throw new Error(`unknown scenario "${config.scenarioId}"`);
	const session = createSession(scenario, config.seed, config.size);
	sessionCache.set(key, session);
	if (sessionCache.size > 3) sessionCache.delete(sessionCache.keys().next().value as string);
	return session;
}

/** Tiers the portfolio by a spec; the spec is validated first, so a bad one throws a zod error naming the field. */
export function applyTiering(config: ExerciseConfig, spec: unknown): { tiering: Tiering; summary: TierSummary[] } {
	const parsed: TieringSpec = tieringSpecSchema.parse(spec);
	const key = `${config.scenarioId}|${config.seed}|${config.size}|${JSON.stringify(parsed)}`;
	const cached = tieringCache.get(key);
	if (cached) return cached;
	const session = sessionFor(config);
	const tiering = tierPortfolio(parsed, session.attributes);
	const result = { tiering, summary: summariseTiers(tiering, session.attributes) };
	// Slider moves re-check the same tiering many times a second; ranking it again each time would dominate.
	tieringCache.set(key, result);
	if (tieringCache.size > 8) tieringCache.delete(tieringCache.keys().next().value as string);
	return result;
}

const tieringCache = new Map<string, { tiering: Tiering; summary: TierSummary[] }>();

/** Where the next round starts: the tiering, who is still a customer, and the budget multiplier in force. */
interface RoundStart {
	tiering: Tiering;
	alive: Float64Array;
	budgetScale: number;
}

// The allocation panel asks for the draft's usage on every slider step; replaying the rounds played each time would
// cost a full simulation per step, so the start of the round is kept for the last few (config, tiering, decisions).
const roundStarts = new Map<string, RoundStart>();

function roundStart(config: ExerciseConfig, spec: TieringSpec, decisions: readonly TierAllocation[][]): RoundStart {
	const key = JSON.stringify([config, spec, decisions]);
	const cached = roundStarts.get(key);
	if (cached) return cached;
	const session = sessionFor(config);
	const { tiering } = applyTiering(config, spec);
	const played = playRounds(session, tiering, decisions, config.mode, config.budgetScale);
	const round = decisions.length + 1;
	let scale = played.budgetScale;
	for (const e of session.scenario.events) if (e.type === 'budgetCut' && e.round === round) scale *= 1 - e.cut;
	const start = { tiering, alive: played.state.alive, budgetScale: scale };
	roundStarts.set(key, start);
	if (roundStarts.size > 4) roundStarts.delete(roundStarts.keys().next().value as string);
	return start;
}

/**
 * What the draft would use of each limited resource at the start of the next round (after that round's events),
 * against the limits then in force: the allocation panel's meters. Its arguments are treated as immutable (the
 * machine replaces a draft, never edits it), so asking twice about the same objects computes once.
 */
export function draftUsage(
	config: ExerciseConfig,
	spec: TieringSpec,
	decisions: readonly TierAllocation[][],
	draft: readonly TierAllocation[],
): ResourceUsage[] {
	// The machine checks a new draft and the panel's meters then ask about the very same objects: answer once.
	const args = [config, spec, decisions, draft] as const;
	if (lastUsage?.args.every((a, k) => a === args[k])) return lastUsage.usage;
	const usage = computeDraftUsage(config, spec, decisions, draft);
	lastUsage = { args, usage };
	return usage;
}

let lastUsage: { args: readonly unknown[]; usage: ResourceUsage[] } | null = null;

function computeDraftUsage(
	config: ExerciseConfig,
	spec: TieringSpec,
	decisions: readonly TierAllocation[][],
	draft: readonly TierAllocation[],
): ResourceUsage[] {
	const { scenario, portfolio, economics } = sessionFor(config);
	const start = roundStart(config, spec, decisions);
	const customers = expandTierAllocation(portfolio, scenario, start.tiering.tierOf, draft, economics.belowZero);
	return resourceUsage(
		scenario,
		customers,
		servicePlan(portfolio, scenario, customers),
		start.alive,
		start.budgetScale,
	);
}

/** The draft's broken limits at the start of the next round (after that round's events), or none. */
export function draftViolations(
	config: ExerciseConfig,
	spec: TieringSpec,
	decisions: readonly TierAllocation[][],
	draft: readonly TierAllocation[],
): AllocationViolation[] {
	return allocationViolations(draftUsage(config, spec, decisions, draft));
}

/** The outcome of all rounds played so far, with the score against the status-quo reference. */
export interface ExerciseResults {
	rounds: RoundOutcome[];
	residual: { tiers: number[]; total: number };
	score: ExerciseScore;
}

/** The value of the status-quo reference on a tiering, the yardstick of the value index. */
export function statusQuoValue(config: ExerciseConfig, tiering: Tiering, rounds: number): number {
	const session = sessionFor(config);
	const decisions = referenceDecisions('status-quo', session, tiering, config.budgetScale).slice(0, rounds);
	return policyValue(playRounds(session, tiering, decisions, 'expected', config.budgetScale)).value;
}

/**
 * Replays every locked round and scores the result. Throws `AllocationRejected` if a round breaks a limit, which the
 * machine's guard prevents.
 */
export function playExercise(
	config: ExerciseConfig,
	spec: TieringSpec,
	decisions: readonly TierAllocation[][],
): ExerciseResults {
	const session = sessionFor(config);
	const { tiering } = applyTiering(config, spec);
	const played = playRounds(session, tiering, decisions, config.mode, config.budgetScale);
	return {
		rounds: played.rounds,
		residual: played.residual,
		score: scoreExercise(session, played, statusQuoValue(config, tiering, decisions.length)),
	};
}

/** A reference policy's per-tier decisions for the round after `roundsPlayed` rounds. */
export function referenceDraft(
	config: ExerciseConfig,
	spec: TieringSpec,
	policy: ReferencePolicy,
	roundsPlayed: number,
): TierAllocation[] {
	const session = sessionFor(config);
	const { tiering } = applyTiering(config, spec);
	const all = referenceDecisions(policy, session, tiering, config.budgetScale);
	return all[Math.min(roundsPlayed, all.length - 1)] ?? [];
}

/** The full results of every reference policy on the same tiering, over as many rounds as the team played. */
export function referenceResults(
	config: ExerciseConfig,
	spec: TieringSpec,
	rounds: number,
): Record<ReferencePolicy, ExerciseResults> {
	const session = sessionFor(config);
	const { tiering } = applyTiering(config, spec);
	const yardstick = statusQuoValue(config, tiering, rounds);
	const out = {} as Record<ReferencePolicy, ExerciseResults>;
	for (const policy of referencePolicies) {
		const decisions = referenceDecisions(policy, session, tiering, config.budgetScale).slice(0, rounds);
		const played = playRounds(session, tiering, decisions, 'expected', config.budgetScale);
		out[policy] = {
			rounds: played.rounds,
			residual: played.residual,
			score: scoreExercise(session, played, yardstick),
		};
	}
	return out;
}

export { AllocationRejected };

/**
 * The expected-value forecast of the remaining rounds if the draft were kept for all of them: what the allocation
 * panel redraws while a slider moves. Returns every period (played and forecast) and the time it took.
 */
export function forecastRemaining(
	config: ExerciseConfig,
	spec: TieringSpec,
	decisions: readonly TierAllocation[][],
	draft: readonly TierAllocation[],
): { periods: RoundOutcome['periods']; milliseconds: number } {
	const started = performance.now();
	const session = sessionFor(config);
	const { tiering } = applyTiering(config, spec);
	const rounds = session.scenario.rounds;
	const all = [...decisions];
	// The same draft object for every remaining round, so the replay computes its service plan once.
	while (all.length < rounds) all.push(draft as TierAllocation[]);
	try {
		const played = playRounds(session, tiering, all, 'expected', config.budgetScale, false);
		return { periods: played.rounds.flatMap((r) => r.periods), milliseconds: performance.now() - started };
	} catch (error) {
		// A draft that breaks a limit in a later round (say after a budget cut) still forecasts up to that round.
		if (!(error instanceof AllocationRejected)) throw error;
		const partial = playRounds(session, tiering, all.slice(0, error.round - 1), 'expected', config.budgetScale, false);
		return { periods: partial.rounds.flatMap((r) => r.periods), milliseconds: performance.now() - started };
	}
}
