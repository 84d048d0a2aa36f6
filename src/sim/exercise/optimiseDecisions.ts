import { allocationUsage } from '../model/allocationUsage.ts';
import { allocationViolations, type ResourceUsage, staffedScale } from '../model/checkAllocation.ts';
import { sameDecisions, type TierAllocation, tierAllocationKeys } from '../model/tierAllocation.ts';
import {
	budgetScaleByRound,
	type ReferencePolicy,
	referenceDecisions,
	referencePolicies,
} from '../policies/referenceAllocations.ts';
import { createRng, deriveSeed, type Rng } from '../random/createRng.ts';
import { exp } from '../random/portableMath.ts';
import type { Tiering } from '../tiering/tiering.ts';
import type { TieringSpec } from '../tiering/tieringSpec.ts';
import type { Session } from './createSession.ts';
import { tierAllocationSchema } from './decisionsSchema.ts';
import { applyTiering, type ExerciseConfig, referenceResults, sessionFor, statusQuoValue } from './exerciseSteps.ts';
import { AllocationRejected, playRounds, RoundPlayer } from './playRounds.ts';
import { type ExerciseScore, scoreExercise } from './scoreExercise.ts';

/** What the search maximises: the lab's weighted score, or the value alone (horizon profit + residual CLV). */
export type OptimiseObjective = 'score' | 'value';

export interface OptimiseOptions {
	objective: OptimiseObjective;
	/** Exercises played at most, the reference policies included (at least one per reference policy). */
	evaluations: number;
}

/** The best decisions found, how they score, and the reference policies on the same tiering to compare with. */
export interface OptimisedDecisions {
	/** Per round, per tier (in the tiering's order); every round within the limits in force when it is played. */
	decisions: TierAllocation[][];
	/** Horizon profit + residual CLV. */
	value: number;
	score: ExerciseScore;
	/** Share of the budget in force each round that the decisions use. */
	budgetShare: number[];
	/** Exercises played by the search. */
	evaluations: number;
	/** Every reference policy's value and score, as the lab's debrief shows them. */
	references: { policy: ReferencePolicy; value: number; score: ExerciseScore }[];
	/** The reference policy that does best on the objective: the search starts from it. */
	bestReference: ReferencePolicy;
}

// The channels counted in units per customer: budget and capacity use grow linearly with each of them, so scaling
// them down together is how a candidate over a limit is brought within it (as `referenceAllocations` fits a policy).
const unitKeys = ['kamHours', 'visits', 'assisted', 'valueAdded'] as const;
type UnitKey = (typeof unitKeys)[number];

// The most a decisions file may hold of each resource: decisions beyond it would not read back through the CLI.
const fileMaximum = Object.fromEntries(
	tierAllocationKeys.map((k) => [k, tierAllocationSchema.shape[k].unwrap().maxValue ?? Number.POSITIVE_INFINITY]),
) as Record<keyof TierAllocation, number>;

/** Everything fixed during one search. */
interface Search {
	session: Session;
	tiering: Tiering;
	config: ExerciseConfig;
	objective: OptimiseObjective;
	yardstick: number;
	/** The budget multiplier in force each round after the scenario's cuts. */
	scales: number[];
	/** Per tier: the most of each unit channel one customer could get if the tier had the budget or capacity alone. */
	reach: Record<UnitKey, number>[];
	/** Per tier: customers, and whether any is below zero today (the fee acts on those below zero in a round; a tier
	 * with none today gets some only by being served at a loss, which no search that spends well does). */
	members: number[];
	feePayers: boolean[];
	maxFee: number;
	maxTeams: number;
	rng: Rng;
	spent: number;
	budget: number;
}

/** One played candidate: its decisions as played (within limits), the play at the start of each round, its objective. */
interface Trial {
	decisions: TierAllocation[][];
	starts: RoundPlayer[];
	score: ExerciseScore;
	objective: number;
}

/**
 * Searches per-round, per-tier decisions for the best score (or value) a determined player could reach, so the team
 * can see whether the model's economics can be gamed (a starved last round, a fee nobody notices). It starts from
 * every reference policy, samples around the best so far, then climbs one resource of one tier in one round (or in
 * all rounds) at a time with multiplicative and additive steps that grow on success and shrink on failure. Every
 * candidate is played and scored by the lab's own functions in expected-value mode (whatever `config.mode` says:
 * a stochastic objective would reward luck); one over a limit is scaled down until it fits, never accepted as is.
 * Deterministic: the same inputs give the same decisions, to the bit.
 */
