import * as XLSX from '@e965/xlsx';
import Papa from 'papaparse';
import { describe, expect, test } from 'vitest';
import { writeXlsx } from '../../../src/sim/format/writeXlsx.ts';
import { debriefCsv, debriefTables, eventsCell } from '../../../src/sim/workshop/debriefTables.ts';
import { sessionId } from '../../../src/sim/workshop/sessionId.ts';
import { type VerifiedTeam, verifyTeamResult } from '../../../src/sim/workshop/verifyTeamResult.ts';
import { honestResult, session } from './workshopFixtures.ts';

// A roster with a name that would be a formula in a spreadsheet, to show the export writes it as text.
const roster = { ...session, teams: ['=cmd()', 'B', 'C'] };

function verified(team: string, policy: Parameters<typeof honestResult>[1], rounds: number): VerifiedTeam {
	const v = verifyTeamResult(honestResult(team, policy, rounds, roster), roster);
	if (!v.ok) throw new Error(v.check);
	return v.value;
}

const teams = [verified('=cmd()', 'needs-based', 2), verified('B', 'uniform', 1), verified('C', 'none', 0)];

describe('debriefCsv', () => {
	const rows = Papa.parse<Record<string, string>>(debriefCsv(teams, roster).trim(), { header: true }).data;

	test('returns one row per team and round played, and one for a team that played none', () => {
		expect(rows.map((r) => [r.team, r.round])).toEqual([
			["'=cmd()", '1'],
			["'=cmd()", '2'],
			['B', '1'],
			['C', ''],
		]);
	});

	test('puts the session details in every row', () => {
		for (const r of rows) {
			expect(r.session_id).toBe(sessionId(roster));
			expect([r.scenario, r.seed, r.size, r.mode, r.session_rounds]).toEqual([
				'ict-equipment',
				'7',
				'400',
				'expected',
				'3',
			]);
			expect(r.events).toBe('2:downturn');
		}
		expect(rows.map((r) => r.round_events)).toEqual(['', '2:downturn', '', '']);
	});

	test('writes every figure with at most two decimals, equal to the claimed round figures', () => {
		const text = ['session_id', 'scenario', 'mode', 'events', 'team', 'round_events'];
		for (const r of rows)
			for (const [key, value] of Object.entries(r))
				if (!text.includes(key) && value !== '') expect(value, key).toMatch(/^-?\d+(\.\d{1,2})?$/);
		const claimed = teams[0]?.result.claimed.rounds[1];
		expect(Number(rows[1]?.round_profit)).toBe(claimed?.profit);
		expect(Number(rows[1]?.round_customers)).toBe(claimed?.customers);
		expect(Number(rows[0]?.residual_clv)).toBe(teams[0]?.result.claimed.score?.residualClv);
		expect(Number(rows[0]?.top_tier_satisfaction)).toBe(teams[0]?.result.claimed.score?.topTierSatisfaction);
	});
});

describe('eventsCell', () => {
	test('lists events in round order as round:type', () => {
		expect(
			eventsCell([
				{ round: 3, type: 'budgetCut' },
				{ round: 1, type: 'priceWar' },
			]),
		).toBe('1:priceWar; 3:budgetCut');
		expect(eventsCell([])).toBe('');
	});
});

describe('debriefTables', () => {
	test('returns the session, the ranking, one row per round and one per period', () => {
		const tables = debriefTables(teams, roster);
		expect(tables.session.rows.find((r) => r[0] === 'seed')).toEqual(['seed', '7']);
		expect(tables.ranking.rows.map((r) => r[1])).toEqual(['=cmd()', 'B', 'C']);
		expect(tables.rounds.rows).toHaveLength(4);
		const periods = (t: VerifiedTeam) => (t.results?.rounds ?? []).reduce((n, r) => n + r.periods.length, 0);
		expect(tables.periods.rows).toHaveLength(periods(teams[0] as VerifiedTeam) + periods(teams[1] as VerifiedTeam));
		const first = teams[0]?.results?.rounds[0]?.periods[0];
		expect(tables.periods.rows[0]?.slice(0, 3)).toEqual(['=cmd()', 1, first?.period]);
		expect(tables.periods.rows[0]?.[6]).toBeCloseTo(first?.total.profit ?? Number.NaN, 2);
	});

	test('writes a workbook whose figures are numbers and whose team names stay text', async () => {
		const tables = debriefTables(teams, roster);
		const blob = await writeXlsx(
			(['session', 'ranking', 'rounds', 'periods'] as const).map((name) => ({
				name,
				headers: tables[name].columns.map((c) => c.id),
				table: tables[name],
			})),
		);
		const book = XLSX.read(new Uint8Array(await blob.arrayBuffer()), { type: 'array', cellFormula: true });
		expect(book.SheetNames).toEqual(['session', 'ranking', 'rounds', 'periods']);
		const ws = book.Sheets.ranking as XLSX.WorkSheet;
		expect(ws.B2).toMatchObject({ t: 's', v: '=cmd()' });
		expect(ws.B2?.f).toBeUndefined();
		expect(ws.D2).toMatchObject({ t: 'n', v: teams[0]?.result.claimed.score?.score });
		expect((book.Sheets.periods as XLSX.WorkSheet).G2?.t).toBe('n');
	});
});
