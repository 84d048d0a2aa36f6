import { describe, expect, test } from 'vitest';
import {
	answersText,
	type Certificate,
	encodeCertificate,
	isIsoDay,
	verifyCertificate,
} from '../../../src/assessment/certificateCode.ts';
import { encodeShareCode } from '../../../src/sim/workshop/shareCode.ts';

// A five-question set of its own, so the tests do not move when the course's questions are edited.
const key = [0b01, 0b10, 0b100, 0b11, 0b01];
const bank = '0badc0de';
const passing: Certificate = {
	name: '李 明',
	date: '2026-12-07',
	lectures: [1, 2, 5, 8],
	answers: [1, 2, 4, 3, 2],
	bank,
	score: 4,
	total: 5,
};

/** A code with a valid checksum over any payload, as anyone who reads the site's source could make. */
function forged(payload: Record<string, unknown>): string {
	return encodeShareCode('c', 1, {
		n: passing.name,
		d: passing.date,
		l: passing.lectures,
		a: passing.answers,
		b: bank,
		s: 4,
		t: 5,
		...payload,
	});
}

describe('verifyCertificate', () => {
	test('accepts an honest code and returns what it holds', () => {
		const code = encodeCertificate(passing);
		expect(code).toMatch(/^c1\.[0-9a-f]{8}\./);
		expect(verifyCertificate(code, key, bank)).toEqual({ ok: true, required: 4, certificate: passing });
	});

	test('accepts a code wrapped over lines by a mail program', () => {
		const code = encodeCertificate(passing);
		const wrapped = `${code.slice(0, 20)}\n  ${code.slice(20, 40)}\r\n${code.slice(40)}`;
		expect(verifyCertificate(wrapped, key, bank).ok).toBe(true);
	});

	test('refuses a code with one character changed or cut short, by the share code’s checks', () => {
		const code = encodeCertificate(passing);
		const i = code.length - 5;
		const changed = code.slice(0, i) + (code[i] === 'A' ? 'B' : 'A') + code.slice(i + 1);
		const refused = verifyCertificate(changed, key, bank);
		expect(refused.ok).toBe(false);
		expect(['checksum', 'truncated', 'encoding', 'json']).toContain(!refused.ok && refused.check);
		expect(verifyCertificate(code.slice(0, -6), key, bank).ok).toBe(false);
		expect(verifyCertificate('', key, bank)).toMatchObject({ ok: false, check: 'empty' });
		expect(verifyCertificate(encodeShareCode('e', 1, {}), key, bank)).toMatchObject({ ok: false, check: 'kind' });
	});

	test('refuses a re-checksummed code whose claimed score its answers do not give', () => {
		// Answers scoring 3 of 5 with a claimed 4: the recompute catches it, whatever the checksum says.
		expect(verifyCertificate(forged({ a: [1, 2, 4, 1, 2] }), key, bank)).toEqual({
			ok: false,
			check: 'score',
			detail: '4 ≠ 3',
		});
	});

	test('refuses honest answers that fall below the pass mark', () => {
		expect(verifyCertificate(forged({ a: [1, 2, 4, 1, 2], s: 3 }), key, bank)).toMatchObject({
			ok: false,
			check: 'notPassed',
		});
	});

	test('refuses a code of another question set, by name', () => {
		expect(verifyCertificate(forged({ b: '12345678' }), key, bank)).toMatchObject({ ok: false, check: 'bank' });
		expect(verifyCertificate(encodeCertificate(passing), [...key, 1], bank)).toMatchObject({
			ok: false,
			check: 'bank',
		});
	});

	test('refuses an empty, overlong or disguised name', () => {
		expect(verifyCertificate(forged({ n: '  ' }), key, bank)).toMatchObject({ ok: false, check: 'name' });
		expect(verifyCertificate(forged({ n: 'x'.repeat(61) }), key, bank)).toMatchObject({ ok: false, check: 'name' });
		expect(verifyCertificate(forged({ n: 'Ann\u202Eeb' }), key, bank)).toMatchObject({ ok: false, check: 'name' });
		expect(verifyCertificate(forged({ n: 'x'.repeat(60) }), key, bank).ok).toBe(true);
	});

	test('refuses content without a certificate’s shape, naming the field', () => {
		const shape = (payload: Record<string, unknown>) => {
			const checked = verifyCertificate(forged(payload), key, bank);
			return checked.ok ? 'accepted' : `${checked.check}: ${checked.detail}`;
		};
		expect(shape({ d: '2026-02-30' })).toBe('shape: d (date)');
		expect(shape({ l: [2, 1] })).toBe('shape: l (lectures)');
		expect(shape({ l: [9] })).toBe('shape: l (lectures)');
		expect(shape({ a: [1, 2, 4] })).toMatch(/^shape: a \(answers/);
		expect(shape({ s: 6 })).toBe('shape: s (score)');
		expect(shape({ s: 1.5 })).toBe('shape: s (score)');
		expect(verifyCertificate(encodeShareCode('c', 1, [1, 2]), key, bank)).toMatchObject({ check: 'shape' });
	});
});

describe('isIsoDay', () => {
	test('returns true only for real calendar days written YYYY-MM-DD', () => {
		expect(isIsoDay('2024-02-29')).toBe(true);
		expect(isIsoDay('2026-02-29')).toBe(false);
		expect(isIsoDay('2026-1-07')).toBe(false);
		expect(isIsoDay('1999-12-31')).toBe(false);
		expect(isIsoDay(20261207)).toBe(false);
	});
});

describe('answersText', () => {
	test('returns choice numbers from 1, joined with + for several and – for none', () => {
		expect(answersText([1, 0b1010, 0])).toEqual(['1', '2+4', '–']);
	});
});
