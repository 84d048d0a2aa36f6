import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { checkFileSize, decodeAs, decodeBytes, MAX_IMPORT_BYTES } from '../../../src/sim/import/decodeBytes.ts';
import { parseTable } from '../../../src/sim/import/parseTable.ts';
import { isoDate, parseAmount, parseDate } from '../../../src/sim/import/parseValues.ts';
import { missingRoles, readCustomers, readTransactions } from '../../../src/sim/import/readDataset.ts';
import { suggestColumns } from '../../../src/sim/import/suggestColumns.ts';

// GBK code points of the characters the fixture needs (from the GB 2312 table), so the test does not depend on an
// encoder: TextEncoder only writes UTF-8.
const gbk: Record<string, number[]> = {
	客: [0xbf, 0xcd],
	户: [0xbb, 0xa7],
	编: [0xb1, 0xe0],
	号: [0xba, 0xc5],
	日: [0xc8, 0xd5],
	期: [0xc6, 0xda],
	金: [0xbd, 0xf0],
	额: [0xb6, 0xee],
	'￥': [0xa3, 0xa4],
	万: [0xcd, 0xf2],
};
function gbkBytes(text: string): Uint8Array {
	const out: number[] = [];
	for (const ch of text) {
		const code = gbk[ch];
		if (code) out.push(...code);
		else if (ch.charCodeAt(0) < 128) out.push(ch.charCodeAt(0));
		else throw new Error(`no GBK code for ${ch} in the test table`);
	}
	return Uint8Array.from(out);
}

describe('decodeBytes', () => {
	test('reads a GBK file with Chinese headers and maps its columns', () => {
		const bytes = gbkBytes('客户编号,日期,金额\r\nC1,2024-01-05,"￥1,200"\r\nC2,2024-02-01,3万\r\n');
		const decoded = decodeBytes(bytes);
		expect(decoded.ok && decoded.encoding).toBe('gb18030');
		if (!decoded.ok) return;
		const table = parseTable(decoded.text);
		expect(table.headers).toEqual(['客户编号', '日期', '金额']);
		const mapping = suggestColumns(table.headers);
		expect(mapping).toMatchObject({ customerId: 0, date: 1, amount: 2 });
		const read = readTransactions(table, mapping);
		expect(read.issues).toEqual([]);
		expect(read.records).toEqual([
			{ customerId: 'C1', date: '2024-01-05', amount: 1200 },
			{ customerId: 'C2', date: '2024-02-01', amount: 30000 },
		]);
	});

	test('reads UTF-8 with and without a BOM and UTF-16 with a BOM', () => {
		const text = '客户,金额\nA,1\n';
		const utf8 = new TextEncoder().encode(text);
		expect(decodeBytes(utf8)).toEqual({ ok: true, text, encoding: 'utf-8', guessed: false });
		expect(decodeBytes(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8]))).toEqual({
			ok: true,
			text,
			encoding: 'utf-8',
			guessed: false,
		});
		const utf16 = [0xff, 0xfe];
		for (const ch of text) utf16.push(ch.charCodeAt(0) & 0xff, ch.charCodeAt(0) >> 8);
		expect(decodeBytes(Uint8Array.from(utf16))).toEqual({ ok: true, text, encoding: 'utf-16le', guessed: false });
	});

	test('refuses an empty file, a file over 50 MB and binary garbage with a code', () => {
		expect(decodeBytes(new Uint8Array(0))).toMatchObject({ ok: false, problem: { code: 'empty' } });
		expect(decodeBytes(new TextEncoder().encode('  \n\n'))).toMatchObject({ ok: false, problem: { code: 'empty' } });
		expect(checkFileSize(MAX_IMPORT_BYTES + 1)?.code).toBe('tooLarge');
		expect(checkFileSize(MAX_IMPORT_BYTES)).toBeUndefined();
		const zip = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00, 0x00, 0x00]);
		expect(decodeBytes(zip)).toMatchObject({ ok: false, problem: { code: 'binary' } });
	});

	test('never throws on arbitrary bytes', () => {
		fc.assert(
			fc.property(fc.uint8Array({ minLength: 0, maxLength: 300 }), (bytes) => {
				const result = decodeBytes(bytes);
				expect(typeof result.ok).toBe('boolean');
			}),
		);
	});
});

