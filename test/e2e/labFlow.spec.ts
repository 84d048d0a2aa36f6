import { expect, type Page, test } from '@playwright/test';
import { type Locale, uiStrings } from '../../src/i18n/uiStrings.ts';
import { generatePortfolio } from './support/labSteps.ts';
import { collectErrors, expectNoAxeViolations } from './support/pageChecks.ts';

// The simulator lab end to end: tiering, the portfolio explorer, saving across a reload, a keyboard-only round,
// screenshots for people to look at. The slider's forecast time is measured in timing/forecastTiming.spec.ts.
const runs: { route: string; locale: Locale }[] = [
	{ route: '/labs/simulator/', locale: 'zh-CN' },
	{ route: '/en/labs/simulator/', locale: 'en' },
];

/** A number as the page formats it ("1,234", "80.5%", "CN¥1.2M" is not used here), back to a number. */
function parseNumber(text: string): number {
	return Number(text.replace(/[^\d.-]/g, ''));
}

async function summaryCounts(page: Page, locale: Locale): Promise<number[]> {
	const t = uiStrings(locale);
	const table = page.getByRole('table', { name: t('lab.tier.summaryCaption') });
	await expect(table).toBeVisible();
	return (await table.locator('tbody tr td:nth-child(2)').allTextContents()).map(parseNumber);
}

