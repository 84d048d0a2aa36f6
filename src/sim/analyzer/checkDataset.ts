import { transactionLogFromRecords } from '../analytics/transactionLog.ts';
import type { RawTable } from '../import/parseTable.ts';
import {
	type CustomerList,
	type DataShape,
	type RowIssue,
	readCustomers,
	readTransactions,
} from '../import/readDataset.ts';
import type { ColumnMapping } from '../import/suggestColumns.ts';
import { analyseTransactionLog, type TransactionLogAnalysis } from './analyseTransactionLog.ts';

/**
 * Every row checked, and for a transaction log also its RFM analysis over the good rows (null when none is good).
 * The records themselves are not kept: the page needs only the analysis, and 100,000 of them would cost a copy out
 * of the worker.
 */
export type CheckedDataset =
	| {
			shape: 'transactions';
			issues: RowIssue[];
			badRows: number;
			goodRows: number;
			analysis: TransactionLogAnalysis | null;
	  }
	| { shape: 'customers'; issues: RowIssue[]; badRows: number; goodRows: number; customers: CustomerList };

/**
 * Checks a mapped table as a transaction log or a customer list; the analyzer runs this in its worker. `latestDay`
 * (the page's today, as a day number) refuses transactions dated after it.
 */
export function checkDataset(
	table: RawTable,
	mapping: ColumnMapping,
	shape: DataShape,
	latestDay?: number,
): CheckedDataset {
	if (shape === 'customers') {
		const read = readCustomers(table, mapping);
		return { shape, ...read, goodRows: read.customers.ids.length };
	}
	const { records, issues, badRows } = readTransactions(table, mapping, latestDay);
	const analysis = records.length > 0 ? analyseTransactionLog(transactionLogFromRecords(records).log) : null;
	return { shape, issues, badRows, goodRows: records.length, analysis };
}
