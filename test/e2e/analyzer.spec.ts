import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as XLSX from '@e965/xlsx';
import { expect, type Page, test } from '@playwright/test';
import { type Locale, uiStrings } from '../../src/i18n/uiStrings.ts';
import { loadedScripts, totalKb } from './support/loadedScripts.ts';
import { collectErrors, expectNoAxeViolations } from './support/pageChecks.ts';

// The "bring your own data" analyzer end to end, in both languages: a GBK file, row-level errors with the
// confirm-with-count, the demo log's CLV fit, privacy (no request after load, nothing stored unless asked, clear),
// imported text shown as text, axe and console errors.
const runs: { route: string; locale: Locale }[] = [
	{ route: '/labs/analyzer/', locale: 'zh-CN' },
	{ route: '/en/labs/analyzer/', locale: 'en' },
];

// GBK bytes of the Chinese header words (GB 2312 table), since TextEncoder only writes UTF-8.
const gbk: Record<string, number[]> = {
	客: [0xbf, 0xcd],
	户: [0xbb, 0xa7],
	名: [0xc3, 0xfb],
	称: [0xb3, 0xc6],
	日: [0xc8, 0xd5],
	期: [0xc6, 0xda],
	金: [0xbd, 0xf0],
	额: [0xb6, 0xee],
};
function gbkBytes(text: string): Buffer {
	const out: number[] = [];
	for (const ch of text) out.push(...(gbk[ch] ?? [ch.charCodeAt(0)]));
	return Buffer.from(out);
}

async function openAnalyzer(page: Page, route: string, navigate = true) {
	if (navigate) await page.goto(route);
	await page.locator('.course-analyzer-host').scrollIntoViewIfNeeded();
	await page.waitForSelector('astro-island:not([ssr])');
	await page.waitForLoadState('networkidle');
}

/** The same rows as an .xlsx: a title row above the header, real date cells, a notes sheet first and blank rows after. */
function transactionsXlsx(rows: number): Buffer {
	const lines = transactionsCsv(rows)
		.split('\r\n')
		.map((line) => line.split(','));
	const data: (string | number | Date)[][] = [['2024 年交易记录'], [], lines[0] as string[]];
	for (const [customer, date, amount] of lines.slice(1))
		data.push([customer as string, date as string, Number(amount)]);
	const ws = XLSX.utils.aoa_to_sheet(data);
	// Half the dates as Excel date serials in a date format, half as text, as real exports mix them.
	for (let r = 3; r < data.length; r += 2) {
		const ref = XLSX.utils.encode_cell({ r, c: 1 });
		const [y, m, d] = String(data[r]?.[1]).split('-').map(Number);
		ws[ref] = { t: 'n', v: Date.UTC(y as number, (m as number) - 1, d) / 864e5 + 25569, z: 'yyyy-mm-dd' };
	}
	const wb = XLSX.utils.book_new();
	XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([['说明'], ['本表由系统导出']]), 'notes');
	XLSX.utils.book_append_sheet(wb, ws, 'log');
	return Buffer.from(XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }));
}

function transactionsCsv(rows: number): string {
	const lines = ['客户名称,日期,金额'];
	for (let i = 0; i < rows; i++) {
		const customer = `K${i % 40}`;
		const day = String(1 + (i % 28)).padStart(2, '0');
		const month = String(1 + (Math.floor(i / 40) % 12)).padStart(2, '0');
		lines.push(`${customer},2024-${month}-${day},${100 + (i % 17)}`);
	}
	return lines.join('\r\n');
}

