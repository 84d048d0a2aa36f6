import Papa from 'papaparse';

/** A table as read: the header row and every data row as strings, with each row's line in the source. */
export interface RawTable {
	headers: string[];
	rows: string[][];
	/** 1-based row number as a spreadsheet would show it (the header is row 1), per data row. */
	rowNumbers: number[];
	delimiter: string;
	/** Structural problems Papa Parse found (an unclosed quote, a row with too many or too few fields). */
	problems: { row: number; message: string }[];
}

/**
 * Parses CSV, TSV or a table pasted from a spreadsheet (tab-separated) with Papa Parse, which detects the delimiter
 * (comma, tab, semicolon, pipe) and handles quoting. Blank lines are skipped. A row whose field count differs from
 * the header's is kept (the row checks report it per cell) but noted in `problems`.
 */
export function parseTable(text: string): RawTable {
	const result = Papa.parse<string[]>(text, {
		delimiter: '',
		delimitersToGuess: ['\t', ',', ';', '|'],
		skipEmptyLines: 'greedy',
	});
	const all = result.data;
	const headers = (all[0] ?? []).map((h) => h.trim());
	const rows: string[][] = [];
	const rowNumbers: number[] = [];
	const problems: RawTable['problems'] = [];
	for (let i = 1; i < all.length; i++) {
		const row = all[i] as string[];
		rows.push(row);
		rowNumbers.push(i + 1);
		if (row.length !== headers.length)
			problems.push({ row: i + 1, message: `has ${row.length} fields; the header has ${headers.length}` });
	}
	for (const error of result.errors) {
		if (error.code === 'UndetectableDelimiter' || error.code === 'TooFewFields' || error.code === 'TooManyFields')
			continue;
		problems.push({ row: (error.row ?? 0) + 2, message: error.message });
	}
	return { headers, rows, rowNumbers, delimiter: result.meta.delimiter, problems };
}
