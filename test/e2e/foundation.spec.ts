import { expect, test } from '@playwright/test';
import { collectErrors, expectNoAxeViolations } from './support/pageChecks';

const locales = [
	{ lang: 'zh-CN', home: '/', heading: '客户分类、客户分级与服务策略', other: '/en/', otherLabel: 'English' },
	{
		lang: 'en',
		home: '/en/',
		heading: 'Customer Classification, Tiering and Service Strategy',
		other: '/',
		otherLabel: '简体中文',
	},
];

for (const locale of locales) {
	test.describe(`overview (${locale.lang})`, () => {
		test('renders with the right lang and no console errors', async ({ page }) => {
			const errors = collectErrors(page);
			await page.goto(locale.home);
			await expect(page.locator('html')).toHaveAttribute('lang', locale.lang);
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(locale.heading);
			// Both days of the agenda are on the landing page.
			await expect(page.getByRole('table')).toHaveCount(2);
			await page.waitForLoadState('networkidle');
			expect(errors).toEqual([]);
		});

		test('has no WCAG 2.1 A/AA violations', async ({ page }) => {
			await page.goto(locale.home);
			await expectNoAxeViolations(page);
		});

		test('the language switch keeps the reader on the same page', async ({ page }) => {
			await page.goto(locale.home);
			const select = page.getByRole('combobox', { name: locale.lang === 'en' ? 'Select language' : '选择语言' });
			await select.locator('visible=true').selectOption({ label: locale.otherLabel });
			await expect(page).toHaveURL(locale.other);
			await expect(page.locator('html')).toHaveAttribute('lang', locale.lang === 'en' ? 'zh-CN' : 'en');
		});

		test('every sidebar link leads to a page whose title it names', async ({ page }) => {
			test.setTimeout(180_000);
			await page.goto(locale.home);
			const sidebar = page.getByRole('navigation', { name: locale.lang === 'en' ? 'Main' : '主要' });
			const links = await sidebar
				.getByRole('link')
				.evaluateAll((as) =>
					as.map((a) => ({ href: a.getAttribute('href') ?? '', text: a.textContent?.trim() ?? '' })),
				);
			expect(links.length).toBeGreaterThan(0);
			for (const link of links) {
				await page.goto(locale.home);
				await sidebar.getByRole('link', { name: link.text, exact: true }).click();
				await expect(page).toHaveURL(link.href);
				await expect(page.locator('html')).toHaveAttribute('lang', locale.lang);
				await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
			}
		});
	});
}

const searches = [
	{ home: '/', term: '鲸鱼曲线', page: '/' },
	{ home: '/en/', term: 'whale curve', page: '/en/' },
];

for (const search of searches) {
	test(`search finds "${search.term}", the overview among its results`, async ({ page }) => {
		await page.goto(search.home);
		await page.getByRole('button', { name: /搜索|Search/ }).click();
		const dialog = page.getByRole('dialog');
		await dialog.getByRole('textbox').fill(search.term);
		// The search dialog lists results (many pages now mention the term)…
		await expect(dialog.getByRole('link').first()).toBeVisible();
		// …and the overview is one of them, in this language only.
		const urls = await page.evaluate(async (term) => {
			const pagefind = await import(/* @vite-ignore */ `${location.origin}/pagefind/pagefind.js`);
			const result = await pagefind.search(term);
			return Promise.all(
				result.results.map(async (r: { data: () => Promise<{ url: string }> }) => (await r.data()).url),
			);
		}, search.term);
		expect(urls).toContain(search.page);
		expect(urls.every((u: string) => u.startsWith('/en/') === search.home.startsWith('/en/'))).toBe(true);
	});
}

// The search index can fail to load (offline before the precache is complete). The dialog then says so, in the page's
// language, and the next opening tries again, instead of leaving an empty dialog for good.
for (const { home, message, term } of [
	{ home: '/', message: '搜索索引没有加载成功', term: '鲸鱼曲线' },
	{ home: '/en/', message: 'The search index could not be loaded', term: 'whale curve' },
]) {
	test(`search that could not load says so and recovers on the next opening (${home})`, async ({ page }) => {
		await page.route('**/pagefind/pagefind.js', (route) => route.abort('internetdisconnected'));
		await page.goto(home);
		const open = page.getByRole('button', { name: /搜索|Search/ });
		await open.click();
		const dialog = page.getByRole('dialog');
		await expect(dialog.getByRole('status')).toContainText(message);
		await expect(dialog.getByRole('textbox')).toHaveCount(0);
		await page.keyboard.press('Escape');

		await page.unroute('**/pagefind/pagefind.js');
		await open.click();
		await expect(dialog.getByRole('status')).toBeHidden();
		await dialog.getByRole('textbox').fill(term);
		await expect(dialog.getByRole('link').first()).toBeVisible();
	});
}

test('unknown addresses get the bilingual 404 page', async ({ page }) => {
	const response = await page.goto('/no-such-lesson/');
	expect(response?.status()).toBe(404);
	await expect(page.getByRole('heading', { name: '找不到这一页' })).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
	await expectNoAxeViolations(page);
});
