import type { TransactionRecord } from '../analytics/transactionLog.ts';
import type { RawTable } from './parseTable.ts';
import { type DateLayout, isoDate, parseAmount, parseDate } from './parseValues.ts';
import type { ColumnMapping, ColumnRole } from './suggestColumns.ts';

/** The two shapes of data the analyzer reads. */
export type DataShape = 'transactions' | 'customers';

/** Why a cell was refused; the page translates the code. */
export type RowIssueReason = 'missing' | 'notNumber' | 'negative' | 'notDate' | 'future' | 'mixedDates' | 'fieldCount';

/** One refused cell: enough to find it in the spreadsheet and fix it. */
export interface RowIssue {
	/** Row number as the spreadsheet shows it (header = 1). */
	row: number;
	/** The column's header as written in the file (empty for a whole-row problem). */
	column: string;
	/** The text found in the cell. */
	value: string;
	reason: RowIssueReason;
	/** For mixedDates: the layout most of the column uses. */
	expected?: DateLayout;
}

/** The roles each shape needs; a customer is identified by an id or a name, whichever the file has. */
export function missingRoles(shape: DataShape, mapping: ColumnMapping): ColumnRole[] {
	const missing: ColumnRole[] = [];
	if (mapping.customerId === undefined && mapping.customerName === undefined) missing.push('customerId');
	if (shape === 'transactions') {
		if (mapping.date === undefined) missing.push('date');
		if (mapping.amount === undefined) missing.push('amount');
	} else if (mapping.revenue === undefined) missing.push('revenue');
	return missing;
}

/** Valid transactions, every refused row with its reasons, and how many rows were refused. */
export interface TransactionRead {
	records: TransactionRecord[];
	issues: RowIssue[];
	badRows: number;
}

/**
 * Reads a transaction log (customer, date, amount) from a table. A row is used only when all three cells are
 * valid; otherwise each bad cell is reported and the row is left out, never repaired. Negative amounts (refunds)
 * are refused: BG/NBD and Gamma-Gamma describe purchases. When the date column mixes layouts, rows in a minority
 * layout are refused too: a column that switches layout usually comes from pasting two exports together, and the
 * user should look before the numbers are trusted. With `latestDay` (a day number: the caller's today), a row dated
 * after it is refused too: one row dated 2099 would move the as-of date and make every recency decades long.
 * Throws a RangeError if a required role is not mapped.
 */
export function readTransactions(table: RawTable, mapping: ColumnMapping, latestDay?: number): TransactionRead {
	requireRoles('transactions', mapping);
	const idColumn = (mapping.customerId ?? mapping.customerName) as number;
	const dateColumn = mapping.date as number;
	const amountColumn = mapping.amount as number;
	const layouts = new Map<DateLayout, number>();
	const parsed: { index: number; row: number; id: string; day: number; layout: DateLayout; amount: number }[] = [];
	const issues: RowIssue[] = [];
	const bad = new Set<number>();
	const header = (c: number) => table.headers[c] ?? `#${c + 1}`;
	for (let i = 0; i < table.rows.length; i++) {
		const cells = table.rows[i] as string[];
		const row = table.rowNumbers[i] as number;
		const before = issues.length;
		const id = (cells[idColumn] ?? '').trim();
		if (id === '') issues.push({ row, column: header(idColumn), value: '', reason: 'missing' });
		const dateText = cells[dateColumn] ?? '';
		const date = parseDate(dateText);
		if (!date)
			issues.push({
				row,
				column: header(dateColumn),
				value: dateText,
				reason: dateText.trim() ? 'notDate' : 'missing',
			});
		else if (latestDay !== undefined && date.day > latestDay)
			issues.push({ row, column: header(dateColumn), value: dateText, reason: 'future' });
		const amountText = cells[amountColumn] ?? '';
		const amount = parseAmount(amountText);
		if (amount === undefined)
			issues.push({
				row,
				column: header(amountColumn),
				value: amountText,
				reason: amountText.trim() ? 'notNumber' : 'missing',
			});
		else if (amount < 0) issues.push({ row, column: header(amountColumn), value: amountText, reason: 'negative' });
		if (issues.length > before || !date || amount === undefined) {
			bad.add(row);
			continue;
		}
		layouts.set(date.layout, (layouts.get(date.layout) ?? 0) + 1);
		parsed.push({ index: i, row, id, day: date.day, layout: date.layout, amount });
	}
	let dominant: DateLayout | undefined;
	for (const [layout, count] of layouts) if (!dominant || count > (layouts.get(dominant) as number)) dominant = layout;
	const records: TransactionRecord[] = [];
	for (const p of parsed) {
		if (p.layout !== dominant) {
			const text = (table.rows[p.index] as string[])[dateColumn] ?? '';
			issues.push({ row: p.row, column: header(dateColumn), value: text, reason: 'mixedDates', expected: dominant });
			bad.add(p.row);
			continue;
		}
		records.push({ customerId: p.id, date: isoDate(p.day), amount: p.amount });
	}
	issues.sort((a, b) => a.row - b.row);
	return { records, issues, badRows: bad.size };
}

