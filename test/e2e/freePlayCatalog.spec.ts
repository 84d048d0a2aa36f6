import { expect, type Page, test } from '@playwright/test';
import { type Locale, uiStrings } from '../../src/i18n/uiStrings.ts';
import { scenarios } from '../../src/sim/scenarios/scenarioCatalog.ts';
import { collectErrors } from './support/pageChecks.ts';

// Free play carries only its first scenario in the page and fetches the catalog when the learner picks another, or
// when a save names another. These follow both paths, and what a learner sees when the fetch fails (offline before the
// service worker holds the file): a message in the page's language, and a save that is kept, not overwritten.
test.use({ serviceWorkers: 'block' });
const LAB_KEY = 'course-lab:v1:/labs/simulator:free';
const bank = scenarios.find((s) => s.id === 'retail-bank');
if (!bank) throw new Error('retail-bank scenario missing');

async function openLab(page: Page, route: string) {
	await page.goto(route);
	await page.locator('.course-lab-host').scrollIntoViewIfNeeded();
	await page.waitForSelector('astro-island:not([ssr])');
}

const catalogRequests = (page: Page) => {
	const seen: string[] = [];
	page.on('request', (request) => {
		if (/scenarioCatalog\.[\w-]+\.js$/.test(request.url())) seen.push(request.url());
	});
	return seen;
};

for (const { route, locale } of [
	{ route: '/labs/simulator/', locale: 'zh-CN' as Locale },
	{ route: '/en/labs/simulator/', locale: 'en' as Locale },
]) {
	const t = uiStrings(locale);

	test(`${route}: another scenario is fetched when picked, and a save of it restores after a reload`, async ({
		page,
	}) => {
		test.setTimeout(90_000);
		const errors = collectErrors(page);
		const fetched = catalogRequests(page);
		await openLab(page, route);
		const picker = page.getByLabel(t('lab.picker.scenario'));
		// All eight are offered, though only the first one's file came with the page.
		await expect(picker.locator('option')).toHaveCount(scenarios.length);
		expect(fetched).toEqual([]);

		await picker.selectOption('retail-bank');
		await expect(picker).toHaveValue('retail-bank');
		expect(fetched).toHaveLength(1);
		await page.getByLabel(t('lab.picker.size')).selectOption('500');
		await page.getByRole('button', { name: t('lab.action.generate') }).click();
		const confirm = page.getByRole('button', { name: t('lab.action.confirmTiering') });
		await expect(confirm).toBeEnabled({ timeout: 30_000 });
		await confirm.click();
		await expect(page.getByRole('heading', { name: t('lab.allocate.title', { round: 1 }) })).toBeVisible();
		await expect(page.locator('.course-lab__title')).toHaveText(bank.title[locale]);

		await page.reload();
		await page.locator('.course-lab-host').scrollIntoViewIfNeeded();
		await expect(page.getByRole('heading', { name: t('lab.allocate.title', { round: 1 }) })).toBeVisible({
			timeout: 30_000,
		});
		await expect(page.locator('.course-lab__title')).toHaveText(bank.title[locale]);
		expect(errors).toEqual([]);
	});

	test(`${route}: a catalog that cannot be fetched is said so, and the save is kept`, async ({ page }) => {
		test.setTimeout(90_000);
		const errors = collectErrors(page);
		await openLab(page, route);
		await page.getByLabel(t('lab.picker.scenario')).selectOption('retail-bank');
		await page.getByLabel(t('lab.picker.size')).selectOption('500');
		await page.getByRole('button', { name: t('lab.action.generate') }).click();
		await expect(page.getByRole('button', { name: t('lab.action.confirmTiering') })).toBeEnabled({ timeout: 30_000 });
		await page.getByRole('button', { name: t('lab.action.confirmTiering') }).click();
		await expect(page.getByRole('heading', { name: t('lab.allocate.title', { round: 1 }) })).toBeVisible();
		const save = await page.evaluate((key) => localStorage.getItem(key), LAB_KEY);
		expect(save).toContain('retail-bank');

		// Offline, with the service worker not yet holding the file.
		await page.route(/scenarioCatalog\.[\w-]+\.js$/, (r) => r.abort('internetdisconnected'));
		await page.reload();
		await page.locator('.course-lab-host').scrollIntoViewIfNeeded();
		await expect(page.getByText(t('lab.notice.restoreCatalogFailed'))).toBeVisible({ timeout: 30_000 });
		const picker = page.getByLabel(t('lab.picker.scenario'));
		await picker.selectOption('retail-bank');
		await expect(page.getByText(t('lab.picker.loadFailed'))).toBeVisible();
		// The picker stays on the scenario it has, which can still be played; the save is untouched.
		await expect(picker).toHaveValue('ict-equipment');
		await expect(page.getByRole('button', { name: t('lab.action.generate') })).toBeEnabled();
		expect(await page.evaluate((key) => localStorage.getItem(key), LAB_KEY)).toBe(save);
		// The aborted fetch is the test's doing; anything else would be a fault.
		expect(errors.filter((e) => !e.includes('net::ERR_INTERNET_DISCONNECTED'))).toEqual([]);
	});
}
