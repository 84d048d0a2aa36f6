import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { crc32 } from '../../../src/sim/workshop/crc32.ts';
import { formatRoundCode, readRoundCode, roundCode } from '../../../src/sim/workshop/roundCode.ts';
import type { WorkshopSession } from '../../../src/sim/workshop/workshopSession.ts';
import { session } from './workshopFixtures.ts';

const closesAt = Date.UTC(2026, 11, 7, 19, 30);
const now = closesAt - 15 * 60_000;
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

const check = (code: string, s: WorkshopSession = session, round = 2) => {
	const r = readRoundCode(code, s, round, now);
	return r.ok ? 'ok' : r.check;
};

describe('round codes', () => {
	it('are twelve characters that read aloud in three groups', () => {
		const code = roundCode(session, { round: 2, closesAt, lock: false });
		expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{12}$/);
		expect(formatRoundCode(code)).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
	});

	it('carry the round, its events, the closing minute and the lock', () => {
		const code = roundCode(session, { round: 2, closesAt, lock: true });
		expect(readRoundCode(code, session, 2, now)).toEqual({
			ok: true,
			value: { round: 2, events: ['downturn'], closesAt, lock: true },
		});
		const plain = roundCode(session, { round: 1, closesAt, lock: false });
		expect(readRoundCode(plain, session, 1, now)).toEqual({
			ok: true,
			value: { round: 1, events: [], closesAt, lock: false },
		});
	});

	it('round-trip any round and closing minute read within a year of it', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 1, max: 3 }),
				fc.integer({ min: 0, max: 60 * 24 * 365 * 20 }),
				fc.integer({ min: -60 * 24 * 300, max: 60 * 24 * 300 }),
				fc.boolean(),
				(round, minute, offset, lock) => {
					const at = Date.UTC(2026, 0, 1) + minute * 60_000;
					const code = roundCode(session, { round, closesAt: at, lock });
					const back = readRoundCode(code, session, round, at + offset * 60_000);
					expect(back.ok && back.value).toEqual({ round, events: round === 2 ? ['downturn'] : [], closesAt: at, lock });
				},
			),
		);
	});

	it('forgive case, spaces, dashes and the letters Crockford reads as digits', () => {
		const code = roundCode(session, { round: 2, closesAt, lock: false });
		expect(check(` ${formatRoundCode(code).toLowerCase()} `)).toBe('ok');
		const withZero = code.replace(/0/g, 'O');
		expect(check(withZero)).toBe('ok');
	});

	it('refuse every single mistyped character as a typo', () => {
		const code = roundCode(session, { round: 2, closesAt, lock: false });
		for (let i = 0; i < code.length; i++)
			for (const ch of ALPHABET) {
				if (ch === code[i]) continue;
				expect(check(code.slice(0, i) + ch + code.slice(i + 1))).toBe('roundCodeChecksum');
			}
	});

	it('say what is wrong with a code of the wrong shape', () => {
		const code = roundCode(session, { round: 2, closesAt, lock: false });
		expect(check('')).toBe('empty');
		expect(check(code.slice(0, 11))).toBe('roundCodeShape');
		expect(check(`${code}7`)).toBe('roundCodeShape');
		expect(check(`${code.slice(0, 11)}U`)).toBe('roundCodeShape');
	});

	it('refuse a code of another session by name', () => {
		const other = { ...session, seed: session.seed + 1 };
		const code = roundCode(other, { round: 2, closesAt, lock: false });
		expect(check(code)).toBe('roundCodeSession');
	});

	it('refuse a code of another round, naming both rounds', () => {
		const code = roundCode(session, { round: 3, closesAt, lock: false });
		expect(readRoundCode(code, session, 2, now)).toEqual({
			ok: false,
			check: 'roundCodeRound',
			detail: '',
			args: { found: 3, expected: 2 },
		});
	});

	it('refuse a well-formed code whose events are not those the session schedules', () => {
		// Built by hand from the layout: round 2 with a competitor entry (bit 0) instead of the downturn (bit 1).
		const real = roundCode(session, { round: 2, closesAt, lock: false });
		const body = `1${'1'}${real.slice(2, 9)}`;
		const crc = Number.parseInt(crc32(new TextEncoder().encode(body)).slice(0, 4), 16) >> 1;
		const tail = [crc >> 10, (crc >> 5) & 31, crc & 31].map((d) => ALPHABET[d]).join('');
		expect(real[1]).toBe('2');
		expect(check(body + tail)).toBe('roundCodeEvent');
	});

	it('refuse to make a code for a round the session does not have', () => {
		expect(() => roundCode(session, { round: 4, closesAt, lock: false })).toThrow(RangeError);
	});
});
