import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { FailedVerdict, UsageError } from '../../../src/sim/cli/cliErrors.ts';
import { main } from '../../../src/sim/cli/main.ts';
import { teamResultCode, teamResultFile } from '../../../src/sim/workshop/teamResult.ts';
import { sessionCode } from '../../../src/sim/workshop/workshopSession.ts';
import { honestResult, session } from './workshopFixtures.ts';

const code = sessionCode(session);

const dir = mkdtempSync(join(tmpdir(), 'workshop-cli-'));
const red = join(dir, 'red.json');
const blue = join(dir, 'blue.txt');
const tampered = join(dir, 'tampered.json');
writeFileSync(red, teamResultFile(honestResult('红队', 'needs-based')));
writeFileSync(blue, teamResultCode(honestResult('Blue <b>team</b>', 'status-quo')));
const edited = honestResult('Blue <b>team</b>', 'uniform');
if (edited.claimed.score) edited.claimed.score.score += 5;
writeFileSync(tampered, teamResultFile(edited));

describe('sim verify and debrief', () => {
	it('verify prints the verdict of an honest file', async () => {
		const out = await main(['verify', '--session', code, red]);
		expect(out).toMatch(/verified: team "红队", session [0-9A-F]{12} \(ict-equipment, seed 7\), 3\/3 rounds, score/);
	});

	it('verify refuses a tampered file with the reason, exit code 1', async () => {
		const error = await main(['verify', '--session', code, tampered]).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(FailedVerdict);
		expect((error as Error).message).toContain('[results]');
		expect((error as Error).message).toContain('score.score');
	});

	it('debrief prints the leaderboard as CSV, from files and pasted codes', async () => {
		const rows = Papa.parse<Record<string, string>>(await main(['debrief', '--session', code, red, blue]), {
			header: true,
		}).data;
		// One row per team and round (three rounds each), with the session in every row.
		const first = rows.filter((r) => r.round === '1');
		expect(first.map((r) => r.team).sort()).toEqual(['Blue <b>team</b>', '红队']);
		expect(first.map((r) => r.rank)).toEqual(['1', '2']);
		expect(rows).toHaveLength(6);
		expect(new Set(rows.map((r) => r.seed))).toEqual(new Set(['7']));
	});

	it('debrief still prints the good teams when one file is refused', async () => {
		const error = (await main(['debrief', '--session', code, red, tampered]).catch((e: unknown) => e)) as FailedVerdict;
		expect(error).toBeInstanceOf(FailedVerdict);
		expect(error.output).toContain('红队');
		expect(error.message).toContain('tampered.json: rejected');
	});

	it('debrief groups the files of other sessions, and an other-session first file refuses only itself', async () => {
		// Two hand-ins of another session (seed 8), the first of them first on the command line.
		const other = { ...session, seed: 8 };
		const otherRed = join(dir, 'other-red.json');
		const otherBlue = join(dir, 'other-blue.txt');
		writeFileSync(otherRed, teamResultFile(honestResult('红队', 'uniform', 3, other)));
		writeFileSync(otherBlue, teamResultCode(honestResult('Blue <b>team</b>', 'uniform', 2, other)));
		const error = (await main(['debrief', '--session', code, otherRed, red, otherBlue, blue]).catch(
			(e: unknown) => e,
		)) as FailedVerdict;
		expect(error).toBeInstanceOf(FailedVerdict);
		const lines = error.message.split('\n');
		expect(lines[0]).toMatch(/^session [0-9A-F]{12} \(--session\): 2 of 4 file\(s\) verified$/);
		expect(lines[1]).toMatch(
			/^session [0-9A-F]{12}: 2 file\(s\) of another session, all refused: .*other-red\.json, .*other-blue\.txt\. /,
		);
		expect(lines[1]).toContain('seed');
		expect(lines.filter((l) => l.includes(': rejected: [session]'))).toHaveLength(2);
		// The valid files after the other-session one are all in the CSV.
		const rows = Papa.parse<Record<string, string>>(error.output.trim(), { header: true }).data;
		expect(new Set(rows.map((r) => r.team))).toEqual(new Set(['红队', 'Blue <b>team</b>']));
	});

	it('debrief names the file a duplicate team was first loaded from', async () => {
		const error = (await main(['debrief', '--session', code, red, red]).catch((e: unknown) => e)) as FailedVerdict;
		expect(error.message).toMatch(
			/red\.json: rejected: team "红队" was already loaded from .*red\.json \(3\/3 rounds there, 3 here\)/,
		);
	});

	it('reports unreadable files and missing arguments as usage errors', async () => {
		await expect(main(['verify'])).rejects.toBeInstanceOf(UsageError);
		await expect(main(['verify', '--session', code, join(dir, 'nope.json')])).rejects.toThrow(/cannot read/);
		await expect(main(['run', 'stray'])).rejects.toBeInstanceOf(UsageError);
	});
});
