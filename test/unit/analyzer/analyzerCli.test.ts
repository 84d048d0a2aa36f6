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

describe(cdnowTitle('npm run sim -- clv --holdout-end on CDNOW_sample.txt', 'CDNOW_sample.txt'), {
	timeout: 60_000,
}, () => {
	test.skipIf(!hasCdnow('CDNOW_sample.txt'))('prints the holdout figures, heat maps, P(n) and warnings in JSON', () => {
		const { code, out, err } = sim(
			'clv',
			'--transactions',
			`${CDNOW_DIR}CDNOW_sample.txt`,
			'--calibration-end',
			'1997-09-30',
			'--holdout-end',
			'1998-06-30',
			'--predict-weeks',
			'39',
			'--discount',
			'0.1',
			'--customer',
			'0001',
		);
		expect(code).toBe(0);
		const { diagnostics, annualDiscountRate } = JSON.parse(out);
		expect(annualDiscountRate).toBe(0.1);
		expect(diagnostics.split).toEqual({
			calibrationEnd: '1997-09-30',
			holdoutEnd: '1998-06-30',
			cohortStart: '1997-01-01',
			calibrationWeeks: 39,
			holdoutWeeks: 39,
		});
		expect(diagnostics.model.used).toBe('bgnbd');
		expect(diagnostics.model.fits.bgnbd.r).toBeCloseTo(0.243, 2);
		expect(diagnostics.model.fits.mbgnbd.converged).toBe(true);
		const rows = diagnostics.calibrationVsHoldout.rows;
		expect(rows.map((r: { calibrationPurchases: string }) => r.calibrationPurchases)).toEqual([
			'0',
			'1',
			'2',
			'3',
			'4',
			'5',
			'6',
			'7+',
		]);
		expect(rows[0].customers).toBe(1411);
		expect(diagnostics.tracking).toHaveLength(78);
		expect(diagnostics.heatMaps.pAlive[0][1]).toBeNull();
		expect(diagnostics.purchaseCounts.n.at(-1)).toBe('10+');
		expect(diagnostics.purchaseCounts.customer.id).toBe('0001');
		expect(diagnostics.frequencySpendCorrelation).toBeGreaterThan(0);
		// CDNOW has 8 purchases of $0: the warning goes to stderr and into the JSON, in both languages.
		expect(err).toMatch(/^warning \[nonPositiveSpend\]: 8 transactions have a zero or negative amount/);
		const zero = diagnostics.warnings.find((w: { code: string }) => w.code === 'nonPositiveSpend');
		expect(zero.message['zh-CN']).toMatch(/^有 8 笔交易金额为零或负数/);
	});
});

/** 60 customers buying every week at the same rate, none leaving: a degenerate log for the purchase models. */
function clockworkFile(): string {
	const file = join(dir, 'clockwork.csv');
	const lines = ['customer,date,amount'];
	for (let c = 0; c < 60; c++)
		for (let d = c % 28; d < 270; d += 7) {
			const day = new Date(Date.UTC(2024, 0, 1 + d)).toISOString().slice(0, 10);
			lines.push(`C${c},${day},${20 + (c % 7)}`);
		}
	writeFileSync(file, lines.join('\n'));
	return file;
}

describe('npm run sim -- clv warnings', { timeout: 60_000 }, () => {
	test('exits 1 on an error-level warning, the figures still printed and the reasons on stderr', () => {
		// The file's last purchase is on 2024-09-26; a later calibration end is refused (it would age every customer).
		const file = clockworkFile();
		const { code, out, err } = sim('clv', '--transactions', file, '--calibration-end', '2024-09-26');
		expect(code).toBe(1);
		expect(JSON.parse(out).diagnostics.warnings[0].severity).toBe('error');
		expect(err).toMatch(/^error \[parameterAtBound\]: BG\/NBD: the parameter /m);
	});

	test('refuses a holdout end without a calibration end, or before it', () => {
		const file = clockworkFile();
		expect(sim('clv', '--transactions', file, '--holdout-end', '2024-12-01').err).toMatch(
			/--holdout-end needs --calibration-end/,
		);
		const early = sim('clv', '--transactions', file, '--calibration-end', '2024-09-26', '--holdout-end', '2024-09-01');
		expect(early.code).toBe(2);
		expect(early.err).toMatch(/must come after --calibration-end/);
		expect(sim('clv', '--transactions', file, '--model', 'pareto').err).toMatch(
			/--model must be one of bgnbd, mbgnbd, auto/,
		);
	});
});