describe('parseTable', () => {
	test('detects comma, semicolon and tab (a pasted spreadsheet range)', () => {
		expect(parseTable('a,b\n1,2').delimiter).toBe(',');
		expect(parseTable('a;b\n1;2').delimiter).toBe(';');
		const pasted = parseTable('客户名称\t收入\n甲公司\t1,000\n乙公司\t2,000\n');
		expect(pasted.delimiter).toBe('\t');
		expect(pasted.rows).toEqual([
			['甲公司', '1,000'],
			['乙公司', '2,000'],
		]);
		expect(pasted.rowNumbers).toEqual([2, 3]);
	});
});

describe('parseAmount', () => {
	test('returns the number for currency signs, separators, 万 and 亿', () => {
		expect(parseAmount('¥1,234.50')).toBe(1234.5);
		expect(parseAmount('￥ 88元')).toBe(88);
		expect(parseAmount('$1,000')).toBe(1000);
		expect(parseAmount('12.5万')).toBe(125000);
		expect(parseAmount('3亿')).toBe(300000000);
		expect(parseAmount('-80')).toBe(-80);
		expect(parseAmount('(80)')).toBe(-80);
		expect(parseAmount('')).toBeUndefined();
		expect(parseAmount('abc')).toBeUndefined();
		expect(parseAmount('1.2.3')).toBeUndefined();
	});

	test('reads back every amount written with thousands separators', () => {
		fc.assert(
			fc.property(fc.integer({ min: 0, max: 1e12 }), (n) => {
				expect(parseAmount(`¥${n.toLocaleString('en-US')}`)).toBe(n);
			}),
		);
	});
});

describe('parseDate', () => {
	test('returns the day and layout for the three layouts and refuses the rest', () => {
		expect(parseDate('20240105')?.layout).toBe('YYYYMMDD');
		expect(parseDate('2024-01-05')?.layout).toBe('YYYY-MM-DD');
		expect(parseDate('2024/1/5')?.layout).toBe('YYYY/M/D');
		expect(parseDate('2024/1/5')?.day).toBe(parseDate('20240105')?.day);
		expect(parseDate('2024-02-30')).toBeUndefined();
		expect(parseDate('05/01/2024')).toBeUndefined();
		expect(parseDate('soon')).toBeUndefined();
	});

	test('round-trips every day from 1900 to 2100 through isoDate', () => {
		fc.assert(
			fc.property(fc.integer({ min: -25567, max: 47482 }), (day) => {
				expect(parseDate(isoDate(day))?.day).toBe(day);
				expect(parseDate(isoDate(day).replaceAll('-', ''))?.day).toBe(day);
			}),
		);
	});
});

describe('suggestColumns', () => {
	test('maps Chinese and English headers to roles, one column each', () => {
		expect(suggestColumns(['客户名称', '收入', '利润', '服务成本'])).toEqual({
			customerName: 0,
			revenue: 1,
			profit: 2,
			cost: 3,
		});
		expect(suggestColumns(['Customer ID', 'Order Date', 'Amount'])).toEqual({ customerId: 0, date: 1, amount: 2 });
		expect(suggestColumns(['foo', 'bar'])).toEqual({});
	});
});

describe('readTransactions', () => {
	const table = parseTable(
		[
			'customer,date,amount',
			'A,2024-01-01,10',
			'B,2024-01-02,-5',
			',2024-01-03,7',
			'C,yesterday,8',
			'D,2024/1/4,9',
			'E,2024-01-05,',
			'F,2024-01-06,12',
		].join('\n'),
	);
	const mapping = suggestColumns(table.headers);

	test('reports every bad cell with row, column, value and reason and uses no bad row', () => {
		const read = readTransactions(table, mapping);
		expect(read.records.map((r) => r.customerId)).toEqual(['A', 'F']);
		expect(read.badRows).toBe(5);
		expect(read.issues).toEqual([
			{ row: 3, column: 'amount', value: '-5', reason: 'negative' },
			{ row: 4, column: 'customer', value: '', reason: 'missing' },
			{ row: 5, column: 'date', value: 'yesterday', reason: 'notDate' },
			{ row: 6, column: 'date', value: '2024/1/4', reason: 'mixedDates', expected: 'YYYY-MM-DD' },
			{ row: 7, column: 'amount', value: '', reason: 'missing' },
		]);
	});

	test('names the roles a file lacks', () => {
		expect(missingRoles('transactions', suggestColumns(['名称', '备注']))).toEqual(['date', 'amount']);
		expect(missingRoles('customers', suggestColumns(['foo']))).toEqual(['customerId', 'revenue']);
		expect(() => readTransactions(table, {})).toThrow(RangeError);
	});
});

