import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { debriefCsv, leaderboard } from '../../../src/sim/workshop/leaderboard.ts';
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
		for (const metric of ['score', 'profit', 'satisfaction', 'mvcRetention'] as const) {
			const rows = leaderboard(teams, metric);
			expect(rows.at(-1)?.team).toBe('C');
			const full = rows.filter((r) => r.roundsPlayed === 3);
			for (let i = 1; i < full.length; i++)
				expect((full[i - 1] as (typeof full)[number])[metric]).toBeGreaterThanOrEqual(
					(full[i] as (typeof full)[number])[metric],
				);
		}
	});

	it('matches the recomputed score of each team', () => {
		const rows = leaderboard(teams);
		for (const t of teams) expect(rows.find((r) => r.team === t.team)?.score).toBe(t.results?.score.score);
	});

	it('exports CSV with formula-like team names neutralised', () => {
		const parsed = Papa.parse<Record<string, string>>(debriefCsv(teams).trim(), { header: true });
		expect(parsed.data).toHaveLength(4);
		expect(parsed.data.map((r) => r.team)).toContain("'=cmd()");
		expect(Number(parsed.data[0]?.score)).toBe(leaderboard(teams)[0]?.score);
	});
});
