import { describe, expect, test } from 'vitest';
import { isoDayNumber } from '../../../src/sim/analytics/dayNumber.ts';
import {
	parseCdnow,
	summariseCustomers,
	type TransactionRecord,
	transactionLogFromRecords,
} from '../../../src/sim/analytics/transactionLog.ts';
import { cdnowTitle, hasCdnow, readCdnow, readCdnowCsv } from './cdnowData.ts';

const MASTER_HEADER = ' customer_id  date number_of_cds  dollar_value\r\n';

describe('parseCdnow', () => {
	test('reads the master layout: header, leading spaces, CRLF, blank lines', () => {
		const text = `${MASTER_HEADER} 00001 19970101  1   11.77\r\n 00002 19970112  1   12.00\r\n\r\n 00002 19970112  5   77.00\r\n`;
		const { log, issues, format } = parseCdnow(text);
		expect(issues).toEqual([]);
		expect(format).toBe('master');
		expect(log.customerIds).toEqual(['00001', '00002']);
		expect([...log.customer]).toEqual([0, 1, 1]);
		expect([...log.day]).toEqual([isoDayNumber('1997-01-01'), isoDayNumber('1997-01-12'), isoDayNumber('1997-01-12')]);
		expect([...log.amount]).toEqual([11.77, 12, 77]);
	});

	test('reads the sample layout and identifies customers by the sample id', () => {
		const { log, issues, format } = parseCdnow(
			' 00004 0001 19970101  2   29.33\r\n 00021 0002 19970101  3   63.34\r\n',
		);
		expect(issues).toEqual([]);
		expect(format).toBe('sample');
		expect(log.customerIds).toEqual(['0001', '0002']);
	});

	test('reports every malformed line with its number and field, and keeps the good lines', () => {
		const text = [
			' customer_id  date number_of_cds  dollar_value',
			' 00001 19970101  1   11.77',
			' 00002 19970231  1   12.00', // 31 February
			' 00003 19970105  x   12.00',
			' 00004 19970105  1   -3.00',
			' 00005 19970105  1',
			' 0000A 19970105  1   1.00',
			' 00006 19970106  2   20.00',
		].join('\n');
		const { log, issues } = parseCdnow(text);
		expect(log.customerIds).toEqual(['00001', '00006']);
		expect(issues.map((i) => [i.position, i.field, i.value])).toEqual([
			[3, 'date', '19970231'],
			[4, 'number_of_cds', 'x'],
			[5, 'dollar_value', '-3.00'],
			[6, 'line', '00005 19970105  1'],
			[7, 'customer_id', '0000A'],
		]);
		expect(issues[0]?.message).toBe('line 3: date "19970231" is not a calendar date written YYYYMMDD');
		expect(issues[3]?.message).toMatch(/^line 6: .*has 3 fields; the master layout has 4/);
	});

	test('rejects a first line that is neither a header nor a transaction', () => {
		const { issues, log } = parseCdnow('id date cds value\n 00001 19970101 1 1.00\n');
		expect(issues).toHaveLength(1);
		expect(issues[0]?.position).toBe(1);
		expect(log.customerIds).toEqual(['00001']);
	});
});

describe('transactionLogFromRecords', () => {
	test('packs valid records and reports each bad field by array index', () => {
		const records = [
			{ customerId: 'a', date: '2024-01-05', amount: 10 },
			{ customerId: '', date: '2024-01-05', amount: 10 },
			{ customerId: 'b', date: '2024-13-01', amount: 10 },
			{ customerId: 'b', date: '2024-02-29', amount: Number.NaN },
			{ customerId: 'b', date: '2023-02-29', amount: -1 },
			{ customerId: 'b', date: '2024-02-29', amount: 0 },
		] as TransactionRecord[];
		const { log, issues } = transactionLogFromRecords(records);
		expect(log.customerIds).toEqual(['a', 'b']);
		expect([...log.amount]).toEqual([10, 0]);
		expect(issues.map((i) => [i.position, i.field])).toEqual([
			[1, 'customerId'],
			[2, 'date'],
			[3, 'amount'],
			[4, 'date'],
			[4, 'amount'],
		]);
		expect(issues[1]?.message).toBe('record at index 2: date "2024-13-01" is not a calendar date written YYYY-MM-DD');
		expect(issues[2]?.message).toBe('record at index 3: amount NaN must be a finite number ≥ 0');
	});

	test('reports a missing record instead of failing on it', () => {
		const records = [null, { customerId: 'a', date: '2024-01-05', amount: 1 }] as unknown as TransactionRecord[];
		const { log, issues } = transactionLogFromRecords(records);
		expect(log.customerIds).toEqual(['a']);
		expect(issues.map((i) => [i.position, i.field, i.value])).toEqual([[0, 'record', 'null']]);
	});
});

