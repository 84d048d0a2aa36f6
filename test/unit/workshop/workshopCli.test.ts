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
		expect(rows.map((r) => r.team).sort()).toEqual(['Blue <b>team</b>', '红队']);
		expect(rows.map((r) => r.rank)).toEqual(['1', '2']);
	});

	it('debrief still prints the good teams when one file is refused', async () => {
		const error = (await main(['debrief', '--session', code, red, tampered]).catch((e: unknown) => e)) as FailedVerdict;
		expect(error).toBeInstanceOf(FailedVerdict);
		expect(error.output).toContain('红队');
		expect(error.message).toContain('tampered.json: rejected');
	});

	it('reports unreadable files and missing arguments as usage errors', async () => {
		await expect(main(['verify'])).rejects.toBeInstanceOf(UsageError);
		await expect(main(['verify', '--session', code, join(dir, 'nope.json')])).rejects.toThrow(/cannot read/);
		await expect(main(['run', 'stray'])).rejects.toBeInstanceOf(UsageError);
	});
});
