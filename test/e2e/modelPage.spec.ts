import { expect, type Page, test } from '@playwright/test';
import { collectErrors, expectNoAxeViolations } from './support/pageChecks';

/** The two reference pages on the model, in both languages, with the names their tables are found by. */
const locales = [
	{
		lang: 'zh-CN',
		model: { url: '/reference/how-the-model-works/', title: '模型是怎样运作的' },
		decisions: { url: '/reference/decisions-file/', title: '决策文件格式' },
		seedsTable: /种子 1–20 的 20 个组合/,
		scenariosTable: /各场景：种子 1–20 的中位数/,
		churnTable: '各场景的流失曲线',
		closingTable: /最优解与各参考政策的得分/,
		closingDetail: /ICT 设备制造商.*全部政策/,
		closingComparison: /ICT 设备制造商.*各政策的预算占用/,
		closingAllocation: /ICT 设备制造商.*最优解每一层的平均分配/,
	},
	{
		lang: 'en',
		model: { url: '/en/reference/how-the-model-works/', title: 'How the model works' },
		decisions: { url: '/en/reference/decisions-file/', title: 'The decisions file' },
		seedsTable: /20 portfolios, seeds 1–20/,
		scenariosTable: /Every scenario: medians over seeds 1–20/,
		churnTable: 'Churn curve of each scenario',
		closingTable: /Scores of the optimum and the reference policies/,
		closingDetail: /^ICT.*every policy/,
		closingComparison: /^ICT.*budget used, value and score by policy/,
		closingAllocation: /^ICT.*the optimum’s mean allocation per tier|^ICT.*the optimum's mean allocation per tier/,
	},
] as const;

const percentage = /^-?\d+(\.\d+)?\s?%/;

/**
 * Checks a page in light mode and again in dark mode. These pages are long (hundreds of MathML and table nodes), so
 * two axe runs take far longer than a lesson's.
 */
async function expectAccessibleInBothThemes(page: Page) {
	test.setTimeout(120_000);
	await expectNoAxeViolations(page);
	await page.evaluate(() => {
		document.documentElement.dataset.theme = document.documentElement.dataset.theme === 'light' ? 'dark' : 'light';
	});
	await expectNoAxeViolations(page);
}

for (const locale of locales) {
	test.describe(locale.model.url, () => {
		test('renders its equations as MathML, with no console errors', async ({ page }) => {
			const errors = collectErrors(page);
			await page.goto(locale.model.url);
			await expect(page.locator('html')).toHaveAttribute('lang', locale.lang);
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(locale.model.title);
			const content = page.locator('.sl-markdown-content');
			expect(await content.locator('math').count()).toBeGreaterThan(40);
			// The response curve is a displayed equation whose TeX source travels with it for assistive technology.
			const response = content.locator('.course-equation math', { has: page.locator('mfrac') }).first();
			await expect(response).toHaveAttribute('display', 'block');
			await expect(response.locator('annotation')).toHaveText(/\\frac/);
			// No equation is wider than the column.
			const overflowing = await content
				.locator('.course-equation')
				.evaluateAll((blocks) => blocks.filter((b) => b.scrollWidth > b.clientWidth + 1).length);
			expect(overflowing).toBe(0);
			await page.waitForLoadState('networkidle');
			expect(errors).toEqual([]);
		});

		test('shows the calibration figures computed by the engine', async ({ page }) => {
			await page.goto(locale.model.url);
			const seeds = page.getByRole('table', { name: locale.seedsTable });
			await expect(seeds.locator('tbody tr')).toHaveCount(5);
			// Median column: five percentages; the 80/20 median lies within a few points of 80%.
			const medians = await seeds.locator('tbody tr td:nth-child(3)').allTextContents();
			for (const text of medians) expect(text.trim()).toMatch(percentage);
			const top20 = Number.parseFloat(medians[0] ?? '');
			expect(top20).toBeGreaterThan(74);
			expect(top20).toBeLessThan(87);

			const perScenario = page.getByRole('table', { name: locale.scenariosTable });
			expect(await perScenario.locator('tbody tr').count()).toBeGreaterThanOrEqual(6);
			for (const cell of await perScenario.locator('tbody td.course-number').allTextContents()) {
				expect(cell.trim()).toMatch(percentage);
			}

			const churn = page.getByRole('table', { name: locale.churnTable });
			expect(await churn.locator('tbody tr').count()).toBeGreaterThanOrEqual(6);
		});

		test('shows the closing table: the optimum above the best reference, above the status quo, above no service', async ({
			page,
		}) => {
			await page.goto(locale.model.url);
			const summary = page.getByRole('table', { name: locale.closingTable });
			await expect(summary.locator('tbody tr')).toHaveCount(8);
			const score = (text: string) => Number.parseFloat(text.trim());
			for (const row of await summary.locator('tbody tr').all()) {
				const [optimum, best, statusQuo, none] = (await row.locator('td').allTextContents()).map(score);
				// What the course claims of every scenario: the rules it teaches beat today's service, and a determined
				// search finds more, but not by an order of magnitude; doing nothing is far behind.
				expect(optimum).toBeGreaterThanOrEqual(best as number);
				expect(best).toBeGreaterThan(statusQuo as number);
				expect(statusQuo).toBeGreaterThan((none as number) + 40);
			}
			// A scenario's fold holds every policy and the optimum's allocation for each of the three tiers.
			await page.getByText(locale.closingDetail).click();
			await expect(page.getByRole('table', { name: locale.closingComparison }).locator('tbody tr')).toHaveCount(6);
			await expect(page.getByRole('table', { name: locale.closingAllocation }).locator('tbody tr')).toHaveCount(3);
		});

		test('has no WCAG 2.1 A/AA violations in light or dark mode', async ({ page }) => {
			await page.goto(locale.model.url);
			await expectAccessibleInBothThemes(page);
		});
	});

	test.describe(locale.decisions.url, () => {
		test('shows a generated decisions file, the schema and a link to it, with no console errors', async ({ page }) => {
			const errors = collectErrors(page);
			await page.goto(locale.decisions.url);
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(locale.decisions.title);
			const code = page.locator('.sl-markdown-content pre');
			await expect(code.filter({ hasText: '"method": "strategicKeyOrdinary"' })).toHaveCount(1);
			await expect(code.filter({ hasText: '"$schema": "https://json-schema.org/draft/2020-12/schema"' })).toHaveCount(
				1,
			);
			await expect(page.locator('.sl-markdown-content a[href="/decisions.schema.json"]')).toHaveCount(1);
			await page.waitForLoadState('networkidle');
			expect(errors).toEqual([]);
		});

		test('has no WCAG 2.1 A/AA violations in light or dark mode', async ({ page }) => {
			await page.goto(locale.decisions.url);
			await expectAccessibleInBothThemes(page);
		});
	});
}

test('/decisions.schema.json is served as a JSON Schema', async ({ request }) => {
	const response = await request.get('/decisions.schema.json');
	expect(response.ok()).toBe(true);
	expect(response.headers()['content-type']).toMatch(/json/);
	const schema = JSON.parse(await response.text());
	expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
	expect(schema.required).toEqual(expect.arrayContaining(['version', 'scenario', 'tiering', 'rounds']));
	expect(schema.properties.rounds.items.properties.allocation.additionalProperties.properties).toHaveProperty(
		'kamHours',
	);
});
