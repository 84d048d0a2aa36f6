import type { ExportTable, ExportValue } from '../format/exportTables.ts';
import { toCsv } from '../format/toCsv.ts';
import { leaderboard } from './leaderboard.ts';
import { sessionId } from './sessionId.ts';
import type { VerifiedTeam } from './verifyTeamResult.ts';
import type { WorkshopSession } from './workshopSession.ts';

const round2 = (x: number) => Math.round(x * 100) / 100;

/** A session's events as one cell: `2:downturn; 3:budgetCut`. */
export function eventsCell(events: WorkshopSession['events']): string {
	return [...events]
		.sort((a, b) => a.round - b.round)
		.map((e) => `${e.round}:${e.type}`)
		.join('; ');
}

/** What names the session in every row of the CSV, so a file taken out of its folder still says what was played. */
const sessionColumns = [
	{ id: 'sessionId', kind: 'text' },
	{ id: 'scenario', kind: 'text' },
	{ id: 'seed', kind: 'integer' },
	{ id: 'size', kind: 'integer' },
	{ id: 'mode', kind: 'text' },
	{ id: 'sessionRounds', kind: 'integer' },
	{ id: 'events', kind: 'text' },
] as const;

const rankingColumns = [
	{ id: 'rank', kind: 'integer' },
	{ id: 'team', kind: 'text' },
	{ id: 'roundsPlayed', kind: 'integer' },
	{ id: 'score', kind: 'number' },
	{ id: 'valueIndex', kind: 'number' },
	{ id: 'profit', kind: 'number' },
	{ id: 'residualClv', kind: 'number' },
	{ id: 'satisfaction', kind: 'number' },
	{ id: 'topTierSatisfaction', kind: 'number' },
	{ id: 'mvcRetention', kind: 'number' },
] as const;

const roundColumns = [
	{ id: 'round', kind: 'integer' },
	{ id: 'roundEvents', kind: 'text' },
	{ id: 'roundRevenue', kind: 'number' },
	{ id: 'roundCostToServe', kind: 'number' },
	{ id: 'roundProfit', kind: 'number' },
	{ id: 'roundSatisfaction', kind: 'number' },
	{ id: 'roundCustomers', kind: 'number' },
] as const;

/**
 * The debrief for a spreadsheet, every figure rounded to hundredths (money to the cent):
 * - `session`: the session's details, a field per row;
 * - `ranking`: the leaderboard ranked on the score, as the page shows it;
 * - `rounds`: one row per team and round played (a team that played none gets one row with the round empty), each
 *   with the session's details and the team's final figures, so it sorts and filters on its own; the CSV is this;
 * - `periods`: one row per team, round and period, for charting a team's path.
 */
export function debriefTables(
	teams: readonly VerifiedTeam[],
	session: WorkshopSession,
): { session: ExportTable; ranking: ExportTable; rounds: ExportTable; periods: ExportTable } {
	const details: ExportValue[] = [
		sessionId(session),
		session.scenario,
		session.seed,
		session.size,
		session.mode,
		session.rounds,
		eventsCell(session.events),
	];
	const ranked = leaderboard(teams, 'score');
	const rankingRows = ranked.map((r) => [
		r.rank,
		r.team,
		r.roundsPlayed,
		r.score,
		r.valueIndex,
		r.profit,
		r.residualClv,
		r.satisfaction,
		r.topTierSatisfaction,
		r.mvcRetention,
	]);
	const byName = new Map(teams.map((t) => [t.team, t]));
	const roundRows = ranked.flatMap((r, i) => {
		const claimed = byName.get(r.team)?.claims.rounds ?? [];
		const head = [...details, ...(rankingRows[i] as ExportValue[])];
		if (claimed.length === 0) return [[...head, null, null, null, null, null, null, null]];
		return claimed.map((round, k) => [
			...head,
			k + 1,
			eventsCell(session.events.filter((e) => e.round === k + 1)),
			round.revenue,
			round.costToServe,
			round.profit,
			round.satisfaction,
			round.customers,
		]);
	});
	const periods: ExportTable = {
		columns: [
			{ id: 'team', kind: 'text' },
			{ id: 'round', kind: 'integer' },
			{ id: 'period', kind: 'integer' },
			{ id: 'customers', kind: 'number' },
			{ id: 'revenue', kind: 'number' },
			{ id: 'costToServe', kind: 'number' },
			{ id: 'profit', kind: 'number' },
			{ id: 'satisfaction', kind: 'number' },
			{ id: 'churned', kind: 'number' },
		],
		rows: ranked.flatMap((r) =>
			(byName.get(r.team)?.results?.rounds ?? []).flatMap((round) =>
				round.periods.map((p) => [
					r.team,
					round.round,
					p.period,
					round2(p.total.customers),
					round2(p.total.revenue),
					round2(p.total.costToServe),
					round2(p.total.profit),
					round2(p.total.satisfaction),
					round2(p.total.churned),
				]),
			),
		),
	};
	return {
		session: {
			columns: [
				{ id: 'field', kind: 'text' },
				{ id: 'value', kind: 'text' },
			],
			rows: sessionColumns.map((c, i) => [c.id, String(details[i])]),
		},
		ranking: { columns: [...rankingColumns], rows: rankingRows },
		rounds: { columns: [...sessionColumns, ...rankingColumns, ...roundColumns], rows: roundRows },
		periods,
	};
}

/** `roundCostToServe` → `round_cost_to_serve`: the CSV's header, as a spreadsheet or a script reads it. */
const snake = (id: string) => id.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/**
 * The debrief as CSV: the `rounds` table of `debriefTables`, one row per team and round, with the session's details
 * in every row, ranked on the score. Team names go through the formula-neutralising writer: a team called
 * "=HYPERLINK(…)" stays text. The page's export and `sim debrief` print the same text.
 */
export function debriefCsv(teams: readonly VerifiedTeam[], session: WorkshopSession): string {
	const { rounds } = debriefTables(teams, session);
	const keys = rounds.columns.map((c) => snake(c.id));
	return `${toCsv(rounds.rows.map((row) => Object.fromEntries(keys.map((k, i) => [k, row[i] ?? '']))))}\n`;
}