for (const { route, locale } of runs) {
	const t = uiStrings(locale);

	test(`tier builder on ${route}: methods, curves and the comparison add up`, async ({ page }) => {
		test.setTimeout(120_000);
		const errors = collectErrors(page);
		await page.goto(route);
		await generatePortfolio(page, locale);

		// Default: strategic / key / ordinary, three tiers covering every customer.
		let counts = await summaryCounts(page, locale);
		expect(counts).toHaveLength(3);
		expect(counts.reduce((a, b) => a + b, 0)).toBe(2000);

		await page.getByLabel(t('lab.tier.method')).selectOption('mvcMgcBz');
		await expect(page.getByRole('table', { name: t('lab.tier.summaryCaption') }).locator('tbody tr')).toHaveCount(4);
		counts = await summaryCounts(page, locale);
		expect(counts.reduce((a, b) => a + b, 0)).toBe(2000);

		// Moving the ABC cut-off moves customers between A and B.
		await page.getByLabel(t('lab.tier.method')).selectOption('abc');
		const before = await summaryCounts(page, locale);
		const aCut = page.getByRole('slider', { name: t('lab.tier.param.aCut') });
		await aCut.focus();
		await aCut.press('Home');
		await expect.poll(async () => (await summaryCounts(page, locale))[0]).toBeLessThan(before[0] as number);

		// The Pareto curve's data ends at 100% of revenue.
		const curves = page.getByRole('figure', { name: t('lab.tier.curvesTitle') });
		await curves.getByRole('button', { name: t('chart.showData') }).click();
		const lastRow = await curves.locator('table tbody tr').last().locator('td').first().textContent();
		expect(parseNumber(lastRow ?? '')).toBe(100);

		// Comparing with another method: every customer lands in exactly one cell.
		await page.getByLabel(t('lab.tier.compareWith')).selectOption('pyramid');
		const cross = page.getByRole('table', { name: t('lab.tier.compareCaption') });
		const cells = (await cross.locator('tbody td').allTextContents()).map(parseNumber);
		expect(cells.reduce((a, b) => a + b, 0)).toBe(2000);

		await expectNoAxeViolations(page);
		expect(errors).toEqual([]);

		// Cut-offs in the wrong order are refused in the page's language, and say which rule they break.
		await page.getByRole('slider', { name: t('lab.tier.param.aCut') }).press('End');
		await page.getByRole('slider', { name: t('lab.tier.param.bCut') }).press('Home');
		await expect(page.getByRole('alert')).toHaveText(`${t('lab.tier.invalid')} ${t('lab.tier.problem.abcOrder')}`);
		await expect(page.getByRole('button', { name: t('lab.action.confirmTiering') })).toBeDisabled();
	});

	test(`portfolio explorer on ${route}: sorts, searches and opens a customer's card`, async ({ page }) => {
		test.setTimeout(120_000);
		await page.goto(route);
		await generatePortfolio(page, locale);
		await page.getByRole('button', { name: t('lab.action.confirmTiering') }).click();
		await page.getByRole('button', { name: t('lab.portfolio.show', { count: (2000).toLocaleString(locale) }) }).click();
		const status = page.getByText(
			t('lab.portfolio.count', { shown: (2000).toLocaleString(locale), total: (2000).toLocaleString(locale) }),
		);
		await expect(status).toBeVisible();
		// Names arrive from the worker (faker runs there, never on the page).
		await expect(page.getByText(t('lab.portfolio.namesLoading'))).toHaveCount(0, { timeout: 30_000 });

		const table = page.getByRole('table', { name: t('lab.portfolio.tableCaption') });
		const revenueCells = async () =>
			(await table.locator('tbody tr:not(.course-portfolio__spacer) td:nth-child(5)').allTextContents()).map(
				parseNumber,
			);
		const first = await revenueCells();
		expect(first.length).toBeGreaterThan(5);
		expect(first.length).toBeLessThan(200); // virtualised: only the visible rows exist
		expect(first[0]).toBeGreaterThanOrEqual(first[1] as number);
		await table.getByRole('button', { name: t('lab.portfolio.col.revenue') }).click();
		const ascending = await revenueCells();
		expect(ascending[0]).toBeLessThanOrEqual(ascending[1] as number);

		const firstName = (await table.locator('tbody th button').first().textContent()) ?? '';
		await page.getByLabel(t('lab.portfolio.search')).fill(firstName);
		await expect(table.locator('tbody th button').first()).toHaveText(firstName);
		await table.locator('tbody th button').first().click();
		const card = page.getByRole('region', { name: firstName }).last();
		await expect(card.getByRole('table', { name: t('lab.portfolio.historyCaption') })).toBeVisible();
	});

	test(`progress on ${route} survives a reload, and reset asks first`, async ({ page }) => {
		test.setTimeout(120_000);
		await page.goto(route);
		await generatePortfolio(page, locale, '500');
		await page.getByRole('button', { name: t('lab.action.confirmTiering') }).click();
		await page.getByRole('button', { name: t('lab.action.runRound', { round: 1 }) }).click();
		await expect(page.getByRole('button', { name: t('lab.action.nextRound') })).toBeVisible({ timeout: 30_000 });
		await page.reload();
		await page.waitForSelector('astro-island:not([ssr])');
		await expect(page.getByRole('button', { name: t('lab.action.nextRound') })).toBeVisible({ timeout: 30_000 });
		await expect(page.getByText(t('lab.roundOf', { round: 1, rounds: 4 })).first()).toBeVisible();

		await page.getByRole('button', { name: t('lab.reset.button') }).click();
		await expect(page.getByRole('group', { name: t('lab.reset.confirm') })).toBeVisible();
		await page.getByRole('button', { name: t('lab.reset.yes') }).click();
		await expect(page.getByRole('button', { name: t('lab.action.generate') })).toBeVisible();
		await page.reload();
		await page.waitForSelector('astro-island:not([ssr])');
		await expect(page.getByRole('button', { name: t('lab.action.generate') })).toBeVisible();
	});

	test(`a whole round on ${route} by keyboard alone`, async ({ page }) => {
		test.setTimeout(120_000);
		await page.goto(route);
		await page.waitForSelector('astro-island:not([ssr])');
		const generateButton = page.getByRole('button', { name: t('lab.action.generate') });
		// Tab to the generate button and press Enter; then do the same for each step.
		const pressTabUntil = async (target: ReturnType<Page['getByRole']>, limit = 80) => {
			for (let i = 0; i < limit; i++) {
				if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
				await page.keyboard.press('Tab');
			}
			throw new Error('never reached by Tab');
		};
		await pressTabUntil(generateButton);
		await page.keyboard.press('Enter');
		const confirm = page.getByRole('button', { name: t('lab.action.confirmTiering') });
		await expect(confirm).toBeEnabled({ timeout: 30_000 });
		await pressTabUntil(confirm, 200);
		await page.keyboard.press('Enter');
		const run = page.getByRole('button', { name: t('lab.action.runRound', { round: 1 }) });
		await expect(run).toBeEnabled();
		await pressTabUntil(run, 300);
		await page.keyboard.press('Enter');
		await expect(page.getByRole('button', { name: t('lab.action.nextRound') })).toBeVisible({ timeout: 30_000 });
	});
}

