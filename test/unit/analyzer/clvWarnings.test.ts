import { describe, expect, test } from 'vitest';
import en from '../../../src/content/i18n/en.json';
import zhCN from '../../../src/content/i18n/zh-CN.json';
import { clvWarningMessage } from '../../../src/i18n/clvWarningMessage.ts';
import { translator } from '../../../src/i18n/translator.ts';
import { type ClvWarning, MIN_REPEAT_BUYERS } from '../../../src/sim/analytics/clvWarnings.ts';
import { isoDayNumber } from '../../../src/sim/analytics/dayNumber.ts';
import { simulateTransactionLog } from '../../../src/sim/analytics/simulateTransactionLog.ts';
import {
	type TransactionLog,
	type TransactionRecord,
	transactionLogFromRecords,
} from '../../../src/sim/analytics/transactionLog.ts';
import { clvDiagnostics } from '../../../src/sim/analyzer/clvDiagnostics.ts';
import { isoDate } from '../../../src/sim/import/parseValues.ts';

const START = isoDayNumber('2024-01-01') as number;
const OPTIONS = { calibrationEnd: '2024-09-29', marginRate: 1, horizonWeeks: 39, annualDiscountRate: 0.1 };
const warningsOf = (log: TransactionLog, extra = {}) => clvDiagnostics(log, { ...OPTIONS, ...extra }).warnings;
const codes = (warnings: ClvWarning[]) => warnings.map((w) => w.code);
const find = (warnings: ClvWarning[], code: string) => warnings.filter((w) => w.code === code);

/** 300 customers who each buy every Monday-or-so, same rate, nobody leaving: a log no mixture model can fit. */
function clockworkLog(): TransactionLog {
	const records: TransactionRecord[] = [];
	for (let c = 0; c < 300; c++)
		for (let d = c % 28; d < 270; d += 7)
			records.push({ customerId: `C${c}`, date: isoDate(START + d), amount: 20 + (c % 7) });
	return transactionLogFromRecords(records).log;
}

/** A realistic log: 2,000 customers simulated from CDNOW-like parameters over the 39-week calibration period. */
const realistic = (seed: number, spend = { p: 6, q: 4, v: 15 }) =>
	simulateTransactionLog({ r: 0.5, alpha: 5, a: 0.8, b: 2.5 }, spend, {
		seed,
		customers: 2000,
		startDay: START,
		acquisitionDays: 84,
		days: 273,
		kind: 'bgnbd',
	});