export function optimiseDecisions(
	config: ExerciseConfig,
	spec: TieringSpec,
	options: OptimiseOptions,
): OptimisedDecisions {
	if (!Number.isInteger(options.evaluations) || options.evaluations < referencePolicies.length) {
		throw new RangeError(`evaluations must be a whole number of at least ${referencePolicies.length}`);
	}
	const session = sessionFor(config);
	const { tiering } = applyTiering(config, spec);
	const search = prepare(session, tiering, config, options);
	const rounds = session.scenario.rounds;

	const origins = referencePolicies.map((policy) => ({
		policy,
		trial: evaluate(search, referenceDecisions(policy, session, tiering, config.budgetScale), 0, null),
	}));
	const best = origins.reduce((a, b) => (b.trial.objective > a.trial.objective ? b : a));
	const bestReference = best.policy;
	let incumbent = best.trial;

	// A sixth of what is left goes to sampling around the incumbent and the references, the rest to climbing.
	const sampling = Math.floor((search.budget - search.spent) / 6);
	for (let k = 0; k < sampling; k++) {
		const base = search.rng.next() < 0.5 ? incumbent : pick(search.rng, origins).trial;
		const trial = evaluate(search, randomNeighbour(search, base.decisions), 0, null);
		if (better(trial, incumbent)) incumbent = trial;
	}
	incumbent = climb(search, incumbent);

	// The figures reported are those of a fresh replay, as `run --decisions` will compute them. Replaying from kept
	// round starts gives the same numbers to the bit; if it ever did not, the search would have compared wrong ones.
	const played = playRounds(session, tiering, incumbent.decisions, 'expected', config.budgetScale);
	const score = scoreExercise(session, played, search.yardstick);
	if ((search.objective === 'score' ? score.score : score.value) !== incumbent.objective) {
		throw new Error('a replay of the best decisions does not reproduce the figures the search saw');
	}
	const references = referenceResults({ ...config, mode: 'expected' }, spec, rounds);
	return {
		decisions: incumbent.decisions,
		value: score.value,
		score,
		budgetShare: played.rounds.map((round) => share(round.usage)),
		evaluations: search.spent,
		references: referencePolicies.map((policy) => ({
			policy,
			value: references[policy].score.value,
			score: references[policy].score,
		})),
		bestReference,
	};
}

function prepare(session: Session, tiering: Tiering, config: ExerciseConfig, options: OptimiseOptions): Search {
	const { scenario, portfolio, economics } = session;
	const res = scenario.resources;
	const tierCount = tiering.tierIds.length;
	const members = new Array<number>(tierCount).fill(0);
	const feePayers = new Array<boolean>(tierCount).fill(false);
	for (let i = 0; i < portfolio.size; i++) {
		const t = tiering.tierOf[i] as number;
		members[t] = (members[t] as number) + 1;
		if (economics.belowZero[i]) feePayers[t] = true;
	}
	const budget = res.budgetPerPeriod * config.budgetScale;
	const reach = members.map((n) => {
		const most = (k: UnitKey) => {
			if (n === 0) return 0;
			const cost = res[k].unitCost;
			return Math.min(
				fileMaximum[k],
				(res[k].capacity * staffedScale(config.budgetScale)) / n,
				cost > 0 ? budget / (n * cost) : fileMaximum[k],
			);
		};
		return {
			kamHours: most('kamHours'),
			visits: most('visits'),
			assisted: most('assisted'),
			valueAdded: most('valueAdded'),
		};
	});
	return {
		session,
		tiering,
		config,
		objective: options.objective,
		yardstick: statusQuoValue(config, scenario.rounds),
		scales: budgetScaleByRound(session, config.budgetScale),
		reach,
		members,
		feePayers,
		maxFee: Math.min(res.maxBzFee, fileMaximum.bzFee),
		maxTeams: Math.min(res.ironTriangle.teams, fileMaximum.ironTriangleTeams),
		rng: createRng(deriveSeed(config.seed, `optimise:${scenario.id}`)),
		spent: 0,
		budget: options.evaluations,
	};
}

const better = (a: Trial, b: Trial) => a.objective > b.objective + 1e-9 * Math.max(1, Math.abs(b.objective));

function pick<T>(rng: Rng, list: readonly T[]): T {
	return list[Math.floor(rng.next() * list.length)] as T;
}

function share(usage: readonly ResourceUsage[]): number {
	const budget = usage.find((u) => u.resource === 'budget');
	return budget && budget.limit > 0 ? budget.used / budget.limit : 0;
}

/**
 * Plays a candidate from round `from` on, taking the earlier rounds from `base` (the plays at their starts are kept,
 * so a change to round 3 replays rounds 3 and 4 only). Each round is first brought within the limits then in force.
 */
