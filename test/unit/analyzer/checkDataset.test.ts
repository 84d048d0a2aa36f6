import { describe, expect, it } from 'vitest';
import { transactionLogFromRecords } from '../../../src/sim/analytics/transactionLog.ts';
import { analyseTransactionLog } from '../../../src/sim/analyzer/analyseTransactionLog.ts';
import { checkDataset } from '../../../src/sim/analyzer/checkDataset.ts';
import { parseTable } from '../../../src/sim/import/parseTable.ts';
import { readTransactions } from '../../../src/sim/import/readDataset.ts';

const table = (text: string) => parseTable(text);

describe('checkDataset', () => {
	it('scores a transaction log over its good rows only, the same as reading then analysing', () => {
		const t = table('customer,date,amount\nA,2024-01-01,10\nA,2024-02-01,12\nB,bad,5\nC,2024-03-01,30');
		const mapping = { customerId: 0, date: 1, amount: 2 };
		const checked = checkDataset(t, mapping, 'transactions');
		if (checked.shape !== 'transactions') throw new Error('shape');
		expect(checked.badRows).toBe(1);
		expect(checked.goodRows).toBe(3);
		const expected = analyseTransactionLog(transactionLogFromRecords(readTransactions(t, mapping).records).log);
		expect(checked.analysis).toEqual(expected);
		expect(checked.analysis?.summary.customerIds).toEqual(['A', 'C']);
	});

	it('has no analysis when no row is usable, instead of failing on an empty log', () => {
		const checked = checkDataset(
			table('customer,date,amount\nA,soon,10\nB,2024-01-01,-3'),
			{ customerId: 0, date: 1, amount: 2 },
			'transactions',
		);
		expect(checked).toMatchObject({ shape: 'transactions', badRows: 2, goodRows: 0, analysis: null });
	});

	it('reads a customer list with its count of good rows', () => {
		const checked = checkDataset(table('name,revenue\nA,100\nB,x\nC,50'), { customerName: 0, revenue: 1 }, 'customers');
		expect(checked).toMatchObject({ shape: 'customers', badRows: 1, goodRows: 2 });
	});
});