describe('readCustomers', () => {
	test('keeps negative profit, refuses negative revenue and derives profit from cost', () => {
		const table = parseTable('客户名称,收入,成本\n甲,100,30\n乙,50,80\n丙,-1,0\n');
		const read = readCustomers(table, suggestColumns(table.headers));
		expect(read.customers.names).toEqual(['甲', '乙']);
		expect(Array.from(read.customers.profit ?? [])).toEqual([70, -30]);
		expect(read.issues).toEqual([{ row: 4, column: '收入', value: '-1', reason: 'negative' }]);
	});
});

describe('parseAmount and parseDate on hostile text (issue 26)', () => {
	test('refuses ambiguous separators, doubled signs and numbers too large to hold', () => {
		for (const text of [
			'1,2',
			'1.234,56',
			'1 234,5',
			'(-80)',
			'--80',
			'-$-80',
			'（-80）',
			'1'.repeat(400),
			'1e5',
			'0x10',
		])
			expect(parseAmount(text), text).toBeUndefined();
	});

	test('still reads one sign and grouped thousands, in either position', () => {
		expect(parseAmount('(80)')).toBe(-80);
		expect(parseAmount('$-80')).toBe(-80);
		expect(parseAmount('-¥1,234.5')).toBe(-1234.5);
		expect(parseAmount('1 234 567')).toBe(1234567);
		expect(parseAmount('1，234')).toBe(1234);
	});

	test('refuses trailing text that is not a time, and years outside 1900–2100', () => {
		for (const text of ['2024-01-01 garbage', '2024-01-01Tnoon', '0000-01-01', '9999-12-31', '2024-01-01 25:00'])
			expect(parseDate(text), text).toBeUndefined();
		expect(parseDate('2024-01-01 09:30')?.day).toBe(parseDate('2024-01-01')?.day);
		expect(parseDate('2024-01-01T09:30:00.000Z')?.day).toBe(parseDate('2024-01-01')?.day);
		expect(parseDate('2024/1/5 23:59:59')?.layout).toBe('YYYY/M/D');
	});
});

describe('readTransactions with latestDay', () => {
	test('refuses a row dated after the latest day, so it cannot move the as-of date', () => {
		const table = parseTable('customer,date,amount\nA,2024-01-01,10\nB,2099-01-01,5\nC,2024-01-02,7\n');
		const latestDay = parseDate('2025-06-01')?.day;
		const read = readTransactions(table, suggestColumns(table.headers), latestDay);
		expect(read.records.map((r) => r.customerId)).toEqual(['A', 'C']);
		expect(read.issues).toEqual([{ row: 3, column: 'date', value: '2099-01-01', reason: 'future' }]);
		expect(read.badRows).toBe(1);
		// Without it (a fixed data set, a test), every valid date is read.
		expect(readTransactions(table, suggestColumns(table.headers)).records).toHaveLength(3);
	});
});

describe('readCustomers with a number too large to hold', () => {
	test('counts the row once, as refused, instead of an infinite revenue that reads NaN%', () => {
		const table = parseTable(`customer,revenue\nA,${'9'.repeat(400)}\nB,10\n`);
		const read = readCustomers(table, suggestColumns(table.headers));
		expect(read.customers.ids).toEqual(['B']);
		expect(read.badRows).toBe(1);
		expect(read.issues.map((i) => [i.row, i.reason])).toEqual([[2, 'notNumber']]);
	});
});

describe('decodeBytes guesses, and decodeAs lets the user choose', () => {
	// "Müller,10" in Latin-1: ü is 0xFC, which is not UTF-8, and GB18030 reads "ül" as one Chinese character.
	const latin1 = Uint8Array.from([0x4d, 0xfc, 0x6c, 0x6c, 0x65, 0x72, 0x2c, 0x31, 0x30, 0x0a]);

	test('marks a decoding without BOM or valid UTF-8 as a guess', () => {
		const guessed = decodeBytes(latin1);
		expect(guessed.ok && guessed.encoding).toBe('gb18030');
		expect(guessed.ok && guessed.guessed).toBe(true);
		expect(guessed.ok && guessed.text.startsWith('Müller')).toBe(false);
		const utf8 = decodeBytes(new TextEncoder().encode('Müller,10\n'));
		expect(utf8.ok && utf8.guessed).toBe(false);
	});

	test('reads the same bytes as Latin-1 when the user says so', () => {
		const chosen = decodeAs(latin1, 'windows-1252');
		expect(chosen.ok && chosen.text).toBe('Müller,10\n');
		expect(chosen.ok && chosen.encoding).toBe('windows-1252');
	});
});