function evaluate(search: Search, raw: readonly TierAllocation[][], from: number, base: Trial | null): Trial {
	const { session, tiering, config } = search;
	const start = base?.starts[from];
	const player = start ? start.fork() : new RoundPlayer(session, tiering, 'expected', config.budgetScale);
	const starts = start && base ? base.starts.slice(0, from + 1) : [];
	const decisions = start && base ? base.decisions.slice(0, from) : [];
	for (let r = decisions.length; r < raw.length; r++) {
		if (!start || r > from) starts[r] = player.fork();
		// The engine's own check has the last word: a candidate it rejects is scaled down a little more.
		for (let margin = 1e-9; ; margin *= 10) {
			const fitted = withinLimits(
				search,
				raw[r] as TierAllocation[],
				player.state.alive,
				search.scales[r] as number,
				margin,
			);
			const violations = player.play(fitted);
			if (violations.length === 0) {
				decisions.push(fitted);
				break;
			}
			if (margin > 1e-5) throw new AllocationRejected(r + 1, violations);
		}
	}
	search.spent += 1;
	const played = {
		rounds: player.rounds,
		state: player.state,
		budgetScale: player.budgetScale,
		residual: player.residual(),
	};
	const score = scoreExercise(session, played, search.yardstick);
	return { decisions, starts, score, objective: search.objective === 'score' ? score.score : score.value };
}

function scaled(allocations: readonly TierAllocation[], keys: readonly (keyof TierAllocation)[], factor: number) {
	return allocations.map((a) => {
		const out = { ...a };
		for (const k of keys) out[k] = a[k] * factor;
		return out;
	});
}

/**
 * The decisions brought within every limit of the round: each value into its range, the teams to the number there
 * are, then, if the budget or a capacity is still exceeded, the unit channels scaled down by the one factor that
 * fits them (usage is linear in it; see `fitToLimits` in referenceAllocations.ts). Only when digital self-service
 * and the teams alone are over the budget are those cut too. The factor is exact up to rounding, so it is taken a
 * `margin` less. Decisions within the limits come back unchanged.
 */
function withinLimits(
	search: Search,
	raw: readonly TierAllocation[],
	alive: Float64Array,
	scale: number,
	margin: number,
): TierAllocation[] {
	const { session, tiering } = search;
	const { portfolio, scenario } = session;
	const usageOf = (a: readonly TierAllocation[]) =>
		allocationUsage(portfolio, scenario, tiering.tierOf, a, alive, scale);
	let allocations = raw.map((a) => inRange(search, a));
	for (let teams = totalTeams(allocations); teams > search.maxTeams; teams--) allocations = dropTeam(allocations);
	let full = usageOf(allocations);
	if (allocationViolations(full).length === 0) return allocations;

	const budgetOf = (usage: readonly ResourceUsage[]) => usage.find((u) => u.resource === 'budget') as ResourceUsage;
	let fixed = usageOf(scaled(allocations, unitKeys, 0));
	const limit = budgetOf(fixed).limit;
	if (budgetOf(fixed).used > limit) {
		// Rare: the budget does not cover even the teams and the digital channel. Drop teams, then scale digital down.
		const bare = () => budgetOf(usageOf(scaled(allocations, [...unitKeys, 'digital'], 0))).used;
		while (totalTeams(allocations) > 0 && bare() > limit) allocations = dropTeam(allocations);
		const teams = bare();
		const digital = budgetOf(usageOf(scaled(allocations, unitKeys, 0))).used - teams;
		if (teams + digital > limit) {
			allocations = scaled(allocations, ['digital'], Math.max(0, ((limit - teams) / digital) * (1 - 1e-9)));
		}
		full = usageOf(allocations);
		fixed = usageOf(scaled(allocations, unitKeys, 0));
	}
	let factor = 1;
	full.forEach((u, k) => {
		const f0 = (fixed[k] as ResourceUsage).used;
		const variable = u.used - f0;
		if (u.resource === 'ironTriangleTeams' || u.resource === 'bzFee' || variable <= 0) return;
		factor = Math.min(factor, (u.limit - f0) / variable);
	});
	return scaled(allocations, unitKeys, Math.max(0, factor * (1 - margin)));
}

