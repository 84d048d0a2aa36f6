import { readdirSync, readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { collectErrors, expectNoAxeViolations } from './support/pageChecks';

/** The scenario files themselves: the guide must list every one, so a scenario added later is checked too. */
interface ScenarioFile {
	id: string;
	title: Record<'zh-CN' | 'en', string>;
	rounds: number;
	events: { round: number }[];
	scoring: { value: number; topTierSatisfaction: number; mvcRetention: number };
	objectives: Record<'zh-CN' | 'en', string[]>;
	debriefQuestions: Record<'zh-CN' | 'en', string[]>;
}
const scenarioDir = new URL('../../src/content/scenarios/', import.meta.url);
const scenarios: ScenarioFile[] = readdirSync(scenarioDir)
	.filter((file) => file.endsWith('.json'))
	.map((file) => JSON.parse(readFileSync(new URL(file, scenarioDir), 'utf8')));

const locales = [
	{
		lang: 'zh-CN',
		prefix: '/instructor/',
		sidebar: '主要',
		facilitation: '带班要点',
		titles: { agenda: '两天课程安排', scenarios: '带领模拟场景', worksheets: '工作表', platform: '在学习平台上开课' },
		worksheets: ['工作表 A：客户分级', '工作表 B：本轮配置计划', '工作表 C：回合复盘', '工作表 D：复盘与行动计划'],
	},
	{
		lang: 'en',
		prefix: '/en/instructor/',
		sidebar: 'Main',
		facilitation: 'Facilitation notes',
		titles: {
			agenda: 'The two-day agenda',
			scenarios: 'Running the scenarios',
			worksheets: 'Worksheets',
			platform: 'Running the course on a learning platform',
		},
		worksheets: [
			'Worksheet A: Tiering',
			'Worksheet B: Allocation plan for the round',
			'Worksheet C: Round review',
			'Worksheet D: Debrief and action plan',
		],
	},
] as const;

const slugs = {
	agenda: 'two-day-agenda',
	scenarios: 'running-scenarios',
	worksheets: 'worksheets',
	platform: 'learning-platform',
} as const;

/** The SCORM data elements the package writes (every `set`/`setChanged` call in its session code). */
const scormSession = readFileSync(new URL('../../src/scorm/scormSession.ts', import.meta.url), 'utf8');
const writtenElements = [...scormSession.matchAll(/\bset(?:Changed)?\('(cmi\.[a-z_.]+)'/g)].map((m) => m[1]).sort();

/** Switches Starlight's theme the way its theme picker does, so axe sees both colour schemes. */
async function setTheme(page: Page, theme: 'light' | 'dark') {
	await page.evaluate((value) => {
		document.documentElement.dataset.theme = value;
	}, theme);
}

for (const locale of locales) {
	for (const key of Object.keys(slugs) as (keyof typeof slugs)[]) {
		const url = `${locale.prefix}${slugs[key]}/`;

		test.describe(url, () => {
			test('renders in its language with its title and no console errors', async ({ page }) => {
				const errors = collectErrors(page);
				await page.goto(url);
				await expect(page.locator('html')).toHaveAttribute('lang', locale.lang);
				await expect(page.getByRole('heading', { level: 1 })).toHaveText(locale.titles[key]);
				await page.waitForLoadState('networkidle');
				expect(errors).toEqual([]);
			});

			test('has no WCAG 2.1 A/AA violations in light or dark mode', async ({ page }) => {
				test.slow();
				await page.goto(url);
				for (const theme of ['light', 'dark'] as const) {
					await setTheme(page, theme);
					await expectNoAxeViolations(page);
				}
			});
		});
	}

	test.describe(`${locale.prefix}${slugs.platform}/`, () => {
		const url = `${locale.prefix}${slugs.platform}/`;

		test('names in its table every SCORM element the package writes, and no other', async ({ page }) => {
			await page.goto(url);
			const table = page.getByRole('table').first();
			const named = (await table.locator('tbody td:first-child code').allTextContents()).sort();
			expect(writtenElements.length).toBeGreaterThan(5);
			expect(named).toEqual(writtenElements);
		});

		for (const viewport of [
			{ width: 390, height: 844 },
			{ width: 1920, height: 1080 },
		]) {
			test(`has no axe violations at ${viewport.width}×${viewport.height} in light or dark mode`, async ({ page }) => {
				test.slow();
				await page.setViewportSize(viewport);
				await page.goto(url);
				for (const theme of ['light', 'dark'] as const) {
					await setTheme(page, theme);
					await expectNoAxeViolations(page);
				}
				await page.screenshot({ path: test.info().outputPath(`${locale.lang}-${viewport.width}.png`), fullPage: true });
			});
		}
	});

	test.describe(`${locale.prefix}${slugs.scenarios}/ scenario guide`, () => {
		test('lists every scenario file in the overview and in a section of its own', async ({ page }) => {
			await page.goto(`${locale.prefix}${slugs.scenarios}/`);
			expect(scenarios.length).toBeGreaterThan(0);
			const overview = page
				.getByRole('table')
				.filter({ has: page.locator('caption') })
				.first();
			await expect(overview.getByRole('row')).toHaveCount(scenarios.length + 1);
			await expect(page.locator('[data-scenario]')).toHaveCount(scenarios.length);
			for (const scenario of scenarios) {
				const title = scenario.title[locale.lang];
				await expect(overview.getByRole('link', { name: title, exact: true })).toHaveAttribute(
					'href',
					`#scenario-${scenario.id}`,
				);
				const section = page.getByRole('region', { name: title, exact: true });
				await expect(section.getByRole('heading', { level: 3 })).toHaveText(title);
				// Every scenario has the instructor's own notes, not only the facts from its file.
				await expect(section.getByRole('heading', { level: 4, name: locale.facilitation })).toBeVisible();
			}
		});

		test('takes each scenario’s events, objectives, weights and debrief questions from its file', async ({ page }) => {
			await page.goto(`${locale.prefix}${slugs.scenarios}/`);
			for (const scenario of scenarios) {
				const section = page.locator(`[data-scenario="${scenario.id}"]`);
				// One row per round, and one per extra event when a round has several.
				const eventRows = Array.from({ length: scenario.rounds }, (_, index) =>
					Math.max(1, scenario.events.filter((event) => event.round === index + 1).length),
				).reduce((sum, rows) => sum + rows, 0);
				await expect(section.locator('.scenario-guide-events tbody tr')).toHaveCount(eventRows);
				// The section's own lists (not the notes inside it): objectives first, debrief questions last, in file order.
				await expect(section.locator(':scope > ul > li')).toHaveText(scenario.objectives[locale.lang]);
				await expect(section.locator(':scope > ol > li')).toHaveText(scenario.debriefQuestions[locale.lang]);
				for (const part of ['value', 'topTierSatisfaction', 'mvcRetention'] as const) {
					await expect(section.locator(`tr[data-weight="${part}"] td`).first()).toHaveText(
						`${Math.round(scenario.scoring[part] * 100)}%`,
					);
				}
			}
		});
	});

	test.describe(`${locale.prefix}${slugs.worksheets}/ in print`, () => {
		test('prints the four worksheets alone, one per page, without the site’s header and sidebar', async ({ page }) => {
			await page.goto(`${locale.prefix}${slugs.worksheets}/`);
			const header = page.getByRole('banner');
			// The nav element itself has no box (its pane is fixed), so its first link stands for it.
			const sidebar = page.getByRole('navigation', { name: locale.sidebar }).getByRole('link').first();
			await expect(header).toBeVisible();
			await expect(sidebar).toBeVisible();
			await expect(page.getByRole('combobox').first()).toBeVisible();

			await page.emulateMedia({ media: 'print' });
			await expect(header).toBeHidden();
			await expect(sidebar).toBeHidden();
			await expect(page.getByRole('heading', { level: 1 })).toBeHidden();
			// The theme and language selects are the page's only comboboxes; none may show on paper.
			await expect(page.getByRole('combobox')).toHaveCount(0);
			const sheets = page.locator('.worksheet');
			await expect(sheets).toHaveCount(locale.worksheets.length);
			for (const [index, title] of locale.worksheets.entries()) {
				await expect(sheets.nth(index).getByRole('heading', { level: 2 })).toHaveText(title);
				const breakBefore = await sheets.nth(index).evaluate((sheet) => getComputedStyle(sheet).breakBefore);
				expect(breakBefore).toBe(index === 0 ? 'auto' : 'page');
			}
		});

		test('labels every blank cell with a column header', async ({ page }) => {
			await page.goto(`${locale.prefix}${slugs.worksheets}/`);
			const unlabelled = await page.locator('.worksheet table').evaluateAll((tables) =>
				tables.flatMap((table) =>
					[...table.querySelectorAll('tbody td')]
						.filter((cell) => {
							const column = (cell as HTMLTableCellElement).cellIndex;
							const header = table.querySelectorAll('thead th')[column];
							return !header?.textContent?.trim();
						})
						.map((cell) => cell.closest('table')?.querySelector('caption')?.textContent ?? '(no caption)'),
				),
			);
			expect(unlabelled).toEqual([]);
		});
	});
}
