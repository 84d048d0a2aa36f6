import * as XLSX from '@e965/xlsx';
import { describe, expect, test } from 'vitest';
import { transactionLogFromRecords } from '../../../src/sim/analytics/transactionLog.ts';
import { analyseTransactionLog } from '../../../src/sim/analyzer/analyseTransactionLog.ts';
import { customerRfmTable } from '../../../src/sim/format/exportTables.ts';
import { templateCsv, templateTable } from '../../../src/sim/format/importTemplates.ts';
import { columnWidths, safeSheetName, textWidth, writeXlsx } from '../../../src/sim/format/writeXlsx.ts';
import { parseTable } from '../../../src/sim/import/parseTable.ts';
import { readWorkbook } from '../../../src/sim/import/readWorkbook.ts';
import { suggestColumns } from '../../../src/sim/import/suggestColumns.ts';

async function bytesOf(blob: Blob): Promise<Uint8Array> {
	return new Uint8Array(await blob.arrayBuffer());
}

describe('writeXlsx', () => {
	test('writes numbers, shares and dates as real cells, text as text, and no formula', async () => {
		const blob = await writeXlsx([
			{
				name: '客户',
				headers: ['客户编号', '收入', '占比', '首次购买'],
				table: {
					columns: [
						{ id: 'id', kind: 'text' },
						{ id: 'revenue', kind: 'number' },
						{ id: 'share', kind: 'share' },
						{ id: 'first', kind: 'date' },
					],
					rows: [
						['=HYPERLINK("http://x","y")', 1234.5, 0.25, 19737],
						['+1', -80, 1, 19756],
						['@SUM(A1)', 0, 0, null],
						['-2', 3, 0.5, 19802],
					],
				},
			},
		]);
		const book = XLSX.read(await bytesOf(blob), { type: 'array', cellNF: true, cellFormula: true });
		const ws = book.Sheets.客户 as XLSX.WorkSheet;
		expect(ws.A1).toMatchObject({ t: 's', v: '客户编号' });
		for (const ref of ['A2', 'A3', 'A4', 'A5']) {
			expect(ws[ref]?.t, ref).toBe('s');
			expect(ws[ref]?.f, ref).toBeUndefined();
		}
		expect(ws.A2?.v).toBe('=HYPERLINK("http://x","y")');
		expect(ws.B2).toMatchObject({ t: 'n', v: 1234.5 });
		expect(ws.B3).toMatchObject({ t: 'n', v: -80 });
		expect(ws.C2).toMatchObject({ t: 'n', v: 0.25 });
		expect(XLSX.SSF.is_date(ws.D2?.z as string)).toBe(true);
		expect(ws.D2?.t).toBe('n');
		// 45306 is 2024-01-15 as an Excel serial.
		expect(ws.D2?.v).toBe(45306);
		expect(ws.D4).toBeUndefined();
		const sheetXml = new TextDecoder().decode(
			(await import('fflate')).unzipSync(await bytesOf(blob))['xl/worksheets/sheet1.xml'],
		);
		expect(sheetXml).toMatch(/<pane [^>]*ySplit="1"[^>]*state="frozen"/);
		expect(sheetXml).not.toMatch(/<f>/);
		expect(sheetXml).toMatch(/<col [^>]*width=/);
	});

	test('round-trips the RFM export of a log through the workbook reader', async () => {
		const log = transactionLogFromRecords([
			{ customerId: 'A', date: '2024-01-01', amount: 100 },
			{ customerId: 'A', date: '2024-02-01', amount: 50 },
			{ customerId: 'B', date: '2024-01-15', amount: 20 },
		]).log;
		const table = customerRfmTable(analyseTransactionLog(log));
		const headers = table.columns.map((c) => c.id);
		const read = await readWorkbook(await bytesOf(await writeXlsx([{ name: 'RFM', headers, table }])));
		if (!read.ok) throw new Error(read.problem.message);
		expect(read.table.headers).toEqual(headers);
		const a = read.table.rows.find((r) => r[0] === 'A') as string[];
		expect(a.slice(0, 6)).toEqual(['A', '2024-01-01', '2024-02-01', '0', '2', '150']);
	});
});

describe('columnWidths', () => {
	test('returns widths from the widest header or value, CJK counted double, between 8 and 40', () => {
		expect(textWidth('客户a')).toBe(5);
		const widths = columnWidths({
			name: 's',
			headers: ['客户编号', 'x', 'y'],
			table: {
				columns: [
					{ id: 'a', kind: 'text' },
					{ id: 'b', kind: 'number' },
					{ id: 'c', kind: 'text' },
				],
				rows: [['C1', 1234567.891, 'z'.repeat(100)]],
			},
		});
		expect(widths).toEqual([{ width: 10 }, { width: 15 }, { width: 40 }]);
		expect(safeSheetName('a/b:c[1]')).toBe('a b c 1 ');
	});
});

describe('import templates', () => {
	for (const locale of ['zh-CN', 'en'] as const) {
		test(`the ${locale} CSV template starts with a UTF-8 BOM and its headers map without help`, () => {
			const csv = templateCsv('transactions', locale);
			expect(csv.charCodeAt(0)).toBe(0xfeff);
			const table = parseTable(csv.slice(1));
			expect(suggestColumns(table.headers)).toEqual({ customerId: 0, date: 1, amount: 2 });
			expect(table.rows[0]?.[1]).toBe('2024-01-15');
			const customers = parseTable(templateCsv('customers', locale).slice(1));
			expect(suggestColumns(customers.headers)).toEqual({ customerId: 0, customerName: 1, revenue: 2, cost: 3 });
		});

		test(`the ${locale} XLSX template reads back as the CSV template does`, async () => {
			const { headers, table } = templateTable('transactions', locale);
			const read = await readWorkbook(await bytesOf(await writeXlsx([{ name: 'T', headers, table }])));
			if (!read.ok) throw new Error(read.problem.message);
			expect(read.table.rows).toEqual(parseTable(templateCsv('transactions', locale).slice(1)).rows);
		});
	}
});
