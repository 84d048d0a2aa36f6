import type { Cell, Sheet } from 'write-excel-file/universal';
import type { ExportKind, ExportTable } from './exportTables.ts';

/** One sheet to write: its tab name, the translated header of each column and the table. */
export interface XlsxSheet {
	name: string;
	headers: string[];
	table: ExportTable;
}

// Excel number formats per column kind; dates are written as date cells in ISO order, which Excel shows the same way
// in a Chinese and an English locale.
const formats: Record<ExportKind, string | undefined> = {
	text: undefined,
	integer: '0',
	number: '#,##0.00',
	share: '0.0%',
	date: 'yyyy-mm-dd',
};

/**
 * Writes sheets as an .xlsx with write-excel-file (imported only when a workbook is exported): numbers and dates as
 * real number and date cells with a number format, text as string cells — so a value such as `=HYPERLINK(...)` or
 * `-1` in a text column stays text, and the workbook holds no formula at all — the header row frozen and each
 * column as wide as its longest header or value (up to 40 characters; CJK characters count double).
 */
export async function writeXlsx(sheets: readonly XlsxSheet[]): Promise<Blob> {
	const { default: writeXlsxFile } = await import('write-excel-file/universal');
	const written: Sheet<Blob>[] = sheets.map((s) => ({
		sheet: safeSheetName(s.name),
		columns: columnWidths(s),
		stickyRowsCount: 1,
		data: [
			s.headers.map((h): Cell => ({ value: h, type: String, fontWeight: 'bold' })),
			...s.table.rows.map((row) => row.map((value, c) => cell(value, s.table.columns[c]?.kind ?? 'text'))),
		],
	}));
	return writeXlsxFile(written).toBlob();
}

function cell(value: string | number | null, kind: ExportKind): Cell {
	if (value === null) return null;
	if (typeof value === 'string' || kind === 'text') return { value: String(value), type: String };
	if (!Number.isFinite(value)) return null;
	if (kind === 'date') return { value: new Date(value * 86400000), type: Date, format: formats.date };
	return { value, type: Number, format: formats[kind] };
}

/** Display width in Excel's character units: CJK and full-width characters take two. */
export function textWidth(text: string): number {
	let width = 0;
	for (const ch of text)
		width += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch)
			? 2
			: 1;
	return width;
}

/** Column widths from the header and the first 1,000 rows: enough to size the column, cheap at 100,000 rows. */
export function columnWidths(sheet: XlsxSheet): { width: number }[] {
	return sheet.headers.map((header, c) => {
		const kind = sheet.table.columns[c]?.kind ?? 'text';
		let widest = textWidth(header);
		for (const row of sheet.table.rows.slice(0, 1000)) {
			const value = row[c];
			if (value === null || value === undefined) continue;
			const shown =
				kind === 'date'
					? 10
					: typeof value === 'number'
						? value.toFixed(kind === 'number' ? 2 : 0).length + 3
						: textWidth(value);
			widest = Math.max(widest, shown);
		}
		return { width: Math.min(40, Math.max(8, widest + 2)) };
	});
}

/** Excel refuses sheet names over 31 characters or with any of : \ / ? * [ ]. */
export function safeSheetName(name: string): string {
	return name.replace(/[:\\/?*[\]]/g, ' ').slice(0, 31) || 'Sheet1';
}
