import { AlternatingPlans } from '../model/allocationPlan.ts';
import { allocationUsage } from '../model/allocationUsage.ts';
import { type AllocationViolation, allocationViolations, type ResourceUsage } from '../model/checkAllocation.ts';
import { emptyState, type SimulationMode, type SimulationState } from '../model/simulatePeriods.ts';
import type { TierAllocation } from '../model/tierAllocation.ts';
import { type ReferencePolicy, referenceDecisions, referencePolicies } from '../policies/referenceAllocations.ts';
import { findScenario } from '../scenarios/scenarioRegistry.ts';
import { summariseTiers, type TierSummary } from '../tiering/summariseTiers.ts';
import type { Tiering } from '../tiering/tiering.ts';
import { type TieringSpec, tieringSpecSchema } from '../tiering/tieringSpec.ts';
import { tierPortfolio } from '../tiering/tierPortfolio.ts';
import { createSession, type Session } from './createSession.ts';
import { AllocationRejected, type ForecastRound, playRounds, type RoundOutcome, RoundPlayer } from './playRounds.ts';
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

// The allocation panel and the forecast ask about the next round on every slider step; replaying the rounds played
// each time would cost a full simulation per step, so the play at the start of the next round is kept for the last
// few (config, tiering, decisions, mode). A kept player is never played on: callers read it or fork it.
const roundStarts = new Map<string, RoundPlayer>();

function roundStart(
	config: ExerciseConfig,
	spec: TieringSpec,
	decisions: readonly TierAllocation[][],
	mode: SimulationMode,
): RoundPlayer {
	const key = JSON.stringify([config, spec, decisions, mode]);
	const cached = roundStarts.get(key);
	if (cached) return cached;
	const session = sessionFor(config);
	const { tiering } = applyTiering(config, spec);
	const player = new RoundPlayer(session, tiering, mode, config.budgetScale);
	decisions.forEach((allocation, index) => {
		const violations = player.play(allocation);
		if (violations.length > 0) throw new AllocationRejected(index + 1, violations);
	});
	roundStarts.set(key, player);
	if (roundStarts.size > 4) roundStarts.delete(roundStarts.keys().next().value as string);
	return player;
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
	const { scenario, portfolio } = sessionFor(config);
	const { tiering } = applyTiering(config, spec);
	const start = roundStart(config, spec, decisions, config.mode);
	// The limits are those after the next round's events: its budget cuts lower the budget.
	let scale = start.budgetScale;
	for (const e of scenario.events) if (e.type === 'budgetCut' && e.round === decisions.length + 1) scale *= 1 - e.cut;
	return allocationUsage(portfolio, scenario, tiering.tierOf, draft, start.state.alive, scale);
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

/** The tiering the yardstick is measured on, whatever tiering a team draws: the course's three tiers at their defaults. */
export const YARDSTICK_TIERING: TieringSpec = tieringSpecSchema.parse({ method: 'strategicKeyOrdinary' });

/**
 * The yardstick of the value index: the value of today's service (the status quo) over as many rounds, on the
 * scenario's portfolio. It is measured on one fixed tiering, so every team of a session is compared with the same
 * number whatever tiers it drew (a team's own tiering would let it move the benchmark instead of beating it).
 */
export function statusQuoValue(config: ExerciseConfig, rounds: number): number {
	const key = `${config.scenarioId}|${config.seed}|${config.size}|${config.budgetScale}|${rounds}`;
	const cached = yardsticks.get(key);
	if (cached !== undefined) return cached;
	const session = sessionFor(config);
	const { tiering } = applyTiering(config, YARDSTICK_TIERING);
	const decisions = referenceDecisions('status-quo', session, tiering, config.budgetScale).slice(0, rounds);
	const value = policyValue(playRounds(session, tiering, decisions, 'expected', config.budgetScale)).value;
	yardsticks.set(key, value);
	if (yardsticks.size > 16) yardsticks.delete(yardsticks.keys().next().value as string);
	return value;
}
const yardsticks = new Map<string, number>();

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
		score: scoreExercise(session, played, statusQuoValue(config, decisions.length)),
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
	const yardstick = statusQuoValue(config, rounds);
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

// The last forecast's rounds, and the round start it was forked from. A slider step changes one tier's decisions, so
// the next forecast from the same start simulates that tier's customers again and takes the others' from here.
let lastForecast: { start: RoundPlayer; rounds: ForecastRound[] } | null = null;
// A slider sends a forecast request per step; their plans and states go into buffers that are reused, so a step
// allocates almost nothing and leaves the garbage collector nothing to pause for. Two sets of round states take
// turns: the new forecast writes one while it reads the last forecast's from the other.
const forecastPlans = /* @__PURE__ */ new AlternatingPlans();
let forecastStates: { working: SimulationState; rounds: SimulationState[][]; turn: number } | null = null;

function forecastBuffers(size: number, rounds: number) {
	const made = (count: number) => Array.from({ length: count }, () => emptyState(size));
	if (!forecastStates || forecastStates.working.alive.length !== size || forecastStates.rounds[0]?.length !== rounds) {
		forecastStates = { working: emptyState(size), rounds: [made(rounds), made(rounds)], turn: 0 };
	}
	forecastStates.turn = 1 - forecastStates.turn;
	return { working: forecastStates.working, keep: forecastStates.rounds[forecastStates.turn] as SimulationState[] };
}

/**
 * The expected-value forecast of the remaining rounds if the draft were kept for all of them: what the allocation
 * panel redraws while a slider moves. Returns every period (played and forecast) and the time it took. A draft that
 * breaks a limit in a later round (say after a budget cut) forecasts up to that round.
 */
export function forecastRemaining(
	config: ExerciseConfig,
	spec: TieringSpec,
	decisions: readonly TierAllocation[][],
	draft: readonly TierAllocation[],
): { periods: RoundOutcome['periods']; milliseconds: number } {
	const started = performance.now();
	const session = sessionFor(config);
	const { scenario, portfolio } = session;
	// The played rounds are replayed in expected-value mode once per decision list, then forked for each draft.
	const start = roundStart(config, spec, decisions, 'expected');
	const { tiering } = applyTiering(config, spec);
	const previous = lastForecast?.start === start ? lastForecast.rounds : [];
	// Forgotten until this forecast is complete: one that fails halfway must not leave half-written rounds behind.
	lastForecast = null;
	const buffers = forecastBuffers(portfolio.size, scenario.rounds);
	const player = start.fork(buffers.working);
	const plan = forecastPlans.plan(portfolio, scenario, tiering.tierOf, draft);
	const dirty = new Uint8Array(draft.length);
	const kept: ForecastRound[] = [];
	while (player.rounds.length < scenario.rounds) {
		const { round } = player.playReusing(draft, {
			previous: previous[kept.length],
			dirty,
			plan,
			keepInto: buffers.keep[kept.length],
		});
		if (!round) break;
		kept.push(round);
	}
	lastForecast = { start, rounds: kept };
	return { periods: player.rounds.flatMap((r) => r.periods), milliseconds: performance.now() - started };
}
