import { describe, expect, it } from 'vitest';
import { findScenario } from '../../../src/sim/scenarios/scenarioCatalog.ts';
import { crc32 } from '../../../src/sim/workshop/crc32.ts';
import { defaultSchedule } from '../../../src/sim/workshop/scenarioOutline.ts';
import { decodeShareCode, encodeShareCode } from '../../../src/sim/workshop/shareCode.ts';
import { parseTeamResult, teamResultCode, teamResultFile } from '../../../src/sim/workshop/teamResult.ts';
import { verifyTeamResult } from '../../../src/sim/workshop/verifyTeamResult.ts';
import { parseSessionCode, sessionCode, workshopScenario } from '../../../src/sim/workshop/workshopSession.ts';
import { honestResult, session } from './workshopFixtures.ts';

describe('crc32', () => {
	it('matches the standard check value', () => {
		// The CRC-32 of "123456789" is the published check value of the IEEE polynomial.
		expect(crc32(new TextEncoder().encode('123456789'))).toBe('cbf43926');
	});
});

describe('session codes', () => {
	it('round-trip a session exactly', () => {
		const code = sessionCode(session);
		expect(code).toMatch(/^w1\.[0-9a-f]{8}\.[A-Za-z0-9_-]+$/);
		const back = parseSessionCode(code);
		expect(back.ok && back.value.session).toEqual(session);
	});

	it('name the check each damaged code fails', () => {
		const code = sessionCode(session);
		const body = code.slice(12);
		const check = (text: string) => {
			const r = parseSessionCode(text);
			return r.ok ? 'ok' : r.check;
		};
		expect(check('')).toBe('empty');
		expect(check('hello')).toBe('kind');
		expect(check(`t1.${code.slice(3)}`)).toBe('kind');
		expect(check(`w2.${code.slice(3)}`)).toBe('version');
		expect(check(code.slice(0, code.length - 10))).toBe('truncated');
		expect(check(code.slice(0, 7))).toBe('truncated');
		expect(check(`${code.slice(0, 12)}${body.slice(0, 5)}*${body.slice(6)}`)).toBe('encoding');
		expect(check(`w1.00000000.${body}`)).toBe('checksum');
		expect(check('x'.repeat(30_000))).toBe('tooLarge');
		// Whitespace a mail client adds is ignored.
		expect(check(`${code.slice(0, 20)}\n  ${code.slice(20)}`)).toBe('ok');
	});

	it('reject a well-formed code whose content breaks the schema or names an unknown scenario', () => {
		const bad = (value: unknown) => {
			const r = parseSessionCode(encodeShareCode('w', 1, value));
			return r.ok ? 'ok' : `${r.check}:${r.detail}`;
		};
		expect(bad({ ...session, rounds: 1 })).toBe('schema:events.0.round: round 2 > 1');
		expect(bad({ ...session, teams: ['A', 'A'] })).toMatch(/^duplicateName:teams\.1/);
		expect(bad({ ...session, teams: ['  '] })).toMatch(/^schema:teams\.0/);
		expect(bad({ ...session, extra: 1 })).toMatch(/^schema:/);
		expect(bad({ ...session, scenario: 'no-such-thing' })).toBe('scenario:no-such-thing');
	});

	it('decode what they encode, for any JSON value', () => {
		const value = { a: [1, 2.5, -3e-9], b: '客户 <script>', c: null };
		const r = decodeShareCode(encodeShareCode('z', 3, value), 'z', 3);
		expect(r.ok && r.value).toEqual(value);
	});
});

