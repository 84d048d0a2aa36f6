import * as XLSX from '@e965/xlsx';
import { describe, expect, test } from 'vitest';
import { writeXlsx } from '../../../src/sim/format/writeXlsx.ts';
import { debriefTables } from '../../../src/sim/workshop/debriefTables.ts';
import { type VerifiedTeam, verifyTeamResult } from '../../../src/sim/workshop/verifyTeamResult.ts';
import { honestResult, session } from './workshopFixtures.ts';

// A roster with a name that would be a formula in a spreadsheet, to show the export writes it as text.
const roster = { ...session, teams: ['=cmd()', 'B'] };

function verified(team: string, policy: Parameters<typeof honestResult>[1], rounds: number): VerifiedTeam {
	const v = verifyTeamResult(honestResult(team, policy, rounds, roster), roster);
	if (!v.ok) throw new Error(v.check);
	return v.value;
}

describe('debriefTables', () => {
	const teams = [verified('=cmd()', 'needs-based', 2), verified('B', 'uniform', 1)];

	test('returns one ranking row per team and one row per team, round and period', () => {
		const { ranking, rounds } = debriefTables(teams);
		expect(ranking.rows.map((r) => r[1])).toEqual(['=cmd()', 'B']);
		const periods = (t: VerifiedTeam) => (t.results?.rounds ?? []).reduce((n, r) => n + r.periods.length, 0);
		expect(rounds.rows).toHaveLength(periods(teams[0] as VerifiedTeam) + periods(teams[1] as VerifiedTeam));
		const first = teams[0]?.results?.rounds[0]?.periods[0];
		expect(rounds.rows[0]).toEqual([
			'=cmd()',
			1,
			first?.period,
			first?.total.customers,
			first?.total.revenue,
			first?.total.costToServe,
			first?.total.profit,
			first?.total.satisfaction,
			first?.total.churned,
		]);
	});

	test('writes a workbook whose figures are numbers and whose team names stay text', async () => {
		const { ranking, rounds } = debriefTables(teams);
		const blob = await writeXlsx([
			{ name: 'ranking', headers: ranking.columns.map((c) => c.id), table: ranking },
			{ name: 'rounds', headers: rounds.columns.map((c) => c.id), table: rounds },
		]);
		const book = XLSX.read(new Uint8Array(await blob.arrayBuffer()), { type: 'array', cellFormula: true });
		expect(book.SheetNames).toEqual(['ranking', 'rounds']);
		const ws = book.Sheets.ranking as XLSX.WorkSheet;
		expect(ws.B2).toMatchObject({ t: 's', v: '=cmd()' });
		expect(ws.B2?.f).toBeUndefined();
		expect(ws.D2).toMatchObject({ t: 'n', v: teams[0]?.results?.score.score });
		expect((book.Sheets.rounds as XLSX.WorkSheet).G2?.t).toBe('n');
	});
});