describe('summariseCustomers', () => {
	const records: TransactionRecord[] = [
		// Customer a: first day 1997-01-01 with two orders (one purchase of 30), repeats on 01-15 and 02-12 (two orders).
		{ customerId: 'a', date: '1997-01-01', amount: 10 },
		{ customerId: 'a', date: '1997-02-12', amount: 5 },
		{ customerId: 'a', date: '1997-01-15', amount: 40 },
		{ customerId: 'a', date: '1997-01-01', amount: 20 },
		{ customerId: 'a', date: '1997-02-12', amount: 15 },
		// After calibration end: only in the holdout.
		{ customerId: 'a', date: '1997-03-10', amount: 8 },
		{ customerId: 'a', date: '1997-03-10', amount: 2 },
		// Customer b: one purchase.
		{ customerId: 'b', date: '1997-02-26', amount: 12 },
		// Customer c: acquired after calibration end.
		{ customerId: 'c', date: '1997-03-01', amount: 50 },
	];

	test('counts distinct purchase days and measures t_x and T in weeks (hand-computed)', () => {
		const { log } = transactionLogFromRecords(records);
		const s = summariseCustomers(log, { calibrationEnd: '1997-02-26', holdoutEnd: '1997-03-26' });
		expect(s.customerIds).toEqual(['a', 'b']);
		expect(s.excluded).toEqual({ acquiredAfterCalibration: 1, acquiredBeforeObservationStart: 0 });
		// a: purchase days 01-01, 01-15, 02-12 → x = 2; t_x = 42 days = 6 weeks; T = 56 days = 8 weeks.
		expect([s.x[0], s.tx[0], s.T[0]]).toEqual([2, 6, 8]);
		// zbar = mean of the repeat days' totals (40 and 5 + 15), the first day's 30 left out.
		expect(s.zbar[0]).toBe(30);
		expect([s.recency[0], s.frequency[0], s.monetary[0]]).toEqual([14, 3, 90]);
		// b: bought on calibration end itself.
		expect([s.x[1], s.tx[1], s.T[1], s.zbar[1], s.recency[1], s.frequency[1], s.monetary[1]]).toEqual([
			0, 0, 0, 0, 0, 1, 12,
		]);
		expect(s.holdout?.weeks).toBe(4);
		expect([...(s.holdout?.purchases ?? [])]).toEqual([1, 0]);
		expect([...(s.holdout?.spend ?? [])]).toEqual([10, 0]);
	});

	test('leaves out customers first seen before observationStart', () => {
		const { log } = transactionLogFromRecords(records);
		const s = summariseCustomers(log, { calibrationEnd: '1997-02-26', observationStart: '1997-02-01' });
		expect(s.customerIds).toEqual(['b']);
		expect(s.excluded).toEqual({ acquiredAfterCalibration: 1, acquiredBeforeObservationStart: 1 });
		expect(s.holdout).toBeUndefined();
	});

	test('does not depend on the order of the log', () => {
		const { log } = transactionLogFromRecords(records);
		const { log: reversed } = transactionLogFromRecords([...records].reverse());
		const a = summariseCustomers(log, { calibrationEnd: '1997-02-26' });
		const b = summariseCustomers(reversed, { calibrationEnd: '1997-02-26' });
		const byId = (s: typeof a, id: string) => {
			const i = s.customerIds.indexOf(id);
			return [s.x[i], s.tx[i], s.T[i], s.zbar[i], s.recency[i], s.frequency[i], s.monetary[i]];
		};
		for (const id of ['a', 'b']) expect(byId(b, id)).toEqual(byId(a, id));
	});

	test('rejects option dates that are not dates or are out of order', () => {
		const { log } = transactionLogFromRecords(records);
		expect(() => summariseCustomers(log, { calibrationEnd: '1997-02-30' })).toThrow(/calibrationEnd "1997-02-30"/);
		expect(() => summariseCustomers(log, { calibrationEnd: '1997-02-01', observationStart: '1997-03-01' })).toThrow(
			RangeError,
		);
		expect(() => summariseCustomers(log, { calibrationEnd: '1997-02-01', holdoutEnd: '1997-01-01' })).toThrow(
			RangeError,
		);
	});
});

const SUMMARY = 'cdnow_customers_summary_with_transactions.csv';

describe.skipIf(!hasCdnow('CDNOW_sample.txt', SUMMARY))(
	cdnowTitle('summariseCustomers on the CDNOW sample', 'CDNOW_sample.txt', SUMMARY),
	() => {
		test('reproduces cdnow_customers_summary_with_transactions.csv for every customer (to its 2 decimals)', () => {
			const { log, issues } = parseCdnow(readCdnow('CDNOW_sample.txt'));
			expect(issues).toEqual([]);
			const s = summariseCustomers(log, { calibrationEnd: '1997-09-30' });
			const expected = readCdnowCsv(SUMMARY);
			expect(s.customerIds.length).toBe(expected.length);
			expect(expected.length).toBe(2357);
			const index = new Map(s.customerIds.map((id, i) => [Number(id), i]));
			const off: string[] = [];
			const HALF_CENT = 0.005 + 1e-9;
			for (const row of expected) {
				const i = index.get(row.ID as number);
				if (i === undefined) {
					off.push(`customer ${row.ID} missing`);
					continue;
				}
				if (s.x[i] !== row.x) off.push(`customer ${row.ID}: x ${s.x[i]} ≠ ${row.x}`);
				for (const [name, mine] of [
					['t_x', s.tx[i]],
					['T', s.T[i]],
					['zbar', s.zbar[i]],
				] as const) {
					if (!(Math.abs((mine as number) - (row[name] as number)) <= HALF_CENT))
						off.push(`customer ${row.ID}: ${name} ${mine} ≠ ${row[name]}`);
				}
			}
			expect(off).toEqual([]);
			expect(s.x.filter((x) => x > 0).length).toBe(946);
		});
	},
);
