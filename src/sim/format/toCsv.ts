import Papa from 'papaparse';
import { neutraliseFormula } from './neutraliseFormula.ts';

/**
 * Rows of plain objects as CSV text (header from the first row's keys). Every text cell goes through
 * `neutraliseFormula`, so a spreadsheet never runs one as a formula; numbers stay numbers. Every CSV export (the
 * debrief on the page and in the CLI, the analyzer's exports, `sim rfm/clv/run --format csv`) is written here.
 */
export function toCsv(rows: readonly Record<string, unknown>[]): string {
	const safe = rows.map((row) =>
		Object.fromEntries(
			Object.entries(row).map(([key, value]) => [key, typeof value === 'string' ? neutraliseFormula(value) : value]),
		),
	);
	return Papa.unparse(safe, { newline: '\n' });
}