describe('clvWarnings, each triggered by a crafted log', { timeout: 30_000 }, () => {
	test('a realistic log gets only the note on the time unit and the discount rate', () => {
		const warnings = warningsOf(realistic(3));
		expect(codes(warnings)).toEqual(['timeUnitAndDiscount']);
		expect(warnings[0]?.severity).toBe('info');
		expect(warnings[0]?.values.annualDiscountRate).toBe(0.1);
		// 10% a year compounds to about 0.183% a week.
		expect(warnings[0]?.values.weeklyDiscountRate).toBeCloseTo(0.001828, 6);
	});

	test('parameterAtBound, errors first: clockwork buyers drive r and α to infinity and a to zero', () => {
		const warnings = warningsOf(clockworkLog());
		const atBound = find(warnings, 'parameterAtBound').filter((w) => w.values.model === 'bgnbd');
		expect(atBound.map((w) => w.values.parameter)).toEqual(expect.arrayContaining(['r', 'alpha', 'a']));
		for (const w of atBound) expect(w.severity).toBe('error');
		expect(warnings[0]?.severity).toBe('error');
	});

	test('fitNotConverged: the same log with a search stopped after 30 iterations', () => {
		const warnings = warningsOf(clockworkLog(), { maxIterations: 30 });
		expect(find(warnings, 'fitNotConverged').map((w) => w.values.model)).toEqual(['bgnbd', 'gammaGamma']);
		expect(codes(warningsOf(realistic(3)))).not.toContain('fitNotConverged');
	});

	test('fewRepeatBuyers: 20 repeat buyers among 300 customers', () => {
		const records: TransactionRecord[] = [];
		for (let c = 0; c < 300; c++) {
			const first = START + (c % 60);
			records.push({ customerId: `C${c}`, date: isoDate(first), amount: 20 + (c % 13) });
			if (c % 15 === 0)
				for (let k = 1; k <= 1 + (c % 4); k++)
					records.push({ customerId: `C${c}`, date: isoDate(first + 20 * k + (c % 9)), amount: 15 + (c % 11) });
		}
		const [few] = find(warningsOf(transactionLogFromRecords(records).log), 'fewRepeatBuyers');
		expect(few?.values).toEqual({ repeatBuyers: 20, customers: 300, minimum: MIN_REPEAT_BUYERS });
		expect(few?.severity).toBe('warning');
	});

	test('frequencySpendCorrelated: spend that grows with the number of purchases, with the correlation shown', () => {
		const log = realistic(3);
		const purchases = new Int32Array(log.customerIds.length);
		for (const c of log.customer) purchases[c] = (purchases[c] as number) + 1;
		const amount = log.amount.map(
			(_, t) => 5 * (purchases[log.customer[t] as number] as number) * (0.8 + (t % 5) / 10),
		);
		const warnings = clvDiagnostics({ ...log, amount }, OPTIONS).warnings;
		const [correlated] = find(warnings, 'frequencySpendCorrelated');
		expect(correlated?.values.correlation).toBeGreaterThan(0.9);
		expect(correlated?.values.limit).toBe(0.3);
	});

	test('nonPositiveSpend and zeroRepeatSpend: every 50th purchase free', () => {
		const log = realistic(3);
		const amount = log.amount.map((a, t) => (t % 50 === 0 ? 0 : a));
		const free = amount.filter((a) => a === 0).length;
		const warnings = clvDiagnostics({ ...log, amount }, OPTIONS).warnings;
		expect(find(warnings, 'nonPositiveSpend')[0]?.values).toEqual({ transactions: free });
		const [zero] = find(warnings, 'zeroRepeatSpend');
		expect(zero?.values.repeatBuyers).toBeGreaterThan(0);
	});

	test('spendMeanInfinite: spends so dispersed across customers that q < 1, and no CLV is made up', () => {
		const d = clvDiagnostics(realistic(4, { p: 6, q: 0.7, v: 15 }), OPTIONS);
		const [infinite] = find(d.warnings, 'spendMeanInfinite');
		expect(infinite?.severity).toBe('error');
		expect(infinite?.values.q).toBeLessThan(1);
		expect(d.models.clv.every(Number.isNaN)).toBe(true);
		expect(d.models.expectedPurchases.every(Number.isFinite)).toBe(true);
	});
});

describe('clvWarningMessage', () => {
	const warning: ClvWarning = {
		code: 'parameterAtBound',
		severity: 'error',
		values: { model: 'bgnbd', parameter: 'alpha', value: 102271437.49616376 },
	};

	test('returns the sentence of each locale with model names and rounded figures', () => {
		expect(clvWarningMessage(warning, translator(en))).toMatch(/^BG\/NBD: the parameter alpha = 102000000 has run off/);
		expect(clvWarningMessage(warning, translator(zhCN))).toMatch(
			/^BG\/NBD：参数 alpha = 102000000 跑到了参数空间的边缘/,
		);
	});

	test('writes rates as percentages', () => {
		const note: ClvWarning = {
			code: 'timeUnitAndDiscount',
			severity: 'info',
			values: { annualDiscountRate: 0.1, weeklyDiscountRate: 0.0018282846 },
		};
		expect(clvWarningMessage(note, translator(en))).toContain('10% a year, that is 0.183% a week');
	});

	test('has a message in both locales for every code', () => {
		const codesInEngine = [
			'fitNotConverged',
			'parameterAtBound',
			'fewRepeatBuyers',
			'frequencySpendCorrelated',
			'nonPositiveSpend',
			'zeroRepeatSpend',
			'spendMeanInfinite',
			'otherModelFitsBetter',
			'timeUnitAndDiscount',
		];
		for (const code of codesInEngine) {
			expect(en).toHaveProperty([`clv.warning.${code}`]);
			expect(zhCN).toHaveProperty([`clv.warning.${code}`]);
		}
	});
});