for (const { route, locale } of runs) {
	const t = uiStrings(locale);

	test(`${route}: a GBK file with Chinese headers is read, mapped and scored with no request after load`, async ({
		page,
	}) => {
		test.setTimeout(60_000);
		const errors = collectErrors(page);
		await openAnalyzer(page, route);
		const requests: string[] = [];
		page.on('request', (request) => requests.push(request.url()));
		await page.getByLabel(t('analyzer.load.file')).setInputFiles({
			name: 'gbk.csv',
			mimeType: 'text/csv',
			buffer: gbkBytes(transactionsCsv(400)),
		});
		await expect(page.getByText(/gbk\.csv.*gb18030/)).toBeVisible();
		await expect(page.getByRole('combobox', { name: t('analyzer.role.customerName'), exact: true })).toHaveValue('0');
		await expect(page.getByRole('combobox', { name: t('analyzer.role.date'), exact: true })).toHaveValue('1');
		await expect(page.getByRole('combobox', { name: t('analyzer.role.amount'), exact: true })).toHaveValue('2');
		await page.getByRole('button', { name: t('analyzer.map.check') }).click();
		await expect(page.getByRole('table', { name: t('analyzer.rfm.segmentsCaption') })).toBeVisible();
		await page.getByRole('button', { name: t('analyzer.clv.run') }).click();
		await expect(page.getByRole('table', { name: t('analyzer.clv.paramsCaption') })).toBeVisible({ timeout: 30_000 });
		expect(requests.filter((url) => !url.startsWith('blob:') && !url.startsWith('data:'))).toEqual([]);
		expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('course-analyzer')))).toEqual(
			[],
		);
		expect(errors).toEqual([]);
	});

	test(`${route}: bad rows are listed one by one and used only after confirming their count`, async ({ page }) => {
		const errors = collectErrors(page);
		await openAnalyzer(page, route);
		const csv = [
			'customer,date,amount',
			'A,2024-01-01,10',
			'A,2024-02-01,12',
			'B,2024-01-03,-5',
			'C,not a date,8',
			'D,2024/1/4,9',
			'E,2024-01-05,',
			'F,2024-01-06,abc',
			'G,2024-03-06,20',
		].join('\n');
		await page.getByLabel(t('analyzer.load.paste')).fill(csv);
		await page.getByRole('button', { name: t('analyzer.load.readPaste') }).click();
		await page.getByRole('button', { name: t('analyzer.map.check') }).click();
		const issues = page.getByRole('region', { name: t('analyzer.issues.listLabel') });
		await expect(issues.getByRole('row')).toHaveCount(6);
		await expect(issues).toContainText(t('analyzer.reason.negative'));
		await expect(issues).toContainText(t('analyzer.reason.notDate'));
		await expect(issues).toContainText(t('analyzer.reason.missing'));
		await expect(issues).toContainText(t('analyzer.reason.notNumber'));
		await expect(issues).toContainText(t('analyzer.reason.mixedDates', { expected: 'YYYY-MM-DD' }));
		// Nothing is computed until the user confirms leaving the five rows out.
		await expect(page.getByRole('table', { name: t('analyzer.rfm.segmentsCaption') })).toHaveCount(0);
		await page.getByRole('button', { name: t('analyzer.issues.continue', { bad: '5' }) }).click();
		await expect(page.getByRole('table', { name: t('analyzer.rfm.segmentsCaption') })).toBeVisible();
		await expect(page.getByRole('heading', { level: 2, name: /3\./ })).toContainText(
			locale === 'en' ? '2 customers, 3 transactions' : '2 个客户，3 笔交易',
		);
		expect(errors).toEqual([]);
	});

	test(`${route}: a file with no usable row says so, with no way to go on`, async ({ page }) => {
		const errors = collectErrors(page);
		await openAnalyzer(page, route);
		await page.getByLabel(t('analyzer.load.paste')).fill('customer,date,amount\nA,soon,10\nB,2024-01-01,-3');
		await page.getByRole('button', { name: t('analyzer.load.readPaste') }).click();
		await page.getByRole('button', { name: t('analyzer.map.check') }).click();
		await expect(page.getByRole('alert')).toHaveText(t('analyzer.issues.noneUsable'));
		await expect(page.getByRole('button', { name: t('analyzer.issues.continue', { bad: '2' }) })).toHaveCount(0);
		expect(errors).toEqual([]);
	});

	test(`${route}: file-level problems get a clear message`, async ({ page }) => {
		await openAnalyzer(page, route);
		const input = page.getByLabel(t('analyzer.load.file'));
		await input.setInputFiles({ name: 'empty.csv', mimeType: 'text/csv', buffer: Buffer.alloc(0) });
		await expect(page.getByRole('alert')).toHaveText(t('analyzer.file.empty'));
		await input.setInputFiles({
			name: 'photo.png',
			mimeType: 'image/png',
			buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48]),
		});
		await expect(page.getByRole('alert')).toHaveText(t('analyzer.file.binary'));
		// A zip cut short: read as a workbook (by its first bytes), refused as damaged.
		await input.setInputFiles({
			name: 'book.xlsx',
			mimeType: 'application/octet-stream',
			buffer: Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0, 0, 0, 0, 0xff, 0xfe]),
		});
		await expect(page.getByRole('alert')).toHaveText(t('analyzer.workbook.corrupt'));
		// Over Playwright's 50 MB buffer limit, so the big file goes through a temporary file.
		const big = join(mkdtempSync(join(tmpdir(), 'analyzer-')), 'big.csv');
		writeFileSync(big, Buffer.alloc(50 * 1024 * 1024 + 1, 0x41));
		await input.setInputFiles(big);
		await expect(page.getByRole('alert')).toHaveText(t('analyzer.file.tooLarge'));
		await page.getByLabel(t('analyzer.load.paste')).fill('名称\t备注\n甲\t乙');
		await page.getByRole('button', { name: t('analyzer.load.readPaste') }).click();
		// Without a date column the page takes it for a customer list, which needs revenue.
		await expect(page.getByRole('alert')).toContainText(t('analyzer.role.revenue'));
		await expect(page.getByRole('button', { name: t('analyzer.map.check') })).toBeDisabled();
	});

	test(`${route}: an XSS payload in a customer name is shown as text`, async ({ page }) => {
		const errors = collectErrors(page);
		await openAnalyzer(page, route);
		const payload = '<img src=x onerror="window.__xss=1">';
		await page
			.getByLabel(t('analyzer.load.paste'))
			.fill(`客户名称\t收入\t利润\n${payload}\t1000\t-50\n乙公司\t500\t200\n丙\t300\t90`);
		await page.getByRole('button', { name: t('analyzer.load.readPaste') }).click();
		await page.getByRole('button', { name: t('analyzer.map.check') }).click();
		const list = page.getByRole('region', { name: t('analyzer.customers.listLabel') });
		await expect(list).toContainText(payload);
		expect(await page.locator('.course-analyzer img').count()).toBe(0);
		expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
		await expect(page.getByRole('table', { name: t('analyzer.customers.tableCaption') })).toBeVisible();
		await expect(page.getByText(t('analyzer.chart.whale'), { exact: true }).first()).toBeVisible();
		expect(errors).toEqual([]);
	});

	test(`${route}: the demo log fits CLV with a progress bar; stored only when opted in; clear removes it`, async ({
		page,
	}) => {
		test.setTimeout(90_000);
		const errors = collectErrors(page);
		await openAnalyzer(page, route);
		await page.getByLabel(t('analyzer.demo.scenario')).selectOption('ecommerce-membership');
		await page.getByLabel(t('analyzer.demo.seed')).fill('42');
		await page.getByRole('button', { name: t('analyzer.demo.load') }).click();
		await page.getByRole('button', { name: t('analyzer.map.check') }).click();
		await page.getByRole('button', { name: t('analyzer.clv.run') }).click();
		await expect(page.getByRole('table', { name: t('analyzer.clv.paramsCaption') })).toBeVisible({ timeout: 60_000 });
		await expect(page.getByRole('region', { name: t('analyzer.clv.tableHeading') })).toBeVisible();
		expect(await page.evaluate(() => localStorage.getItem('course-analyzer-v1'))).toBeNull();
		await page.getByLabel(t('analyzer.remember.label')).check();
		expect(await page.evaluate(() => localStorage.getItem('course-analyzer-v1'))).not.toBeNull();
		await page.getByRole('button', { name: t('analyzer.clear') }).click();
		expect(await page.evaluate(() => localStorage.getItem('course-analyzer-v1'))).toBeNull();
		await expect(page.getByRole('button', { name: t('analyzer.map.check') })).toHaveCount(0);
		expect(errors).toEqual([]);
	});

	test(`${route}: no axe violations in light mode, with results on screen`, async ({ page }) => {
		await page.emulateMedia({ colorScheme: 'light' });
		await page.addInitScript(() => localStorage.setItem('starlight-theme', 'light'));
		await openAnalyzer(page, route);
		await expectNoAxeViolations(page);
		await page
			.getByLabel(t('analyzer.load.paste'))
			.fill('客户名称\t收入\t利润\n甲\t1000\t-50\n乙\t500\t200\n丙\t300\t90');
		await page.getByRole('button', { name: t('analyzer.load.readPaste') }).click();
		await page.getByRole('button', { name: t('analyzer.map.check') }).click();
		await expect(page.getByRole('table', { name: t('analyzer.customers.tableCaption') })).toBeVisible();
		await expectNoAxeViolations(page);
	});

	test(`${route}: an .xlsx transaction log gives the same results as the same data in CSV`, async ({ page }) => {
		test.setTimeout(60_000);
		const errors = collectErrors(page);
		// Every script the page loads, to print its weight before and after an Excel file is read and written.
		const scripts = await loadedScripts(page, route, false);
		await openAnalyzer(page, route, false);
		const before = totalKb(scripts);
		const input = page.getByLabel(t('analyzer.load.file'));
		const results = async () => {
			await page.getByRole('button', { name: t('analyzer.map.check') }).click();
			const table = page.getByRole('table', { name: t('analyzer.rfm.segmentsCaption') });
			await expect(table).toBeVisible();
			return [await page.getByRole('heading', { level: 2, name: /3\./ }).textContent(), await table.textContent()];
		};
		await input.setInputFiles({ name: 'log.csv', mimeType: 'text/csv', buffer: Buffer.from(transactionsCsv(400)) });
		const fromCsv = await results();
		await input.setInputFiles({
			name: 'log.xlsx',
			mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
			buffer: transactionsXlsx(400),
		});
		// Both sheets are offered; the log is picked (the reader's default choice is in its unit test).
		const sheet = page.getByRole('combobox', { name: t('analyzer.workbook.sheet'), exact: true });
		await expect(sheet.getByRole('option')).toHaveText(['notes', 'log']);
		await sheet.selectOption('log');
		await expect(sheet).toHaveValue('log');
		await expect(
			page.getByText(
				t('analyzer.map.readSheet', { source: 'log.xlsx', sheet: 'log', rows: '400', columns: '3', header: 3 }),
			),
		).toBeVisible();
		expect(await results()).toEqual(fromCsv);
		// The Excel export holds real numbers and dates.
		const download = page.waitForEvent('download');
		await page.getByRole('button', { name: t('analyzer.export.rfmXlsx') }).click();
		const book = XLSX.read(readFileSync((await (await download).path()) as string), { cellNF: true });
		const ws = book.Sheets[book.SheetNames[0] as string] as XLSX.WorkSheet;
		expect(ws.B2?.t).toBe('n');
		expect(XLSX.SSF.is_date(String(ws.B2?.z))).toBe(true);
		expect(ws.F2?.t).toBe('n');
		await page.waitForLoadState('networkidle');
		const excel = [...scripts.keys()].filter((p) => !p.includes('sw.js'));
		console.log(
			`[page weight] ${route}: ${before.toFixed(1)} KB gzipped JS before an Excel file, ${totalKb(scripts).toFixed(1)} KB after reading and exporting one; scripts: ${excel.map((p) => `${p.replace('/_astro/', '')} ${((scripts.get(p) ?? 0) / 1024).toFixed(1)}`).join(', ')}`,
		);
		expect(before).toBeLessThanOrEqual(250);
		expect(errors).toEqual([]);
	});

	test(`${route}: hostile workbooks are refused with their own message and nothing is loaded`, async ({ page }) => {
		await openAnalyzer(page, route);
		const input = page.getByLabel(t('analyzer.load.file'));
		await input.setInputFiles({ name: 'list.xlsx', mimeType: 'text/csv', buffer: Buffer.from(transactionsCsv(5)) });
		await expect(page.getByRole('alert')).toHaveText(t('analyzer.workbook.textRenamed'));
		const cfb = XLSX.CFB.utils.cfb_new();
		XLSX.CFB.utils.cfb_add(cfb, '/EncryptionInfo', Buffer.from([4, 0, 4, 0]));
		XLSX.CFB.utils.cfb_add(cfb, '/EncryptedPackage', Buffer.alloc(4096, 7));
		await input.setInputFiles({
			name: 'secret.xlsx',
			mimeType: 'application/octet-stream',
			buffer: Buffer.from(XLSX.CFB.write(cfb, { type: 'buffer' }) as Uint8Array),
		});
		await expect(page.getByRole('alert')).toHaveText(t('analyzer.workbook.encrypted'));
		await expect(page.getByRole('button', { name: t('analyzer.map.check') })).toHaveCount(0);
	});
}
