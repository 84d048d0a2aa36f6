import { describe, expect, test } from 'vitest';
import { isoDayNumber } from '../../../src/sim/analytics/dayNumber.ts';
import { simulateTransactionLog } from '../../../src/sim/analytics/simulateTransactionLog.ts';
import { summariseCustomers } from '../../../src/sim/analytics/transactionLog.ts';
import { holdoutDiagnostics } from '../../../src/sim/analyzer/holdoutDiagnostics.ts';
import { suggestedCalibrationEnd } from '../../../src/sim/analyzer/suggestedCalibrationEnd.ts';
import { toCsv } from '../../../src/sim/format/toCsv.ts';
import { parseTable } from '../../../src/sim/import/parseTable.ts';
import { isoDate } from '../../../src/sim/import/parseValues.ts';
import { suggestColumns } from '../../../src/sim/import/suggestColumns.ts';

const START = isoDayNumber('2024-01-01') as number;
const log = simulateTransactionLog(
	{ r: 0.5, alpha: 5, a: 0.8, b: 2.5 },
	{ p: 6, q: 4, v: 15 },
	{ seed: 9, customers: 1500, startDay: START, acquisitionDays: 84, days: 546, kind: 'bgnbd' },
);
/** The log as the CSV a user would load, with the headers the page maps by itself. */
const csv = toCsv(
	Array.from(log.day, (day, t) => ({
		customer_id: log.customerIds[log.customer[t] as number],
		date: isoDate(day),
		amount: log.amount[t],
	})),
);
const options = { marginRate: 1, horizonWeeks: 26, annualDiscountRate: 0, model: 'bgnbd' as const };

describe('holdoutDiagnostics', { timeout: 30_000 }, () => {
	test('returns the holdout table and the tracking figure of a mapped table, the holdout running to the last purchase', () => {
		const table = parseTable(csv);
		const result = holdoutDiagnostics(table, suggestColumns(table.headers), {
			...options,
			calibrationEnd: '2024-09-29',
		});
		let last = 0;
		for (const d of log.day) last = Math.max(last, d);
		expect(result.kind).toBe('bgnbd');
		expect(result.calibrationVsHoldout.holdoutWeeks).toBeCloseTo(
			(last - (isoDayNumber('2024-09-29') as number)) / 7,
			10,
		);
		expect(result.trackingStart).toBe('2024-01-01');
		expect(result.tracking.calibrationWeeks).toBe(39);
		// The tracking figure counts every repeat purchase of the log up to its last day.
		const repeats = log.day.length - log.customerIds.length;
		expect(result.tracking.actual.at(-1)).toBeLessThanOrEqual(repeats);
		expect(result.tracking.actual.at(-1)).toBeGreaterThan(0.95 * repeats);
	});

	test('refuses a calibration end with no purchase after it', () => {
		const table = parseTable(csv);
		expect(() =>
			holdoutDiagnostics(table, suggestColumns(table.headers), { ...options, calibrationEnd: '2030-01-01' }),
		).toThrow(/no purchase after the calibration end/);
	});
});

describe('suggestedCalibrationEnd', () => {
	test('returns the day halfway from the first purchase to the analysis date', () => {
		const summary = summariseCustomers(log, { calibrationEnd: '2025-06-29' });
		expect(suggestedCalibrationEnd(summary, '2025-06-29')).toBe(
			isoDate(Math.floor((START + (isoDayNumber('2025-06-29') as number)) / 2)),
		);
		expect(() => suggestedCalibrationEnd(summary, 'June')).toThrow(/not a date/);
	});
});
