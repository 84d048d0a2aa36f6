import { expect, test } from '@playwright/test';
import { uiStrings } from '../../../src/i18n/uiStrings.ts';

// A measurement, printed for the closing note and the README: a 100,000-row transaction log read from a file, parsed,
// checked row by row and scored by RFM in the page, timed from the file input's change to the RFM table on screen, with
// the longest main-thread task in between (how long the page could not answer). The target is 2 s; the assertion only
// guards against a gross regression, since timings on a shared 2-core machine vary.
const t = uiStrings('en');

function transactionsCsv(rows: number): string {
	const lines = ['customer,date,amount'];
	let state = 2024;
	const random = () => {
		state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
		return state / 4294967296;
	};
	for (let i = 0; i < rows; i++) {
		const customer = `C${Math.floor(20_000 * random() ** 2)}`;
		const day = new Date(Date.UTC(2024, 0, 1) + Math.floor(random() * 366) * 86_400_000).toISOString().slice(0, 10);
		lines.push(`${customer},${day},${(20 + random() * 400).toFixed(2)}`);
	}
	return lines.join('\n');
}

test('100,000 transactions are parsed, checked and scored by RFM in the page (time printed)', async ({ page }) => {
	test.setTimeout(120_000);
	await page.goto('/en/labs/analyzer/');
	await page.locator('.course-analyzer-host').scrollIntoViewIfNeeded();
	await page.waitForSelector('astro-island:not([ssr])');
	await page.waitForLoadState('networkidle');
	const csv = Buffer.from(transactionsCsv(100_000));
	await page.evaluate(() => {
		const w = window as unknown as { longest: number; started: number };
		w.longest = 0;
		new PerformanceObserver((list) => {
			for (const entry of list.getEntries()) w.longest = Math.max(w.longest, entry.duration);
		}).observe({ type: 'longtask', buffered: false });
		document.querySelector('input[type=file]')?.addEventListener('change', () => {
			w.started = performance.now();
		});
	});
	await page.getByLabel(t('analyzer.load.file')).setInputFiles({ name: 'big.csv', mimeType: 'text/csv', buffer: csv });
	const check = page.getByRole('button', { name: t('analyzer.map.check') });
	await expect(check).toBeVisible({ timeout: 60_000 });
	const { read, longestRead } = await page.evaluate(() => {
		const w = window as unknown as { started: number; longest: number };
		const figures = { read: performance.now() - w.started, longestRead: w.longest };
		w.longest = 0;
		return figures;
	});
	const clickedAt = await page.evaluate(() => performance.now());
	await check.click();
	await expect(page.getByRole('table', { name: t('analyzer.rfm.segmentsCaption') })).toBeVisible({ timeout: 60_000 });
	const { scored, longest: longestCheck } = await page.evaluate((from) => {
		const w = window as unknown as { longest: number };
		return { scored: performance.now() - from, longest: w.longest };
	}, clickedAt);
	console.log(
		`[analyzer scale] 100,000 transactions (${(csv.length / 1024 / 1024).toFixed(1)} MB): read + parse + map ${read.toFixed(0)} ms, check + RFM ${scored.toFixed(0)} ms, total ${(read + scored).toFixed(0)} ms (target 2000); longest main-thread task while reading ${longestRead.toFixed(0)} ms, while checking and drawing the results ${longestCheck.toFixed(0)} ms`,
	);
	expect(read + scored).toBeLessThan(10_000);
});
