import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { CDNOW_DIR, cdnowTitle, hasCdnow } from '../analytics/cdnowData.ts';

const cli = join(import.meta.dirname, '../../../src/sim/cli/main.ts');
function sim(...args: string[]) {
	const result = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8' });
	return { code: result.status, out: result.stdout, err: result.stderr };
}
const dir = mkdtempSync(join(tmpdir(), 'analyzer-cli-'));

describe('npm run sim -- rfm', { timeout: 30_000 }, () => {
	test('prints R, F and M values and scores per customer from a CSV', () => {
		const file = join(dir, 'log.csv');
		const lines = ['客户编号,日期,金额'];
		for (let c = 0; c < 10; c++)
			for (let k = 0; k <= c; k++) lines.push(`C${c},2024-01-${String(1 + k * 2).padStart(2, '0')},${10 + c}`);
		writeFileSync(file, lines.join('\n'));
		const { code, out } = sim('rfm', '--transactions', file);
		expect(code).toBe(0);
		const result = JSON.parse(out);
		expect(result.asOf).toBe('2024-01-19');
		expect(result.customers).toHaveLength(10);
		expect(result.customers[9]).toMatchObject({ id: 'C9', frequency: 10, R: 5, F: 5, M: 5, RFM: 555 });
		const csv = sim('rfm', '--transactions', file, '--format', 'csv');
		expect(csv.out.split('\n')[0]).toBe('id,recencyDays,frequency,monetary,R,F,M,RFM');
	});

	test('exits 2 with the first bad row and the count', () => {
		const file = join(dir, 'bad.csv');
		writeFileSync(file, 'customer,date,amount\nA,2024-01-01,-3\nB,xx,4\n');
		const { code, err } = sim('rfm', '--transactions', file);
		expect(code).toBe(2);
		expect(err).toBe(
			'error: --transactions: 2 bad rows; the first: row 2, column amount: "-3" is negative (a refund is not a purchase)\n',
		);
		expect(sim('clv').err).toMatch(/--transactions FILE is required/);
	});
});

describe(cdnowTitle('npm run sim -- clv on CDNOW_sample.txt', 'CDNOW_sample.txt'), { timeout: 60_000 }, () => {
	test.skipIf(!hasCdnow('CDNOW_sample.txt'))('prints the published parameters and per-customer CLV', () => {
		const { code, out } = sim(
			'clv',
			'--transactions',
			`${CDNOW_DIR}CDNOW_sample.txt`,
			'--calibration-end',
			'1997-09-30',
			'--predict-weeks',
			'39',
		);
		expect(code).toBe(0);
		const result = JSON.parse(out);
		expect(result.bgnbd.r).toBeCloseTo(0.243, 2);
		expect(result.bgnbd.alpha / 4.414).toBeCloseTo(1, 2);
		expect(result.bgnbd.logLikelihood).toBeCloseTo(-9582.4, 0);
		expect(result.gammaGamma.p / 6.25).toBeCloseTo(1, 1);
		expect(result.customers).toHaveLength(2357);
		expect(Object.keys(result.customers[0])).toEqual([
			'id',
			'x',
			't_x',
			'T',
			'pAlive',
			'expectedPurchases',
			'expectedSpend',
			'clv',
		]);
	});
});
