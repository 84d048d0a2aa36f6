import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import en from '../../../src/content/i18n/en.json' with { type: 'json' };
import { FailedVerdict } from '../../../src/sim/cli/cliErrors.ts';
import { main } from '../../../src/sim/cli/main.ts';
import { crc32 } from '../../../src/sim/workshop/crc32.ts';
import { sessionDifference } from '../../../src/sim/workshop/sessionDifference.ts';
import { canonicalSession, sessionId } from '../../../src/sim/workshop/sessionId.ts';
import { teamResultFile } from '../../../src/sim/workshop/teamResult.ts';
import { verifyTeamResult } from '../../../src/sim/workshop/verifyTeamResult.ts';
import { sessionCode, type WorkshopSession } from '../../../src/sim/workshop/workshopSession.ts';
import { honestResult, session } from './workshopFixtures.ts';

// The forged sessions of issue 26's table, each played honestly inside itself, so every figure recomputes.
const forgeries: { kind: string; field: keyof WorkshopSession; forged: WorkshopSession; rounds: number }[] = [
	{ kind: '8 rounds instead of 3', field: 'rounds', forged: { ...session, rounds: 8 }, rounds: 8 },
	{ kind: 'another seed', field: 'seed', forged: { ...session, seed: 5 }, rounds: 3 },
	{ kind: 'stochastic mode', field: 'mode', forged: { ...session, mode: 'stochastic' }, rounds: 3 },
	{ kind: 'no market events', field: 'events', forged: { ...session, events: [] }, rounds: 3 },
	{ kind: '200 customers', field: 'size', forged: { ...session, size: 200 }, rounds: 3 },
	{ kind: 'an extra roster name', field: 'teams', forged: { ...session, teams: [...session.teams, 'Zed'] }, rounds: 3 },
	{ kind: 'other minutes per round', field: 'minutesPerRound', forged: { ...session, minutesPerRound: 90 }, rounds: 3 },
];

/**
 * A roster name of 'a's and 'b's that gives the forged session the honest session's CRC-32, as issue 26's attacker did:
 * CRC-32 is affine, so flipping bits 0x03 of chosen characters moves it by a linear map, solved over GF(2).
 */
function crcCollidingName(honest: WorkshopSession, forged: Omit<WorkshopSession, 'teams'>, teams: string[]): string {
	const crc = (s: WorkshopSession) => Number.parseInt(crc32(new TextEncoder().encode(JSON.stringify(s))), 16);
	const length = 40;
	const build = (bits: boolean[]) => ({ ...forged, teams: [...teams, bits.map((b) => (b ? 'b' : 'a')).join('')] });
	const zero = Array.from({ length }, () => false);
	const base = crc(build(zero));
	// Column i: how flipping character i moves the checksum.
	const columns = zero.map((_, i) => crc(build(zero.map((_, j) => j === i))) ^ base);
	const target = (base ^ crc(honest)) >>> 0;
	// Gaussian elimination: rows are (column value, set of characters whose flips make it).
	const basis: { value: number; picks: bigint }[] = [];
	columns.forEach((value, i) => {
		let v = value >>> 0;
		let picks = 1n << BigInt(i);
		for (const b of basis)
			if ((v ^ b.value) >>> 0 < v) {
				v = (v ^ b.value) >>> 0;
				picks ^= b.picks;
			}
		if (v) basis.push({ value: v, picks });
		basis.sort((x, y) => y.value - x.value);
	});
	let v = target;
	let picks = 0n;
	for (const b of basis)
		if ((v ^ b.value) >>> 0 < v) {
			v = (v ^ b.value) >>> 0;
			picks ^= b.picks;
		}
	if (v !== 0) throw new Error('no colliding name');
	return (build(zero.map((_, i) => ((picks >> BigInt(i)) & 1n) === 1n)).teams.at(-1) as string) ?? '';
}

