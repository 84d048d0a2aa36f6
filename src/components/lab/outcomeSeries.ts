import type { ExerciseResults } from '../../sim/exercise/exerciseSteps.ts';
import type { RoundOutcome } from '../../sim/exercise/playRounds.ts';
import type { PeriodMetrics, PeriodResult } from '../../sim/model/simulatePeriods.ts';
import type { ScenarioEvent } from '../../sim/scenarios/scenarioSchema.ts';
import type { TierSummary } from '../../sim/tiering/summariseTiers.ts';

/** Every period of the rounds played, in order: the x axis of the outcome charts. */
export function periodsOf(rounds: readonly RoundOutcome[]): PeriodResult[] {
	return rounds.flatMap((r) => r.periods);
}

/** Where a round that opened with events starts on the time axis (an index into `periodsOf`), and its events. */
export interface EventStart {
	at: number;
	round: number;
	events: ScenarioEvent[];
}

/** The start of every round that opened with at least one event, for the markers on the time axis. */
export function eventStarts(rounds: readonly RoundOutcome[]): EventStart[] {
	const out: EventStart[] = [];
	let at = 0;
	for (const r of rounds) {
		if (r.events.length > 0) out.push({ at, round: r.round, events: r.events });
		at += r.periods.length;
	}
	return out;
}

/** One series per tier of one metric over the periods (a tier missing from a period counts as 0). */
export function tierSeries(
	periods: readonly PeriodResult[],
	tierCount: number,
	metric: keyof PeriodMetrics,
): number[][] {
	return Array.from({ length: tierCount }, (_, t) => periods.map((p) => p.tiers[t]?.[metric] ?? 0));
}

/** The figures "what changed" compares for one tier (or the whole portfolio). */
export interface Snapshot {
	satisfaction: number;
	customers: number;
	/** Profit of one period. */
	profit: number;
}

export interface RoundChange {
	before: Snapshot;
	after: Snapshot;
}

/**
 * What changed in the round just played: its last period against the previous round's last period, per tier and in
 * total. The first round is compared with the portfolio at the start (today's service, one period's profit).
 */
export function roundChanges(
	rounds: readonly RoundOutcome[],
	start: readonly TierSummary[],
	periodsPerYear: number,
): { tiers: RoundChange[]; total: RoundChange } | null {
	const last = rounds.at(-1)?.periods.at(-1);
	if (!last) return null;
	const previous = rounds.at(-2)?.periods.at(-1);
	const snap = (m: PeriodMetrics): Snapshot => ({
		satisfaction: m.satisfaction,
		customers: m.customers,
		profit: m.profit,
	});
	const startTiers: Snapshot[] = start.map((s) => ({
		satisfaction: s.meanSatisfaction,
		customers: s.count,
		profit: s.profit / periodsPerYear,
	}));
	const startCustomers = startTiers.reduce((sum, s) => sum + s.customers, 0);
	const startTotal: Snapshot = {
		customers: startCustomers,
		profit: startTiers.reduce((sum, s) => sum + s.profit, 0),
		satisfaction:
			startCustomers > 0 ? startTiers.reduce((sum, s) => sum + s.satisfaction * s.customers, 0) / startCustomers : 0,
	};
	return {
		tiers: last.tiers.map((m, t) => ({
			before: previous?.tiers[t]
				? snap(previous.tiers[t])
				: (startTiers[t] ?? { satisfaction: 0, customers: 0, profit: 0 }),
			after: snap(m),
		})),
		total: { before: previous ? snap(previous.total) : startTotal, after: snap(last.total) },
	};
}

export type Trend = 'up' | 'down' | 'same';

/** Whether a figure went up, down or stayed put; changes within `tolerance` count as none. */
export function trendOf(before: number, after: number, tolerance: number): Trend {
	const change = after - before;
	if (Math.abs(change) <= tolerance) return 'same';
	return change > 0 ? 'up' : 'down';
}

/** Rows of the score comparison: the learner's result first, then every reference policy in its given order. */
export function scoreRows(
	yours: ExerciseResults,
	references: Readonly<Record<string, ExerciseResults>> | null,
): { id: string; results: ExerciseResults }[] {
	const rows = [{ id: 'yours', results: yours }];
	if (references) for (const [id, results] of Object.entries(references)) rows.push({ id, results });
	return rows;
}

/** Where the learner's score ranks among the rows (1 = best); ties share the better rank. */
export function rankOfYours(rows: readonly { id: string; results: ExerciseResults }[]): number {
	const mine = rows.find((r) => r.id === 'yours')?.results.score.score ?? 0;
	return 1 + rows.filter((r) => r.id !== 'yours' && r.results.score.score > mine).length;
}
