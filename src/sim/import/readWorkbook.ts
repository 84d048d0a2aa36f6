import type { CellObject, Range, WorkBook, WorkSheet } from '@e965/xlsx';
import { inspectWorkbook, MAX_WORKBOOK_ROWS, type WorkbookProblem } from './inspectWorkbook.ts';
import type { RawTable } from './parseTable.ts';
import { isoDate } from './parseValues.ts';
import { suggestColumns } from './suggestColumns.ts';

/** One sheet of a workbook as the analyzer's table, with the names of all sheets for the sheet picker. */
export interface WorkbookTable {
	/** Every visible sheet, in workbook order. */
	sheets: string[];
	/** The sheet read. */
	sheet: string;
	/** The header row's number as Excel shows it (1 when the table starts at the top). */
	headerRow: number;
	/** The table; its row numbers are Excel's, so the problem list points at the right row. */
	table: RawTable;
}

export type WorkbookRead = ({ ok: true } & WorkbookTable) | { ok: false; problem: WorkbookProblem };

/** Rows searched for the header: a title, a date line and a blank line above it are common, dozens are not. */
const HEADER_SEARCH_ROWS = 30;

/**
 * Reads one sheet of an .xlsx or .xls file (`sheetName`, or the first that looks like a customer list or a
 * transaction log) into the same table the CSV path makes, so the column matcher and the
 * row-by-row checks apply unchanged. The bytes are checked first (`inspectWorkbook`); the SheetJS reader is imported
 * only then, so a page that never sees an Excel file never loads it. Cells are read as values: a formula as its
 * last computed result (nothing is ever evaluated), a date-formatted number as `YYYY-MM-DD`, other numbers in full
 * precision; merged cells repeat their value over the whole merged area; the header is the row among the first 30
 * whose words the column matcher knows best; blank rows are skipped.
 */
export async function readWorkbook(bytes: Uint8Array, sheetName?: string): Promise<WorkbookRead> {
	const check = inspectWorkbook(bytes);
	if (!check.ok) return check;
	const XLSX = await import('@e965/xlsx');
	let visible: string[];
	try {
		const names = XLSX.read(bytes, { type: 'array', bookSheets: true });
		const hidden = new Set(
			(names.Workbook?.Sheets ?? []).filter((s) => s.Hidden).map((s) => s.name as string | undefined),
		);
		visible = names.SheetNames.filter((n) => !hidden.has(n));
	} catch (error) {
		return libraryProblem(error);
	}
	if (sheetName !== undefined && visible.includes(sheetName)) return readSheet(XLSX, bytes, visible, sheetName);
	// No sheet picked: the first whose header the column matcher knows (two roles or more), else the first that holds
	// a table at all, since a notes or cover sheet often comes first. A hostile sheet refuses the whole workbook.
	let firstTable: WorkbookRead | undefined;
	let firstProblem: WorkbookRead | undefined;
	for (const sheet of visible) {
		const read = readSheet(XLSX, bytes, visible, sheet);
		if (!read.ok) {
			if (read.problem.code !== 'noRows' && read.problem.code !== 'noSheet') return read;
			firstProblem ??= read;
			continue;
		}
		if (Object.keys(suggestColumns(read.table.headers)).length >= 2) return read;
		firstTable ??= read;
	}
	return firstTable ?? firstProblem ?? refuse('noSheet', 'the workbook has no visible sheet');
}

function readSheet(
	XLSX: typeof import('@e965/xlsx'),
	bytes: Uint8Array,
	visible: string[],
	sheet: string,
): WorkbookRead {
	let book: WorkBook;
	try {
		book = XLSX.read(bytes, {
			type: 'array',
			dense: true,
			cellNF: true,
			cellFormula: false,
			cellHTML: false,
			cellStyles: false,
			sheets: sheet,
			// A little beyond the limit (the header may sit lower), so a longer sheet is noticed, not cut short.
			sheetRows: MAX_WORKBOOK_ROWS + HEADER_SEARCH_ROWS + 1,
		});
		const worksheet = book.Sheets[sheet];
		if (!worksheet) return refuse('noSheet', `the sheet ${sheet} could not be read`);
		const date1904 = Boolean(book.Workbook?.WBProps?.date1904);
		return sheetTable(worksheet, visible, sheet, (format) => XLSX.SSF.is_date(format), date1904);
	} catch (error) {
		return libraryProblem(error);
	}
}

function libraryProblem(error: unknown): WorkbookRead {
	const message = error instanceof Error ? error.message : String(error);
	// An .xls with a password is an ordinary OLE container; only the reader finds its FILEPASS record.
	if (/password/i.test(message)) return refuse('encrypted', 'the workbook is protected by a password');
	return refuse('corrupt', `the workbook could not be read: ${message}`);
}

function refuse(code: WorkbookProblem['code'], message: string, values?: WorkbookProblem['values']): WorkbookRead {
	return { ok: false, problem: values ? { code, message, values } : { code, message } };
}

