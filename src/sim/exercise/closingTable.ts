import type { ResourceUsage } from '../model/checkAllocation.ts';
import { type TierAllocation, tierAllocationKeys } from '../model/tierAllocation.ts';
import { type ReferencePolicy, referenceDecisions, referencePolicies } from '../policies/referenceAllocations.ts';
import { scenarios } from '../scenarios/scenarioCatalog.ts';
import { type TieringSpec, tieringSpecSchema } from '../tiering/tieringSpec.ts';
import { applyTiering, type ExerciseConfig, sessionFor, statusQuoValue } from './exerciseSteps.ts';
import { optimiseDecisions } from './optimiseDecisions.ts';
import { playRounds } from './playRounds.ts';
import { type ExerciseScore, scoreExercise } from './scoreExercise.ts';

/** What `closingTable` plays: the same for every scenario, so the tables compare. */
export interface ClosingTableOptions {
	seed: number;
	size: number;
	/** Evaluations the optimiser spends per scenario. */
	evaluations: number;
}

/**
 * The settings the course's pages quote the closing table at: the labs' default seed and portfolio size, and a
 * search short enough to run while the site is built (about 2 s a scenario). Longer searches find a little more
 * (the model page says how much).
 */
export const CLOSING_TABLE_OPTIONS: ClosingTableOptions = { seed: 42, size: 2000, evaluations: 500 };

/** One policy's play of one scenario, as the closing table shows it. */
export interface ClosingRow {
	policy: 'optimum' | ReferencePolicy;
	/** Per round, the share of the budget then in force that the decisions use. */
	budgetShare: number[];
	value: number;
	score: number;
	/** Per tier, each resource's mean over the rounds. */
	allocation: TierAllocation[];
}

/** One scenario's rows: the optimum first, then every reference policy (status quo and "none" among them). */
export interface ClosingScenario {
	scenarioId: string;
	tiers: string[];
	rows: ClosingRow[];
	/** The reference policy with the highest score (the optimiser starts its search from it). */
	bestReference: ReferencePolicy;
}

const spec: TieringSpec = tieringSpecSchema.parse({ method: 'strategicKeyOrdinary' });

function budgetShare(usage: readonly ResourceUsage[]): number {
	const budget = usage.find((u) => u.resource === 'budget');
	return budget && budget.limit > 0 ? budget.used / budget.limit : 0;
}

function meanAllocation(decisions: readonly (readonly TierAllocation[])[], tiers: number): TierAllocation[] {
	return Array.from({ length: tiers }, (_, t) => {
		const out = {} as TierAllocation;
		for (const key of tierAllocationKeys)
			out[key] = decisions.reduce((sum, round) => sum + ((round[t] as TierAllocation)[key] ?? 0), 0) / decisions.length;
		return out;
	});
}

/** One scenario of the closing table (see `closingTable`). */
export function closingScenario(scenarioId: string, options: ClosingTableOptions): ClosingScenario {
	const config: ExerciseConfig = {
		scenarioId,
		seed: options.seed,
		size: options.size,
		mode: 'expected',
		budgetScale: 1,
	};
	const session = sessionFor(config);
	const { tiering } = applyTiering(config, spec);
	const tiers = tiering.tierIds.length;
	const yardstick = statusQuoValue(config, session.scenario.rounds);
	const row = (policy: ClosingRow['policy'], decisions: TierAllocation[][], score?: ExerciseScore): ClosingRow => {
		const played = playRounds(session, tiering, decisions, 'expected', 1);
		const s = score ?? scoreExercise(session, played, yardstick);
		return {
			policy,
			budgetShare: played.rounds.map((r) => budgetShare(r.usage)),
			value: s.value,
			score: s.score,
			allocation: meanAllocation(decisions, tiers),
		};
	};
	const found = optimiseDecisions(config, spec, { objective: 'score', evaluations: options.evaluations });
	return {
		scenarioId,
		tiers: tiering.tierIds,
		rows: [
			row('optimum', found.decisions, found.score),
			...referencePolicies.map((policy) => row(policy, referenceDecisions(policy, session, tiering))),
		],
		bestReference: found.bestReference,
	};
}

/**
 * For every scenario, on the course's three standard tiers in expected-value mode, the optimiser's best decisions
 * beside every reference policy: budget used per round, value, score and the allocation per tier. The comparison a
 * trainer reads to see whether the model's best play is the course's; the model page, lecture 4 and
 * `npm run sim -- closing-table` all show it from here.
 */
export function closingTable(options: ClosingTableOptions = CLOSING_TABLE_OPTIONS): ClosingScenario[] {
	return scenarios.map((scenario) => closingScenario(scenario.id, options));
}
