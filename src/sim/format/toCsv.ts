import Papa from 'papaparse';

/**
 * Rows of plain objects as CSV text (header from the first row's keys). Text cells that begin with = + - @ are
 * neutralised with a leading apostrophe so a spreadsheet never runs them as formulas; numbers stay numbers.
 */
export function toCsv(rows: readonly Record<string, unknown>[]): string {
	return Papa.unparse(rows as Record<string, unknown>[], { escapeFormulae: true, newline: '\n' });
}
