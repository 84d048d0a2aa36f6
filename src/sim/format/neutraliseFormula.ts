// What makes a spreadsheet read a cell as a formula or a command: = + - @ (and their full-width and small forms,
// which some spreadsheets fold to ASCII), or a tab or CR before them. Checked after any leading whitespace, and on
// the whole cell: Papa Parse's own `^[=+\-@\t\r].*$` does not match a cell whose formula is followed by a line break.
const formulaStart = /^[\s\u00a0\u3000]*[=+\-@\t\r\uff1d\uff0b\uff0d\uff20\ufe62\ufe63\ufe66\u2212]/u;

/**
 * A text cell made safe for a spreadsheet: one that could start a formula gets a leading apostrophe, which Excel,
 * LibreOffice and Google Sheets show as text and do not evaluate (OWASP's CSV-injection advice). Other text is
 * returned as is.
 */
export function neutraliseFormula(cell: string): string {
	return formulaStart.test(cell) ? `'${cell}` : cell;
}
