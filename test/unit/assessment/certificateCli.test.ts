import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ANSWER_KEY, ASSESSMENT_BANK_ID } from '../../../src/assessment/assessmentBank.ts';
import { encodeCertificate } from '../../../src/assessment/certificateCode.ts';
import { FailedVerdict, main, UsageError } from '../../../src/sim/cli/main.ts';
import { encodeShareCode } from '../../../src/sim/workshop/shareCode.ts';

// Every answer right but the first two: 18 of 20.
const answers = ANSWER_KEY.map((mask, q) => (q < 2 ? 0 : mask));
const honest = encodeCertificate({
	name: 'Wang Fang',
	date: '2026-12-07',
	lectures: [1, 2, 3, 4, 5, 6, 7, 8],
	answers,
	bank: ASSESSMENT_BANK_ID,
	score: 18,
	total: 20,
});
// The same answers claiming full marks, re-checksummed as anyone could.
const inflated = encodeShareCode('c', 1, {
	n: 'Wang Fang',
	d: '2026-12-07',
	l: [1, 2, 3, 4, 5, 6, 7, 8],
	a: answers,
	b: ASSESSMENT_BANK_ID,
	s: 20,
	t: 20,
});
const dir = mkdtempSync(join(tmpdir(), 'certificate-cli-'));
const file = join(dir, 'certificate.txt');
writeFileSync(file, `${honest}\n`);

describe('sim verify --certificate', () => {
	test('prints what an honest code holds, and what the check does not prove', async () => {
		const out = await main(['verify', '--certificate', honest]);
		expect(out).toContain('Name: Wang Fang');
		expect(out).toContain('Date: 2026-12-07');
		expect(out).toContain('18 / 20 (pass mark 16)');
		expect(out).toContain('Lectures completed: 1, 2, 3, 4, 5, 6, 7, 8');
		expect(out).toContain('1:– 2:– 3:1 ');
		expect(out).toContain('it is not a digital signature');
	});

	test('reads the code from a file, and speaks Chinese with --locale zh-CN', async () => {
		const out = await main(['verify', '--certificate', file, '--locale', 'zh-CN']);
		expect(out).toContain('验证码有效');
		expect(out).toContain('姓名: Wang Fang');
	});

	test('refuses a code whose claimed score its answers do not give, with exit code 1', async () => {
		const error = await main(['verify', '--certificate', inflated]).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(FailedVerdict);
		expect((error as Error).message).toContain('The code does not check out');
		expect((error as Error).message).toContain('(20 ≠ 18)');
		const zh = await main(['verify', '--certificate', inflated, '--locale', 'zh-CN']).catch((e: unknown) => e);
		expect((zh as Error).message).toContain('可能被篡改过');
	});

	test('refuses a mistyped code by its checksum', async () => {
		const i = honest.length - 8;
		const typo = honest.slice(0, i) + (honest[i] === 'x' ? 'y' : 'x') + honest.slice(i + 1);
		await expect(main(['verify', '--certificate', typo])).rejects.toBeInstanceOf(FailedVerdict);
	});

	test('refuses a team file or session alongside a certificate as a usage error', async () => {
		await expect(main(['verify', '--certificate', honest, file])).rejects.toBeInstanceOf(UsageError);
		await expect(main(['verify', '--certificate', honest, '--session', 'w1.x'])).rejects.toBeInstanceOf(UsageError);
		await expect(main(['verify', '--certificate', join(dir, 'missing.txt')])).rejects.toThrow(/cannot read/);
	});
});
