import { expect, test } from '@playwright/test';
import { collectErrors, expectNoAxeViolations } from './support/pageChecks';
import { expectWorkedExample } from './support/workedExample';

/** Lectures 1–4 in both locales, with the diagrams each page must show (by accessible name). */
const lectures = [
	{
		slug: '01-marketing-and-service-strategy',
		zh: { title: '第一讲 营销升级与服务策略', diagrams: [] as string[] },
		en: { title: 'Lecture 1: Marketing upgrade and service strategy', diagrams: [] as string[] },
	},
	{
		slug: '02-customer-insight',
		zh: { title: '第二讲 客户透视与服务方向', diagrams: ['价值—潜力矩阵', '三层对接'] },
		en: {
			title: 'Lecture 2: Customer insight and service direction',
			diagrams: ['Value × potential matrix', 'Three-layer contact'],
		},
	},
	{
		slug: '03-customer-relationships',
		zh: { title: '第三讲 客户关系与服务策略', diagrams: ['客户金字塔'] },
		en: { title: 'Lecture 3: Customer relationships and service strategy', diagrams: ['The customer pyramid'] },
	},
	{
		slug: '04-service-strategy-and-control',
		zh: { title: '第四讲 服务策略与管控要点', diagrams: ['服务全流程：九步八环（本课程的梳理）'] },
		en: {
			title: 'Lecture 4: Service strategy and control points',
			diagrams: ["The service process: nine steps, eight links (the course's rendering)"],
		},
	},
];

const locales = [
	{ lang: 'zh-CN', key: 'zh', prefix: '/', headings: ['学习目标', '模拟练习', '要点回顾'] },
	{ lang: 'en', key: 'en', prefix: '/en/', headings: ['Learning objectives', 'Simulation exercise', 'Key takeaways'] },
] as const;

for (const locale of locales) {
	for (const lecture of lectures) {
		const page_ = lecture[locale.key];
		const url = `${locale.prefix}lectures/${lecture.slug}/`;

		test.describe(`${url}`, () => {
			test('has its title, the standard sections and its diagrams, without console errors', async ({ page }) => {
				const errors = collectErrors(page);
				await page.goto(url);
				await expect(page.locator('html')).toHaveAttribute('lang', locale.lang);
				await expect(page.getByRole('heading', { level: 1 })).toHaveText(page_.title);
				for (const heading of locale.headings) {
					await expect(page.getByRole('heading', { level: 2, name: heading, exact: true })).toBeVisible();
				}
				await expectWorkedExample(page, locale.lang);
				for (const name of page_.diagrams) {
					const diagram = page.getByRole('img', { name, exact: true });
					await expect(diagram).toBeVisible();
					// The description carries the diagram's content for screen-reader users.
					await expect(diagram).toHaveAccessibleDescription(/\S{20,}|(\S+\s){10,}/);
				}
				await page.waitForLoadState('networkidle');
				expect(errors).toEqual([]);
			});

			test('has no WCAG 2.1 A/AA violations', async ({ page }) => {
				await page.goto(url);
				await expectNoAxeViolations(page);
			});
		});
	}
}

test('diagram text stays inside the diagram at a narrow column', async ({ page }) => {
	await page.setViewportSize({ width: 390, height: 844 });
	for (const url of ['/en/lectures/02-customer-insight/', '/en/lectures/04-service-strategy-and-control/']) {
		await page.goto(url);
		const overflow = await page.locator('figure svg').evaluateAll((svgs) =>
			svgs.flatMap((svg) => {
				const box = (svg as SVGSVGElement).getBBox();
				const view = (svg as SVGSVGElement).viewBox.baseVal;
				return box.x < view.x - 1 || box.x + box.width > view.x + view.width + 1
					? [svg.getAttribute('aria-labelledby')]
					: [];
			}),
		);
		expect(overflow).toEqual([]);
	}
});
