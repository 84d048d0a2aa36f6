import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { debriefCsv } from '../../../src/sim/workshop/debriefTables.ts';
import { leaderboard, leaderboardMetrics } from '../../../src/sim/workshop/leaderboard.ts';
import { type VerifiedTeam, verifyTeamResult } from '../../../src/sim/workshop/verifyTeamResult.ts';
import { honestResult, session } from './workshopFixtures.ts';

const roster = { ...session, teams: ['A', 'B', '=cmd()', 'C'] };

function verified(team: string, policy: Parameters<typeof honestResult>[1], rounds = 3): VerifiedTeam {
	const v = verifyTeamResult(honestResult(team, policy, rounds, roster), roster);
	if (!v.ok) throw new Error(v.check);
	return v.value;
}

describe('leaderboard', () => {
	const teams = [
		verified('A', 'none'),
		verified('B', 'needs-based'),
		verified('=cmd()', 'status-quo'),
		verified('C', 'uniform', 2),
	];

	it('ranks by the chosen metric, teams with more rounds first', () => {
		for (const metric of leaderboardMetrics) {
			const rows = leaderboard(teams, metric);
			expect(rows.at(-1)?.team).toBe('C');
			const full = rows.filter((r) => r.roundsPlayed === 3);
			for (let i = 1; i < full.length; i++)
				expect((full[i - 1] as (typeof full)[number])[metric]).toBeGreaterThanOrEqual(
					(full[i] as (typeof full)[number])[metric],
				);
		}
	});

	it('gives each team its recomputed figures, to the cent', () => {
		const rows = leaderboard(teams);
		for (const t of teams) {
			const row = rows.find((r) => r.team === t.team);
			const score = t.results?.score;
			expect(row?.score).toBeCloseTo(score?.score ?? Number.NaN, 2);
			expect(row?.residualClv).toBeCloseTo(score?.residualClv ?? Number.NaN, 2);
			expect(row?.topTierSatisfaction).toBeCloseTo(score?.topTierSatisfaction ?? Number.NaN, 2);
			expect(row?.satisfaction).toBeCloseTo(t.results?.rounds.at(-1)?.periods.at(-1)?.total.satisfaction ?? 0, 2);
		}
	});

	it('exports CSV with formula-like team names neutralised', () => {
		const parsed = Papa.parse<Record<string, string>>(debriefCsv(teams, roster).trim(), { header: true });
		expect(parsed.data).toHaveLength(3 + 3 + 3 + 2);
		expect(parsed.data.map((r) => r.team)).toContain("'=cmd()");
		expect(Number(parsed.data[0]?.score)).toBe(leaderboard(teams)[0]?.score);
	});
});
