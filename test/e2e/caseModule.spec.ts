import { expect, test } from '@playwright/test';
import { collectErrors, expectNoAxeViolations } from './support/pageChecks';

/** The case-module, method and glossary pages, with the accessible names of the diagrams each one must show. */
const pages: { path: string; diagrams: { zh: string; en: string }[] }[] = [
	{
		path: 'cases/tiering-dimensions/',
		diagrams: [{ zh: '客户价值评估模型的四个层面', en: 'The four dimensions of the customer value-assessment model' }],
	},
	{ path: 'cases/tier-strategies/', diagrams: [] },
	{ path: 'cases/implementation-and-kpis/', diagrams: [] },
	{ path: 'cases/challenges/', diagrams: [] },
	{ path: 'cases/case-ecommerce/', diagrams: [] },
	{ path: 'cases/case-bank/', diagrams: [] },
	{ path: 'cases/case-chain/', diagrams: [] },
	{ path: 'cases/case-retailer/', diagrams: [] },
	{
		path: 'methods/four-step-positioning/',
		diagrams: [{ zh: '客户定位四步法', en: 'The four-step method of customer positioning' }],
	},
	{
		path: 'methods/needs-based-segmentation/',
		diagrams: [{ zh: '五类需求细分群的客户占比', en: 'Shares of the five needs segments' }],
	},
	{
		path: 'methods/insight-to-execution/',
		diagrams: [{ zh: '客户管理的四个环节', en: 'The four links of customer management' }],
	},
	{ path: 'reference/glossary/', diagrams: [] },
];

const locales = [
	{ lang: 'zh-CN', prefix: '/', key: 'zh' },
	{ lang: 'en', prefix: '/en/', key: 'en' },
] as const;

for (const locale of locales) {
	for (const page of pages) {
		const url = `${locale.prefix}${page.path}`;
		test(`${url} renders in ${locale.lang}, with its diagrams and no WCAG 2.1 A/AA violations`, async ({
			page: tab,
		}) => {
			const errors = collectErrors(tab);
			const response = await tab.goto(url);
			expect(response?.status()).toBe(200);
			await expect(tab.locator('html')).toHaveAttribute('lang', locale.lang);
			await expect(tab.getByRole('heading', { level: 1 })).toBeVisible();
			for (const diagram of page.diagrams) {
				const img = tab.getByRole('img', { name: diagram[locale.key] });
				await expect(img).toBeVisible();
				// The text alternative is the whole content of the picture, not a repeat of its name.
				expect((await img.getAttribute('aria-describedby')) ?? '').not.toBe('');
			}
			await expectNoAxeViolations(tab);
			expect(errors).toEqual([]);
		});
	}
}

test('the glossary marks the other-language term with its language in both versions', async ({ page }) => {
	await page.goto('/reference/glossary/');
	await expect(page.locator('table span[lang="en"]').first()).toHaveText('customer classification / segmentation');
	await page.goto('/en/reference/glossary/');
	await expect(page.locator('table span[lang="zh-CN"]').first()).toHaveText('客户分类 / 客户细分');
});
