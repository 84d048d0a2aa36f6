import type { ExportTable } from '../format/exportTables.ts';
import { leaderboard } from './leaderboard.ts';
import type { VerifiedTeam } from './verifyTeamResult.ts';

/**
 * The debrief for a spreadsheet: the leaderboard ranked on the score (as the CSV export), and one row per team,
 * round and period with the portfolio's customers, revenue, cost to serve, profit, satisfaction and churn, so a
 * facilitator can chart any team's path. Figures are unrounded, from the recomputed results.
 */
export function debriefTables(teams: readonly VerifiedTeam[]): { ranking: ExportTable; rounds: ExportTable } {
	const ranking: ExportTable = {
		columns: [
			{ id: 'rank', kind: 'integer' },
			{ id: 'team', kind: 'text' },
			{ id: 'roundsPlayed', kind: 'integer' },
			{ id: 'score', kind: 'number' },
			{ id: 'valueIndex', kind: 'number' },
			{ id: 'profit', kind: 'number' },
			{ id: 'satisfaction', kind: 'number' },
			{ id: 'mvcRetention', kind: 'number' },
		],
		rows: leaderboard(teams, 'score').map((r) => [
			r.rank,
			r.team,
			r.roundsPlayed,
			r.score,
			r.valueIndex,
			r.profit,
			r.satisfaction,
			r.mvcRetention,
		]),
	};
	const rounds: ExportTable = {
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
		rows: teams.flatMap((team) =>
			(team.results?.rounds ?? []).flatMap((round) =>
				round.periods.map((p) => [
					team.team,
					round.round,
					p.period,
					p.total.customers,
					p.total.revenue,
					p.total.costToServe,
					p.total.profit,
					p.total.satisfaction,
					p.total.churned,
				]),
			),
		),
	};
	return { ranking, rounds };
}
