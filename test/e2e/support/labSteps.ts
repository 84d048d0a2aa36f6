import { expect, type Page } from '@playwright/test';
import { type Locale, uiStrings } from '../../../src/i18n/uiStrings.ts';

/** Generates a portfolio of the default scenario in the simulator lab and waits until its tiering can be confirmed. */
export async function generatePortfolio(page: Page, locale: Locale, size = '2000') {
	const t = uiStrings(locale);
	// The lab hydrates when it scrolls into view (client:visible); on a phone it sits below the fold.
	await page.locator('.course-lab-host').scrollIntoViewIfNeeded();
	await page.waitForSelector('astro-island:not([ssr])');
	await page.getByLabel(t('lab.picker.scenario')).selectOption('ict-equipment');
	await page.getByLabel(t('lab.picker.size')).selectOption(size);
	await page.getByRole('button', { name: t('lab.action.generate') }).click();
	await expect(page.getByRole('button', { name: t('lab.action.confirmTiering') })).toBeEnabled({ timeout: 30_000 });
}