test('screenshots of the lab in light and dark, at 375 px and 1280 px (kept in test-results for people to look at)', async ({
	browser,
}, testInfo) => {
	test.setTimeout(180_000);
	for (const width of [375, 1280]) {
		for (const theme of ['light', 'dark'] as const) {
			// A fresh context per shot: no saved lab, and Starlight reads the theme from storage before it paints.
			const context = await browser.newContext({
				viewport: { width, height: 900 },
				colorScheme: theme,
				baseURL: testInfo.project.use.baseURL,
			});
			await context.addInitScript((value) => localStorage.setItem('starlight-theme', value), theme);
			const page = await context.newPage();
			await page.goto('/en/labs/simulator/');
			await generatePortfolio(page, 'en', '500');
			await page.getByRole('button', { name: 'Use this tiering' }).click();
			await page.getByRole('button', { name: 'Run round 1' }).click();
			await expect(page.getByRole('button', { name: 'Go to the next round' })).toBeVisible({ timeout: 30_000 });
			// The review island loads when first shown; shoot once it and its charts are there.
			await expect(page.getByText('Loading this step…')).toHaveCount(0, { timeout: 30_000 });
			await page.locator('.course-lab canvas').first().waitFor({ timeout: 30_000 });
			await page.locator('.course-lab').screenshot({ path: testInfo.outputPath(`lab-${width}-${theme}.png`) });
			const overflow = await page.evaluate(
				() => document.documentElement.scrollWidth - document.documentElement.clientWidth,
			);
			expect(overflow, `horizontal overflow at ${width}px`).toBeLessThanOrEqual(1);
			await context.close();
		}
	}
});

test('a forecast chart redrawn with new figures in place looks exactly like one drawn afresh', async ({ page }) => {
	test.setTimeout(120_000);
	// Without animation, a chart drawn afresh is complete at once, so the two can be compared pixel for pixel.
	await page.emulateMedia({ reducedMotion: 'reduce' });
	await page.goto('/en/labs/simulator/');
	await generatePortfolio(page, 'en', '2000');
	await page.getByRole('button', { name: 'Use this tiering' }).click();
	const block = page.locator('.course-allocate__forecast');
	await expect(block).toHaveAttribute('data-forecast-ms', /\d/, { timeout: 60_000 });
	const satisfaction = block.locator('canvas').nth(1);
	await expect(satisfaction).toBeVisible();
	const slider = page.locator('.course-allocate__tier').first().getByRole('slider').first();
	await slider.focus();
	for (let i = 0; i < 2; i++) {
		const before = await block.getAttribute('data-forecast-count');
		await slider.press('ArrowLeft');
		await expect.poll(() => block.getAttribute('data-forecast-count')).not.toBe(before);
	}
	// The satisfaction axis is fixed, so a step redraws the figures alone, without laying the chart out again.
	await expect(satisfaction).toHaveAttribute('data-redraw', 'figures');
	const stepped = await satisfaction.evaluate((c) => (c as HTMLCanvasElement).toDataURL());
	await block.locator('figure').nth(1).getByRole('button').click();
	const figures = await block.locator('figure').nth(1).locator('table').innerText();

	// The same draft after a reload (the lab restores it), drawn by a new chart.
	await page.reload();
	await page.locator('.course-lab-host').scrollIntoViewIfNeeded();
	await expect(block).toHaveAttribute('data-forecast-ms', /\d/, { timeout: 60_000 });
	await expect(satisfaction).not.toHaveAttribute('data-redraw', /./);
	await block.locator('figure').nth(1).getByRole('button').click();
	expect(await block.locator('figure').nth(1).locator('table').innerText()).toBe(figures);
	const fresh = await satisfaction.evaluate((c) => (c as HTMLCanvasElement).toDataURL());
	expect(fresh === stepped, 'the in-place redraw differs from a fresh drawing of the same figures').toBe(true);
});
