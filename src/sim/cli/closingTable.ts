import { applyTiering, type ExerciseConfig, sessionFor, statusQuoValue } from '../exercise/exerciseSteps.ts';
import { optimiseDecisions } from '../exercise/optimiseDecisions.ts';
import { playRounds } from '../exercise/playRounds.ts';
import { type ExerciseScore, scoreExercise } from '../exercise/scoreExercise.ts';
import type { ResourceUsage } from '../model/checkAllocation.ts';
import { type TierAllocation, tierAllocationKeys } from '../model/tierAllocation.ts';
import { referenceDecisions, referencePolicies } from '../policies/referenceAllocations.ts';
import { scenarios } from '../scenarios/scenarioCatalog.ts';
import { type TieringSpec, tieringSpecSchema } from '../tiering/tieringSpec.ts';

/** What `closingTable` plays: the same for every scenario, so the tables compare. */
export interface ClosingTableOptions {
	seed: number;
	size: number;
	/** Evaluations the optimiser spends per scenario. */
	evaluations: number;
}

/** One policy's play of one scenario, as the closing table shows it. */
export interface ClosingRow {
	policy: string;
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

/**
 * For every scenario, on the course's three standard tiers in expected-value mode, the optimiser's best decisions
 * beside every reference policy: budget used per round, value, score and the allocation per tier. The comparison a
 * trainer reads to see whether the model's best play is the course's (issue 19's closing table).
 */
export function closingTable(options: ClosingTableOptions): ClosingScenario[] {
	return scenarios.map((scenario) => {
		const config: ExerciseConfig = {
			scenarioId: scenario.id,
			seed: options.seed,
			size: options.size,
			mode: 'expected',
			budgetScale: 1,
		};
		const session = sessionFor(config);
		const { tiering } = applyTiering(config, spec);
		const tiers = tiering.tierIds.length;
		const yardstick = statusQuoValue(config, scenario.rounds);
		const row = (policy: string, decisions: TierAllocation[][], score?: ExerciseScore): ClosingRow => {
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
			scenarioId: scenario.id,
			tiers: tiering.tierIds,
			rows: [
				row('optimum', found.decisions, found.score),
				...referencePolicies.map((policy) => row(policy, referenceDecisions(policy, session, tiering))),
			],
		};
	});
}

const columns = ['kamHours', 'visits', 'assisted', 'digital', 'partner', 'valueAdded', 'ironTriangleTeams', 'bzFee'];
const short: Record<string, string> = {
	kamHours: 'KAM h',
	visits: 'visits',
	assisted: 'assisted',
	digital: 'digital',
	partner: 'partner',
	valueAdded: 'VA',
	ironTriangleTeams: 'teams',
	bzFee: 'fee',
};

const fixed = (x: number, digits: number) => (Math.abs(x) < 0.0005 ? '0' : x.toFixed(digits));
const millions = (x: number) => `${(x / 1e6).toFixed(2)} M`;
const percent = (x: number) => `${Math.round(100 * x)}%`;

/** The closing table as Markdown: per scenario, one summary table and one allocation table. */
export function closingTableMarkdown(result: readonly ClosingScenario[], options: ClosingTableOptions): string {
	const lines: string[] = [
		`Closing table: seed ${options.seed}, ${options.size.toLocaleString('en-US')} customers, expected mode, strategic / key / ordinary tiers, optimiser ${options.evaluations.toLocaleString('en-US')} evaluations (objective: score). Allocations are per customer per period, means over the rounds; budget used is per round.`,
		'',
	];
	for (const s of result) {
		lines.push(`### ${s.scenarioId}`, '');
		lines.push('| policy | budget used by round | value | score |', '|---|---|---:|---:|');
		for (const r of s.rows)
			lines.push(
				`| ${r.policy} | ${r.budgetShare.map(percent).join(' / ')} | ${millions(r.value)} | ${r.score.toFixed(1)} |`,
			);
		lines.push('');
		lines.push(`| policy | tier | ${columns.map((c) => short[c]).join(' | ')} |`);
		lines.push(`|---|---|${columns.map(() => '---:').join('|')}|`);
		for (const r of s.rows) {
			if (r.policy === 'none') continue;
			r.allocation.forEach((a, t) => {
				const cells = columns.map((c) => {
					const v = a[c as keyof TierAllocation];
					return c === 'digital' || c === 'partner' || c === 'bzFee' ? fixed(v, 2) : fixed(v, 1);
				});
				lines.push(`| ${t === 0 ? r.policy : ''} | ${s.tiers[t]} | ${cells.join(' | ')} |`);
			});
		}
		lines.push('');
	}
	return lines.join('\n');
}
