import { toCsv } from '../format/toCsv.ts';
import type { VerifiedTeam } from './verifyTeamResult.ts';

/** What the debrief can rank teams on: the scenario's score and the three outcomes the issue names. */
export const leaderboardMetrics = ['score', 'profit', 'satisfaction', 'mvcRetention'] as const;
export type LeaderboardMetric = (typeof leaderboardMetrics)[number];

export interface LeaderboardRow {
	rank: number;
	team: string;
	roundsPlayed: number;
	score: number;
	/** Profit over the rounds played. */
	profit: number;
	/** Mean satisfaction (1–5) of the active customers at the end. */
	satisfaction: number;
	/** Share of the most valuable customers still active, 0–100. */
	mvcRetention: number;
	valueIndex: number;
}

function rowOf(team: VerifiedTeam): Omit<LeaderboardRow, 'rank'> {
	const last = team.results?.rounds.at(-1)?.periods.at(-1)?.total;
	const score = team.results?.score;
	return {
		team: team.team,
		roundsPlayed: team.roundsPlayed,
		score: score?.score ?? 0,
		profit: score?.horizonProfit ?? 0,
		satisfaction: last?.satisfaction ?? 0,
		mvcRetention: score?.mvcRetention ?? 0,
		valueIndex: score?.valueIndex ?? 0,
	};
}

/**
 * The teams ranked on one metric, best first. A team that has played more rounds ranks above one that has played
 * fewer (profit over four rounds is not comparable with profit over two); ties share a rank, then go by name.
 */
export function leaderboard(teams: readonly VerifiedTeam[], metric: LeaderboardMetric = 'score'): LeaderboardRow[] {
	const rows = teams
		.map(rowOf)
		.sort((a, b) => b.roundsPlayed - a.roundsPlayed || b[metric] - a[metric] || a.team.localeCompare(b.team, 'en'));
	let rank = 0;
	return rows.map((row, i) => {
		const prev = rows[i - 1];
		if (!prev || prev.roundsPlayed !== row.roundsPlayed || prev[metric] !== row[metric]) rank = i + 1;
		return { rank, ...row };
	});
}

/**
 * The debrief as CSV, ranked on the score, unrounded figures so a spreadsheet can redo any sum. Team names go
 * through the formula-neutralising writer: a team called "=HYPERLINK(…)" stays text.
 */
export function debriefCsv(teams: readonly VerifiedTeam[]): string {
	const rows = leaderboard(teams, 'score');
	return `${toCsv(
		rows.map((r) => ({
			rank: r.rank,
			team: r.team,
			rounds_played: r.roundsPlayed,
			score: r.score,
			value_index: r.valueIndex,
			profit: r.profit,
			satisfaction: r.satisfaction,
			mvc_retention: r.mvcRetention,
		})),
	)}\n`;
}