describe('verifyTeamResult against the facilitator session', { timeout: 60_000 }, () => {
	for (const { kind, field, forged, rounds } of forgeries) {
		it(`refuses a hand-in played in a session with ${kind}, naming the field`, () => {
			const result = honestResult('红队', 'needs-based', rounds, forged);
			// On its own the hand-in is consistent: the recomputation alone cannot catch it.
			expect(verifyTeamResult(result).ok).toBe(true);
			const verdict = verifyTeamResult(result, session);
			expect(verdict.ok).toBe(false);
			if (verdict.ok) return;
			expect(verdict.check).toBe('session');
			expect(verdict.args?.field).toBe(field);
			expect(verdict.detail).toMatch(new RegExp(`^${field}: found .+, expected .+`));
		});
	}

	it('accepts an honest hand-in, and refuses a team that is not on the roster', () => {
		expect(verifyTeamResult(honestResult('红队', 'uniform'), session).ok).toBe(true);
		const outsider = verifyTeamResult(honestResult('Mallory', 'uniform'), session);
		expect(!outsider.ok && outsider.check).toBe('roster');
		expect(!outsider.ok && outsider.args?.team).toBe('Mallory');
	});

	it('refuses a forged session whose CRC-32 was steered to the honest one, and gives it another id', () => {
		const { teams, ...rest } = session;
		const forged = { ...rest, seed: 5, teams: [...teams, crcCollidingName(session, { ...rest, seed: 5 }, teams)] };
		const crcOf = (s: WorkshopSession) => crc32(new TextEncoder().encode(JSON.stringify(s)));
		expect(crcOf(forged)).toBe(crcOf(session));
		expect(sessionId(forged)).not.toBe(sessionId(session));
		const verdict = verifyTeamResult(honestResult('红队', 'needs-based', 3, forged), session);
		expect(!verdict.ok && verdict.check).toBe('session');
		expect(!verdict.ok && verdict.args?.field).toBe('seed');
	});
});

describe('sessionDifference and canonicalSession', () => {
	it('see no difference in the order of events, and the first differing field otherwise', () => {
		const two: WorkshopSession = {
			...session,
			events: [
				{ round: 3, type: 'budgetCut' },
				{ round: 2, type: 'downturn' },
			],
		};
		const swapped = { ...two, events: [...two.events].reverse() };
		expect(canonicalSession(two)).toBe(canonicalSession(swapped));
		expect(sessionDifference(swapped, two)).toBeNull();
		expect(sessionDifference({ ...two, seed: 8, size: 200 }, two)).toEqual({
			field: 'seed',
			found: '8',
			expected: '7',
		});
	});

	it('cut long values and write control characters out in what they quote', () => {
		const long = { ...session, teams: Array.from({ length: 30 }, (_, i) => `Team number ${i}`) };
		const d = sessionDifference(long, session);
		expect(d?.field).toBe('teams');
		expect(Array.from(d?.found ?? '').length).toBeLessThanOrEqual(121);
		expect(d?.found.endsWith('…')).toBe(true);
	});
});

describe('sessionId', () => {
	it('is 12 hex digits of the SHA-256 of the canonical session', async () => {
		const { createHash } = await import('node:crypto');
		const expected = createHash('sha256').update(canonicalSession(session)).digest('hex').slice(0, 12).toUpperCase();
		expect(sessionId(session)).toBe(expected);
	});
});

describe('sim verify and debrief with --session', { timeout: 60_000 }, () => {
	const dir = mkdtempSync(join(tmpdir(), 'forged-'));
	const code = sessionCode(session);
	const honest = join(dir, 'honest.json');
	writeFileSync(honest, teamResultFile(honestResult('红队', 'needs-based')));
	const link = join(dir, 'session.txt');
	writeFileSync(link, `https://example.org/workshop/debrief/#s=${code}\n`);

	for (const { kind, field, forged, rounds } of forgeries) {
		it(`verify refuses a session with ${kind}`, async () => {
			const file = join(dir, `${field}.json`);
			writeFileSync(file, teamResultFile(honestResult('Blue <b>team</b>', 'needs-based', rounds, forged)));
			const error = await main(['verify', '--session', code, file]).catch((e: unknown) => e);
			expect(error).toBeInstanceOf(FailedVerdict);
			expect((error as Error).message).toContain('[session]');
			expect((error as Error).message).toContain(`Its ${en[`workshop.sessionField.${field}`]} is `);
			// The debrief keeps the honest team and refuses the forged one.
			const debrief = (await main(['debrief', '--session', link, honest, file]).catch(
				(e: unknown) => e,
			)) as FailedVerdict;
			expect(debrief).toBeInstanceOf(FailedVerdict);
			expect(debrief.output).toContain('红队');
			expect(debrief.output).not.toContain('Blue');
		});
	}

	it('debrief and verify refuse to run without --session, and word their checks in --locale', async () => {
		await expect(main(['verify', honest])).rejects.toThrow(/needs --session/);
		await expect(main(['debrief', honest])).rejects.toThrow(/needs --session/);
		const other = sessionCode({ ...session, seed: 9 });
		const error = (await main(['verify', '--session', other, '--locale', 'zh-CN', honest]).catch((e) => e)) as Error;
		expect(error.message).toContain('随机种子');
		await expect(main(['verify', '--session', 'w1.00000000.abc', honest])).rejects.toThrow(/^--session: /);
	});
});
