import { expect, test } from '@playwright/test';
import { collectErrors, expectNoAxeViolations } from './support/pageChecks';
import { expectWorkedExample } from './support/workedExample';

/** Lectures 5–8 in both languages, with the diagrams each one must show (by their accessible names). */
const lectures = [
	{
		slug: '05-service-models',
		zh: { title: '第五讲 服务模式与升级路径', diagrams: ['服务方式的演进：直销 → 分销 → 生态'] },
		en: {
			title: 'Lecture 5: Service models and upgrade paths',
			diagrams: ['How service delivery evolves: direct sales → distribution → ecosystem'],
		},
	},
	{
		slug: '06-iron-triangle',
		zh: { title: '第六讲 铁三角中的服务关键', diagrams: ['铁三角：三个角色，围绕同一个客户'] },
		en: {
			title: 'Lecture 6: The iron triangle in service',
			diagrams: ['The iron triangle: three roles around one customer'],
		},
	},
	{
		slug: '07-service-skills',
		zh: { title: '第七讲 服务技能与服务素养', diagrams: ['三类客户群与所需的服务技能'] },
		en: {
			title: 'Lecture 7: Service skills and professionalism',
			diagrams: ['Three customer groups and the service skills they need'],
		},
	},
	{
		slug: '08-managers-and-incentives',
		zh: { title: '第八讲 干部历练与机制管理', diagrams: ['服务激励的组合：时间跨度 × 激励对象'] },
		en: {
			title: 'Lecture 8: Managers, incentives and mechanisms',
			diagrams: ['The service incentive mix: time horizon × who is rewarded'],
		},
	},
];

const locales = [
	{
		key: 'zh',
		prefix: '/lectures/',
		lang: 'zh-CN',
		headings: ['学习目标', '模拟练习', '要点回顾'],
	},
	{
		key: 'en',
		prefix: '/en/lectures/',
		lang: 'en',
		headings: ['Learning objectives', 'Simulation exercise', 'Key takeaways'],
	},
] as const;

for (const lecture of lectures) {
	for (const locale of locales) {
		const page = lecture[locale.key];
		const url = `${locale.prefix}${lecture.slug}/`;

		test.describe(`${url}`, () => {
			test('has its title, the lesson sections in order and no console errors', async ({ page: browser }) => {
				const errors = collectErrors(browser);
				await browser.goto(url);
				await expect(browser.locator('html')).toHaveAttribute('lang', locale.lang);
				await expect(browser.getByRole('heading', { level: 1 })).toHaveText(page.title);
				const h2 = await browser.locator('.sl-markdown-content h2').allTextContents();
				const positions = locale.headings.map((heading) => h2.findIndex((text) => text.trim() === heading));
				expect(
					positions.every((position) => position >= 0),
					`sections ${locale.headings.join(', ')}`,
				).toBe(true);
				expect([...positions].sort((a, b) => a - b)).toEqual(positions);
				await expectWorkedExample(browser, locale.lang);
				await browser.waitForLoadState('networkidle');
				expect(errors).toEqual([]);
			});

			test('shows its diagrams as named images with a description', async ({ page: browser }) => {
				await browser.goto(url);
				for (const name of page.diagrams) {
					const diagram = browser.getByRole('img', { name, exact: true });
					await expect(diagram).toBeVisible();
					await expect(diagram).toHaveAccessibleDescription(/\S{10,}/);
					// The diagram scales to the column instead of overflowing it.
					const box = await diagram.boundingBox();
					const column = await browser.locator('.sl-markdown-content').boundingBox();
					expect(box && column && box.width <= column.width + 1).toBe(true);
					// Line breaks are estimated at build time; every rendered line must still fit inside the drawing.
					const overflowing = await diagram.evaluate((svg) => {
						const view = (svg as SVGSVGElement).viewBox.baseVal;
						return [...svg.querySelectorAll('text')]
							.filter((text) => {
								const b = text.getBBox();
								return b.x < 0 || b.y < 0 || b.x + b.width > view.width || b.y + b.height > view.height;
							})
							.map((text) => text.textContent);
					});
					expect(overflowing).toEqual([]);
				}
			});

			test('has no WCAG 2.1 A/AA violations in light or dark mode', async ({ page: browser }) => {
				await browser.goto(url);
				await expectNoAxeViolations(browser);
				await browser.evaluate(() => {
					document.documentElement.dataset.theme =
						document.documentElement.dataset.theme === 'light' ? 'dark' : 'light';
				});
				await expectNoAxeViolations(browser);
			});
		});
	}
}
