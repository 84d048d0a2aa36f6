import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, test } from 'vitest';
import { main } from '../../../src/sim/cli/main.ts';
import { neutraliseFormula } from '../../../src/sim/format/neutraliseFormula.ts';
import { toCsv } from '../../../src/sim/format/toCsv.ts';

const dangerous = [
	'=1+1',
	'+1',
	'-1+cmd',
	'@SUM(A1)',
	'\t=1',
	'\r=1',
	'=HYPERLINK("http://x")\nsecond line',
	'＝1+1',
	'＋1',
	'－1',
	'＠SUM(A1)',
	'  =1+1',
	'\n=1+1',
	'\u3000=1',
];

describe('neutraliseFormula', () => {
	test.each(dangerous)('prefixes an apostrophe to %j', (cell) => {
		expect(neutraliseFormula(cell)).toBe(`'${cell}`);
	});

	test('leaves other text alone', () => {
		for (const cell of ['红队', 'Blue <b>team</b>', 'a=b', '1-2', 'e-mail@example.org', '', "'quoted"])
			expect(neutraliseFormula(cell)).toBe(cell);
	});
});

describe('toCsv', () => {
	test('writes every dangerous text cell, multi-line ones included, as text, and keeps numbers numbers', () => {
		const rows = dangerous.map((name, i) => ({ name, value: -i }));
		const back = Papa.parse<string[]>(toCsv(rows), { header: false }).data.slice(1);
		expect(back.map((r) => r[0])).toEqual(dangerous.map((d) => `'${d}`));
		expect(back.map((r) => r[1])).toEqual(dangerous.map((_, i) => String(-i)));
	});
});

describe('sim rfm --format csv', { timeout: 60_000 }, () => {
	test('neutralises a customer id that is a multi-line formula', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'csv-injection-'));
		const file = join(dir, 'tx.csv');
		writeFileSync(file, 'customer,date,amount\n"=HYPERLINK(""http://x"")\nfoo",2024-01-01,10\n"＝1+1",2024-01-02,5\n');
		const rows = Papa.parse<Record<string, string>>(await main(['rfm', '--transactions', file, '--format', 'csv']), {
			header: true,
		}).data;
		expect(rows.map((r) => r.id).sort()).toEqual(['\'=HYPERLINK("http://x")\nfoo', "'＝1+1"].sort());
	});
});