function sheetTable(
	worksheet: WorkSheet,
	sheets: string[],
	sheet: string,
	isDateFormat: (format: string) => boolean,
	date1904: boolean,
): WorkbookRead {
	const dense = (worksheet as { '!data'?: CellObject[][] })['!data'] ?? [];
	const grid: string[][] = dense.map((row) => (row ?? []).map((cell) => cellText(cell, isDateFormat, date1904)));
	fillMerges(grid, worksheet['!merges'] ?? []);
	const filled: number[] = [];
	grid.forEach((row, r) => {
		if (row?.some((c) => c !== undefined && c.trim() !== '')) filled.push(r);
	});
	if (filled.length > MAX_WORKBOOK_ROWS)
		return refuse('tooManyRows', `the sheet has more than ${MAX_WORKBOOK_ROWS} rows`, {
			rows: filled.length,
			limit: MAX_WORKBOOK_ROWS,
		});
	const headerIndex = findHeaderRow(filled.slice(0, HEADER_SEARCH_ROWS).map((r) => grid[r] as string[]));
	if (headerIndex === undefined) return refuse('noRows', `the sheet ${sheet} is empty`);
	const headerRow = filled[headerIndex] as number;
	const headerCells = grid[headerRow] as string[];
	let width = headerCells.length;
	while (width > 0 && (headerCells[width - 1] ?? '').trim() === '') width--;
	const headers = Array.from({ length: width }, (_, c) => (headerCells[c] ?? '').trim());
	const rows: string[][] = [];
	const rowNumbers: number[] = [];
	for (const r of filled.slice(headerIndex + 1)) {
		const cells = grid[r] as string[];
		rows.push(Array.from({ length: width }, (_, c) => cells[c] ?? ''));
		rowNumbers.push(r + 1);
	}
	if (rows.length === 0) return refuse('noRows', `the sheet ${sheet} has a header but no data rows`);
	return {
		ok: true,
		sheets,
		sheet,
		headerRow: headerRow + 1,
		table: { headers, rows, rowNumbers, delimiter: '', problems: [] },
	};
}

/**
 * The index, among the given rows, of the header: the first row whose cells the column matcher maps to the most
 * roles, provided it maps at least two; otherwise the first row (a file with unknown headers is mapped by hand).
 * Undefined when there is no row.
 */
export function findHeaderRow(rows: readonly (readonly string[])[]): number | undefined {
	if (rows.length === 0) return undefined;
	let best = 0;
	let bestScore = 0;
	rows.forEach((row, i) => {
		const score = Object.keys(suggestColumns(row.map((c) => c ?? ''))).length;
		if (score > bestScore) {
			best = i;
			bestScore = score;
		}
	});
	return bestScore >= 2 ? best : 0;
}

/** Every cell of a merged area gets the text of its top-left cell, as the eye reads the sheet. */
function fillMerges(grid: string[][], merges: readonly Range[]): void {
	for (const m of merges) {
		const value = grid[m.s.r]?.[m.s.c] ?? '';
		// A merge over whole columns would be a million empty rows; only the rows that exist are filled.
		for (let r = m.s.r; r <= Math.min(m.e.r, grid.length - 1); r++) {
			grid[r] ??= [];
			const row = grid[r] as string[];
			for (let c = m.s.c; c <= Math.min(m.e.c, m.s.c + 1000); c++) row[c] = value;
		}
	}
}

/** Excel's day 25569 is 1970-01-01 (day 0 of the engine); the 1904 system starts 1462 days later. */
const EPOCH_1900 = 25569;
const EPOCH_1904_OFFSET = 1462;

/**
 * A cell as the text the CSV path would have read: dates (numbers in a date format) as `YYYY-MM-DD`, numbers without
 * an exponent so the amount parser reads them, booleans as TRUE/FALSE, errors as Excel shows them (#N/A), a formula
 * as its cached result. Strings are kept as written, so `¥1,200`, `3万` and `2024/1/5` are read as in a CSV.
 */
export function cellText(
	cell: CellObject | undefined,
	isDateFormat: (format: string) => boolean,
	date1904: boolean,
): string {
	if (!cell) return '';
	switch (cell.t) {
		case 'n': {
			const value = cell.v as number;
			if (typeof cell.z === 'string' && isDateFormat(cell.z) && value >= 1) {
				const serial = Math.floor(value) + (date1904 ? EPOCH_1904_OFFSET : 0);
				return isoDate(serial - EPOCH_1900);
			}
			return numberText(value);
		}
		case 's':
			return String(cell.v ?? '');
		case 'b':
			return cell.v ? 'TRUE' : 'FALSE';
		case 'd':
			return cell.v instanceof Date ? cell.v.toISOString().slice(0, 10) : String(cell.v ?? '');
		case 'e':
			return cell.w ?? '#ERROR';
		default:
			return '';
	}
}

/** A number as plain digits: `String` switches to an exponent below 1e-6, which no spreadsheet user types. */
export function numberText(value: number): string {
	if (!Number.isFinite(value)) return '';
	const text = String(value);
	if (!/e/i.test(text)) return text;
	return value.toFixed(20).replace(/\.?0+$/, '');
}