/** One tier's decisions clamped to what the scenario and the decisions file allow; teams a whole number. */
function inRange(search: Search, a: TierAllocation): TierAllocation {
	const clamp = (x: number, most: number) => (x > 0 ? Math.min(x, most) : 0);
	return {
		kamHours: clamp(a.kamHours, fileMaximum.kamHours),
		visits: clamp(a.visits, fileMaximum.visits),
		assisted: clamp(a.assisted, fileMaximum.assisted),
		digital: clamp(a.digital, 1),
		partner: clamp(a.partner, 1),
		valueAdded: clamp(a.valueAdded, fileMaximum.valueAdded),
		ironTriangleTeams: Math.round(clamp(a.ironTriangleTeams, search.maxTeams)),
		bzFee: clamp(a.bzFee, search.maxFee),
	};
}

const totalTeams = (allocations: readonly TierAllocation[]) => allocations.reduce((n, a) => n + a.ironTriangleTeams, 0);

/** Takes one team from the lowest tier that has any (top tiers keep theirs longest). */
function dropTeam(allocations: readonly TierAllocation[]): TierAllocation[] {
	const tier = allocations.findLastIndex((a) => a.ironTriangleTeams > 0);
	return allocations.map((a, t) => (t === tier ? { ...a, ironTriangleTeams: a.ironTriangleTeams - 1 } : a));
}

/**
 * A random candidate near `base`: some resources of some tiers redrawn (in one round, or alike in every round),
 * then every unit channel scaled by one random level, which the limits then cap. The portable `exp`, like the
 * engine's, so a seed finds the same decisions in any JavaScript engine.
 */
function randomNeighbour(search: Search, base: readonly TierAllocation[][]): TierAllocation[][] {
	const { rng } = search;
	const alike = rng.next() < 0.5;
	const chance = 0.1 + 0.4 * rng.next();
	const level = exp(0.5 * rng.normal());
	const out = base.map((round) => round.map((a) => ({ ...a })));
	const rounds = out.length;
	out[0]?.forEach((_, t) => {
		for (const key of tierAllocationKeys) {
			if (rng.next() >= chance) continue;
			const draw = redraw(search, t, key);
			const which = alike ? out : [out[Math.floor(rng.next() * rounds)] as TierAllocation[]];
			for (const round of which) {
				const a = round[t] as TierAllocation;
				a[key] = draw(a[key]);
			}
		}
	});
	return out.map((round) => scaled(round, unitKeys, level));
}

/** How `randomNeighbour` redraws one resource of a tier: a unit channel by a random factor, a share anew. */
function redraw(search: Search, tier: number, key: keyof TierAllocation): (x: number) => number {
	const { rng } = search;
	const u = rng.next();
	const factor = exp(rng.normal());
	switch (key) {
		case 'digital':
		case 'partner':
			return () => u;
		case 'bzFee':
			return () => u * search.maxFee;
		case 'ironTriangleTeams':
			return () => Math.floor(u * (search.maxTeams + 1));
		default: {
			const reach = (search.reach[tier] as Record<UnitKey, number>)[key];
			return (x) => (x > 0 && u < 0.8 ? x * factor : 0.3 * u * reach);
		}
	}
}

/** A change to the decisions: the round it starts in, and the decisions it gives at a step size (null: none). */
interface Move {
	from: number;
	step: number;
	apply(decisions: readonly TierAllocation[][], step: number): TierAllocation[][] | null;
}

/** A change to one round's decisions at a step size. */
type RoundEdit = (round: readonly TierAllocation[], step: number) => TierAllocation[];

const firstStep = 0.5;
const smallestStep = 1 / 512;

/**
 * Coordinate ascent: every move in a shuffled order, each repeated while it improves. A move's step doubles when it
 * helps and halves when it does not; once every step is below `smallestStep` all start again at a quarter, since
 * the moves made since may have opened a way a small step had closed.
 */
function climb(search: Search, from: Trial): Trial {
	const moves = allMoves(search, from.decisions.length);
	let incumbent = from;
	let reopened = false;
	while (search.spent < search.budget) {
		const open = moves.filter((m) => m.step >= smallestStep);
		if (open.length === 0) {
			for (const m of moves) m.step = firstStep / 2;
			reopened = true;
			continue;
		}
		let tried = 0;
		for (const move of shuffled(search.rng, open)) {
			while (search.spent < search.budget) {
				const raw = move.apply(incumbent.decisions, move.step);
				if (!raw) {
					move.step = 0;
					break;
				}
				tried += 1;
				const trial = evaluate(search, raw, move.from, incumbent);
				if (!better(trial, incumbent)) {
					move.step /= 2;
					break;
				}
				incumbent = trial;
				move.step = Math.min(move.step * 2, 4);
			}
		}
		// Nothing left that changes the decisions at all: stop rather than spin.
		if (tried === 0 && reopened) break;
		reopened = false;
	}
	return incumbent;
}