/** A customer list in columns: one entry per valid row. */
export interface CustomerList {
	ids: string[];
	names: string[];
	revenue: Float64Array;
	/** Present when the file has a profit column, or a cost column (profit = revenue − cost). */
	profit?: Float64Array;
	/** Present when the file has a cost column. */
	cost?: Float64Array;
}

/** Valid customers, every refused row with its reasons, and how many rows were refused. */
export interface CustomerRead {
	customers: CustomerList;
	issues: RowIssue[];
	badRows: number;
}

/**
 * Reads a customer list (one row per customer: id or name, revenue, and optionally profit and cost). Revenue and
 * cost must be ≥ 0; profit may be negative (below-zero customers are the point of the whale curve). A row with any
 * bad cell is refused and reported. Throws a RangeError if a required role is not mapped.
 */
export function readCustomers(table: RawTable, mapping: ColumnMapping): CustomerRead {
	requireRoles('customers', mapping);
	const header = (c: number) => table.headers[c] ?? `#${c + 1}`;
	const ids: string[] = [];
	const names: string[] = [];
	const revenue: number[] = [];
	const profit: number[] = [];
	const cost: number[] = [];
	const issues: RowIssue[] = [];
	let badRows = 0;
	for (let i = 0; i < table.rows.length; i++) {
		const cells = table.rows[i] as string[];
		const row = table.rowNumbers[i] as number;
		const before = issues.length;
		const id = (cells[(mapping.customerId ?? mapping.customerName) as number] ?? '').trim();
		const name = mapping.customerName === undefined ? id : (cells[mapping.customerName] ?? '').trim();
		if (id === '' && name === '')
			issues.push({
				row,
				column: header((mapping.customerId ?? mapping.customerName) as number),
				value: '',
				reason: 'missing',
			});
		const number = (column: number | undefined, mayBeNegative: boolean): number => {
			if (column === undefined) return 0;
			const text = cells[column] ?? '';
			const value = parseAmount(text);
			if (value === undefined)
				issues.push({ row, column: header(column), value: text, reason: text.trim() ? 'notNumber' : 'missing' });
			else if (value < 0 && !mayBeNegative)
				issues.push({ row, column: header(column), value: text, reason: 'negative' });
			return value ?? 0;
		};
		const r = number(mapping.revenue, false);
		const p = number(mapping.profit, true);
		const c = number(mapping.cost, false);
		if (issues.length > before) {
			badRows++;
			continue;
		}
		ids.push(id || name);
		names.push(name || id);
		revenue.push(r);
		profit.push(mapping.profit !== undefined ? p : r - c);
		cost.push(c);
	}
	const customers: CustomerList = { ids, names, revenue: Float64Array.from(revenue) };
	if (mapping.profit !== undefined || mapping.cost !== undefined) customers.profit = Float64Array.from(profit);
	if (mapping.cost !== undefined) customers.cost = Float64Array.from(cost);
	return { customers, issues, badRows };
}

function requireRoles(shape: DataShape, mapping: ColumnMapping): void {
	const missing = missingRoles(shape, mapping);
	if (missing.length) throw new RangeError(`columns not mapped: ${missing.join(', ')}`);
}

/** Guesses the shape from the mapping: a date column makes it a transaction log. */
export function guessShape(mapping: ColumnMapping): DataShape {
	return mapping.date !== undefined ? 'transactions' : 'customers';
}
