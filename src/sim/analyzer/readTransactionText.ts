import { parseCdnow, type TransactionLog, transactionLogFromRecords } from '../analytics/transactionLog.ts';
import { parseTable } from '../import/parseTable.ts';
import { missingRoles, type RowIssue, readTransactions } from '../import/readDataset.ts';
import { suggestColumns } from '../import/suggestColumns.ts';

/** A transaction log read from text, and every refused line as a one-line English message. */
export interface TransactionText {
	log: TransactionLog;
	problems: string[];
	format: 'cdnow' | 'table';
}

/** One refused cell as a sentence: "row 7, column 金额: "-80" is negative". */
export function describeRowIssue(issue: RowIssue): string {
	const reasons: Record<RowIssue['reason'], string> = {
		missing: 'is empty',
		notNumber: 'is not a number',
		negative: 'is negative (a refund is not a purchase)',
		future: 'is after today (a purchase cannot be dated in the future)',
		notDate: 'is not a date written YYYYMMDD, YYYY-MM-DD or YYYY/M/D',
		mixedDates: `is written differently from the rest of the column (${issue.expected ?? ''})`,
		fieldCount: 'has the wrong number of fields',
	};
	return `row ${issue.row}, column ${issue.column}: "${issue.value}" ${reasons[issue.reason]}`;
}

/**
 * Reads a transaction log in the CDNOW whitespace format (no comma, tab or semicolon on the first line) or as a
 * CSV/TSV table with customer, date and amount columns found from the headers. For the CLI and the benchmark.
 * `latestDay` refuses table rows dated after it, as the analyzer page does (see `readTransactions`).
 */
export function readTransactionText(text: string, latestDay?: number): TransactionText {
	const firstLine = text.trimStart().split(/\r?\n/, 1)[0] ?? '';
	if (!/[,\t;|]/.test(firstLine)) {
		const { log, issues } = parseCdnow(text);
		return { log, problems: issues.map((i) => i.message), format: 'cdnow' };
	}
	const table = parseTable(text);
	const mapping = suggestColumns(table.headers);
	const missing = missingRoles('transactions', mapping);
	if (missing.length)
		throw new RangeError(`no column found for ${missing.join(', ')} (headers: ${table.headers.join(', ')})`);
	const read = readTransactions(table, mapping, latestDay);
	return {
		log: transactionLogFromRecords(read.records).log,
		problems: read.issues.map(describeRowIssue),
		format: 'table',
	};
}