function shuffled<T>(rng: Rng, list: readonly T[]): T[] {
	const out = [...list];
	for (let i = out.length - 1; i > 0; i--) {
		const j = Math.floor(rng.next() * (i + 1));
		[out[i], out[j]] = [out[j] as T, out[i] as T];
	}
	return out;
}

/**
 * The moves of the climb: for each round, and for all rounds at once, every resource of every tier up and down
 * (unit channels by a factor and by a tenth of their reach, shares and the fee by a tenth of their range, teams one
 * at a time, taken from another tier when all are in use), and the unit channels of a tier or of every tier scaled
 * together.
 */
function allMoves(search: Search, rounds: number): Move[] {
	const moves: Move[] = [];
	const tiers = search.members.flatMap((n, t) => (n > 0 ? [t] : []));
	const every = Array.from({ length: rounds }, (_, r) => r);
	for (const scope of [-1, ...every]) {
		const which = scope < 0 ? every : [scope];
		const add = (edit: RoundEdit) =>
			moves.push({ from: which[0] as number, step: firstStep, apply: (d, step) => edited(d, which, edit, step) });
		const onTier =
			(t: number, f: (a: TierAllocation, step: number) => TierAllocation): RoundEdit =>
			(round, step) =>
				round.map((a, u) => (u === t ? f(a, step) : a));
		for (const grow of [(step: number) => 1 + step, (step: number) => 1 / (1 + step)]) {
			add((round, step) => round.map((a) => scaleUnits(a, grow(step))));
			for (const t of tiers) add(onTier(t, (a, step) => scaleUnits(a, grow(step))));
		}
		for (const t of tiers) {
			const reach = search.reach[t] as Record<UnitKey, number>;
			for (const k of unitKeys) {
				add(onTier(t, (a, step) => ({ ...a, [k]: a[k] * (1 + step) })));
				add(onTier(t, (a, step) => ({ ...a, [k]: a[k] / (1 + step) })));
				add(onTier(t, (a, step) => ({ ...a, [k]: a[k] + 0.1 * step * reach[k] })));
				add(onTier(t, (a, step) => ({ ...a, [k]: Math.max(0, a[k] - 0.1 * step * reach[k]) })));
			}
			const ranges: [keyof TierAllocation, number][] = [
				['digital', 1],
				['partner', 1],
			];
			if (search.feePayers[t]) ranges.push(['bzFee', search.maxFee]);
			for (const [k, range] of ranges) {
				add(onTier(t, (a, step) => ({ ...a, [k]: Math.min(range, a[k] + 0.1 * step * range) })));
				add(onTier(t, (a, step) => ({ ...a, [k]: Math.max(0, a[k] - 0.1 * step * range) })));
			}
			if (search.maxTeams > 0) {
				add((round) => teamTo(round, t, search.maxTeams));
				add(onTier(t, (a) => ({ ...a, ironTriangleTeams: Math.max(0, a.ironTriangleTeams - 1) })));
			}
		}
	}
	return moves;
}

function scaleUnits(a: TierAllocation, factor: number): TierAllocation {
	const out = { ...a };
	for (const k of unitKeys) out[k] = a[k] * factor;
	return out;
}

/** One team more for a tier: a spare one, or else one from the other tier with the most (the round as it was if none). */
function teamTo(round: readonly TierAllocation[], tier: number, most: number): TierAllocation[] {
	let from = -1;
	if (totalTeams(round) >= most) {
		round.forEach((a, t) => {
			if (
				t !== tier &&
				a.ironTriangleTeams > 0 &&
				(from < 0 || a.ironTriangleTeams > (round[from] as TierAllocation).ironTriangleTeams)
			)
				from = t;
		});
		if (from < 0) return [...round];
	}
	return round.map((a, t) =>
		t === tier
			? { ...a, ironTriangleTeams: a.ironTriangleTeams + 1 }
			: t === from
				? { ...a, ironTriangleTeams: a.ironTriangleTeams - 1 }
				: a,
	);
}

/** The decisions with `edit` applied to some rounds, or null when that changes nothing. */
function edited(
	decisions: readonly TierAllocation[][],
	rounds: readonly number[],
	edit: RoundEdit,
	step: number,
): TierAllocation[][] | null {
	let changed = false;
	const out = decisions.map((round, r) => {
		if (!rounds.includes(r)) return round;
		const next = edit(round, step);
		if (next.some((a, t) => !sameDecisions(a, round[t]))) changed = true;
		return next;
	});
	return changed ? out : null;
}