describe('workshop scenarios', () => {
	it('are the base scenario itself when the schedule is the scenario own', () => {
		const base = findScenario('ict-equipment');
		if (!base) throw new Error('missing');
		const own = { ...session, rounds: base.rounds, events: defaultSchedule(base) };
		expect(workshopScenario(base, own)).toBe(base);
	});

	it('take their events and rounds from the session, with the scenario strengths', () => {
		const base = findScenario('industrial-automation');
		if (!base) throw new Error('missing');
		const s = workshopScenario(base, {
			...session,
			scenario: base.id,
			rounds: 3,
			events: [
				{ round: 3, type: 'budgetCut' },
				{ round: 1, type: 'downturn' },
			],
		});
		expect(s.id).toMatch(/^industrial-automation-ws-[0-9a-f]{8}$/);
		expect(s.rounds).toBe(3);
		expect(s.events).toEqual([
			{ type: 'downturn', round: 1, walletCut: 0.15 },
			{ type: 'budgetCut', round: 3, cut: 0.15 },
		]);
	});
});

describe('team results', () => {
	const result = honestResult('红队', 'needs-based');

	it('verify when honest, as a code and as a file', () => {
		for (const text of [teamResultCode(result), teamResultFile(result)]) {
			const parsed = parseTeamResult(text);
			expect(parsed.ok).toBe(true);
			if (!parsed.ok) continue;
			const verified = verifyTeamResult(parsed.value);
			expect(verified.ok).toBe(true);
			if (verified.ok) expect(verified.value.claims).toEqual(result.claimed);
		}
	});

	it('are refused when a claimed figure was edited, even with a recomputed checksum', () => {
		const edited = structuredClone(result);
		(edited.claimed.rounds[1] as { profit: number }).profit += 1000;
		const parsed = parseTeamResult(teamResultFile(edited));
		expect(parsed.ok).toBe(true);
		if (!parsed.ok) return;
		const verdict = verifyTeamResult(parsed.value);
		expect(verdict.ok).toBe(false);
		if (!verdict.ok) {
			expect(verdict.check).toBe('results');
			expect(verdict.detail).toContain('rounds.1.profit');
		}
	});

	it('are refused when a file was edited without its checksum, cut short, or is another kind', () => {
		const file = teamResultFile(result);
		const check = (text: string) => {
			const r = parseTeamResult(text);
			return r.ok ? 'ok' : r.check;
		};
		expect(check(file.replace('"红队"', '"绿队"'))).toBe('checksum');
		expect(check(file.slice(0, file.length / 2))).toBe('truncated');
		expect(check(JSON.stringify({ format: 'something-else' }))).toBe('kind');
		expect(check(file.replace('"version": 1', '"version": 0'))).toBe('version');
		expect(check(sessionCode(session))).toBe('kind');
		const code = teamResultCode(result);
		expect(check(code.slice(0, -30))).toBe('truncated');
	});

	it('are refused when the decisions break a limit (decisions) or do not fit the tiers or ranges (decisionShape)', () => {
		const greedy = structuredClone(result);
		for (const round of greedy.decisions) for (const tier of round) tier[0] = 500;
		const v1 = verifyTeamResult(greedy);
		expect(!v1.ok && v1.check).toBe('decisions');
		const short = structuredClone(result);
		short.decisions[0]?.pop();
		const v2 = verifyTeamResult(short);
		expect(!v2.ok && `${v2.check}: ${v2.detail}`).toBe('decisionShape: decisions.0: 2 tiers, the tiering has 3');
		const wild = structuredClone(result);
		(wild.decisions[1]?.[0] as number[])[0] = 501;
		const v3 = verifyTeamResult(wild);
		expect(!v3.ok && v3.check).toBe('decisionShape');
		expect(!v3.ok && v3.detail).toMatch(/^decisions\.1\.0\.kamHours: /);
	});

	it('are refused for another session when one is expected', () => {
		const v = verifyTeamResult(result, { ...session, seed: 8 });
		expect(!v.ok && v.check).toBe('session');
		expect(!v.ok && v.detail).toBe('seed: found 7, expected 8');
	});

	it('can be handed in before the first round', () => {
		const early = honestResult('Blue <b>team</b>', 'uniform', 0);
		const v = verifyTeamResult(early);
		expect(v.ok && v.value.roundsPlayed).toBe(0);
	});
});
