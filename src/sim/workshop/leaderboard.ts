import type { VerifiedTeam } from './verifyTeamResult.ts';

/**
 * What the debrief can rank teams on: the scenario's score, profit, satisfaction, the most valuable customers kept,
 * the lifetime value of the customers left at the end, and the satisfaction of the top tier.
 */
export const leaderboardMetrics = [
	'score',
	'profit',
	'satisfaction',
	'mvcRetention',
	'residualClv',
	'topTierSatisfaction',
] as const;
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
	/** Customer lifetime value of the customers still active at the end. */
	residualClv: number;
	/** The top tier's satisfaction index, 0–100. */
	topTierSatisfaction: number;
	valueIndex: number;
}

/**
 * A team's figures as its hand-in claims them, which the recomputation has matched to the cent: rounded to
 * hundredths, so the page, the CLI and the CSV rank and print the very same numbers.
 */
function rowOf(team: VerifiedTeam): Omit<LeaderboardRow, 'rank'> {
	const score = team.claims.score;
	return {
		team: team.team,
		roundsPlayed: team.roundsPlayed,
		score: score?.score ?? 0,
		profit: score?.horizonProfit ?? 0,
		satisfaction: team.claims.rounds.at(-1)?.satisfaction ?? 0,
		mvcRetention: score?.mvcRetention ?? 0,
		residualClv: score?.residualClv ?? 0,
		topTierSatisfaction: score?.topTierSatisfaction ?? 0,
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
