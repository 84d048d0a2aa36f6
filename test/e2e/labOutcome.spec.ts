import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, type Locator, type Page, test } from '@playwright/test';
import type { Locale, UiKey } from '../../src/i18n/uiStrings';
import { collectErrors, expectNoAxeViolations } from './support/pageChecks';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** The site's own UI strings (read from the files: the test runner does not load JSON modules). */
function uiStrings(locale: Locale) {
	const dictionary = JSON.parse(readFileSync(`${root}src/content/i18n/${locale}.json`, 'utf8')) as Record<
		UiKey,
		string
	>;
	return (key: UiKey, values?: Record<string, string | number>) =>
		dictionary[key].replace(/\{(\w+)\}/g, (match, name: string) => String(values?.[name] ?? match));
}

interface CliRun {
	periods: { period: number; total: { profit: number } }[];
}

/** The engine's own figures for the run the test plays: status quo every round, default tiering, seed 42. */
function cliRun(): CliRun {
	const out = execFileSync(
		process.execPath,
		[
			'src/sim/cli/main.ts',
			'run',
			'--scenario',
			'ict-equipment',
			'--policy',
			'status-quo',
			'--size',
			'2000',
			'--seed',
			'42',
			'--format',
			'json',
		],
		{ cwd: root, encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 },
	);
	return JSON.parse(out) as CliRun;
}

/** A figure as the page formats it ("¥3,380,015", "-¥1,234", "4.02") back to a number. */
function parseFigure(text: string): number {
	const negative = /^[\s]*[-−]/.test(text);
	const digits = Number(text.replace(/[^\d.]/g, ''));
	return negative ? -digits : digits;
}

/** The body of a chart's data table, one array of cell texts per row, after opening it. */
async function chartTable(page: Page, title: string): Promise<string[][]> {
	const figure = page
		.locator('figure')
		.filter({ has: page.locator('figcaption', { hasText: new RegExp(`^${title}$`) }) });
	const toggle = figure.getByRole('button');
	if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
	const rows = figure.locator('table tbody tr');
	await expect(rows.first()).toBeVisible();
	return rows.evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent ?? '')));
}

async function hydrated(page: Page) {
	await page.waitForSelector('astro-island:not([ssr])');
}

async function sliderToEnd(slider: Locator) {
	await slider.focus();
	await slider.press('End');
}

const runs: { route: string; locale: Locale }[] = [
	{ route: '/labs/simulator/', locale: 'zh-CN' },
	{ route: '/en/labs/simulator/', locale: 'en' },
];

for (const { route, locale } of runs) {
	test(`the allocate, review and debrief steps on ${route} follow the engine round by round`, async ({ page }) => {
		test.setTimeout(240_000);
		const t = uiStrings(locale);
		const errors = collectErrors(page);
		const expected = cliRun();
		await page.goto(route);
		await hydrated(page);

		// Generate the CLI's portfolio and confirm the proposed default tiering with the shell's button.
		await page.getByLabel(t('lab.picker.scenario')).selectOption('ict-equipment');
		await page.getByLabel(t('lab.picker.seed')).fill('42');
		await page.getByLabel(t('lab.picker.size')).selectOption('2000');
		await page.getByRole('button', { name: t('lab.action.generate') }).click();
		const confirm = page.getByRole('button', { name: t('lab.action.confirmTiering') });
		await expect(confirm).toBeEnabled({ timeout: 30_000 });
		await confirm.click();

		const allocate = page.getByRole('region', { name: t('lab.allocate.title', { round: 1 }) });
		await expect(allocate).toBeVisible();
		const run = (round: number) => page.getByRole('button', { name: t('lab.action.runRound', { round }) });
		await expect(run(1)).toBeEnabled();
		// The forecast has been drawn and says how long it took.
		await expect(allocate.locator('[data-forecast-ms]')).toHaveAttribute('data-forecast-ms', /^\d+(\.\d)?$/, {
			timeout: 30_000,
		});

		// Every tier's visits at the end of its slider: over capacity and over budget, with the reasons, before running.
		const visits = allocate.getByRole('slider', { name: t('lab.allocate.control.visits') });
		expect(await visits.count()).toBe(3);
		for (let i = 0; i < 3; i++) await sliderToEnd(visits.nth(i));
		const problems = allocate.getByRole('heading', { name: t('lab.allocate.problemsTitle') });
		await expect(problems).toBeVisible();
		const reasons = allocate.locator('.course-allocate__problems li');
		await expect(reasons.filter({ hasText: t('resource.visits') })).toHaveCount(1);
		await expect(reasons.filter({ hasText: t('resource.budget') })).toHaveCount(1);
		await expect(run(1)).toBeDisabled();
		// The forecast says why it has nothing to draw, rather than seeming to compute for ever.
		await expect(allocate.getByText(t('lab.allocate.forecastBlocked'))).toBeVisible();
		await expectNoAxeViolations(page);

		// Back within every limit.
		const statusQuo = allocate.getByRole('button', { name: t('policy.status-quo'), exact: true });
		await statusQuo.click();
		await expect(problems).toBeHidden();
		await expect(run(1)).toBeEnabled();
		await expect(allocate.getByText(t('lab.allocate.forecastBlocked'))).toBeHidden();

		let previous: string[][] = [];
		for (let round = 1; round <= 4; round++) {
			if (round > 1) {
				await page.getByRole('button', { name: t('lab.action.nextRound') }).click();
				const panel = page.getByRole('region', { name: t('lab.allocate.title', { round }) });
				await expect(panel).toBeVisible();
				await panel.getByRole('button', { name: t('policy.status-quo'), exact: true }).click();
			}
			await run(round).click();
			const review = page.getByRole('region', { name: t('lab.review.title', { round, rounds: 4 }) });
			await expect(review).toBeVisible({ timeout: 30_000 });

			// The profit table grows by one round's periods and matches the engine's figures for the same seed.
			const profit = await chartTable(page, t('lab.outcome.profitTitle'));
			expect(profit).toHaveLength(round * 3);
			expect(profit).not.toEqual(previous);
			previous = profit;
			profit.forEach(([period, value], i) => {
				const engine = expected.periods[i];
				expect(Number(period)).toBe(engine?.period);
				// The CLI's decisions file keeps four decimals of each amount, which moves profit by a few hundred yuan.
				expect(Math.abs(parseFigure(value ?? '') - (engine?.total.profit ?? 0))).toBeLessThan(
					2e-4 * Math.abs(engine?.total.profit ?? 0),
				);
			});
			// The satisfaction table changes too, and lists the events in their own column.
			const satisfaction = await chartTable(page, t('lab.outcome.satisfaction'));
			expect(satisfaction).toHaveLength(round * 3);
			if (round >= 2) expect(satisfaction[3]?.at(-1)).toBe(t('event.competitorEntry.name'));

			if (round === 1) {
				await expect(review.getByRole('heading', { name: t('lab.review.changesTitle') })).toBeVisible();
				await expect(review.getByText(t('lab.review.noEvents'))).toBeVisible();
				// Explain this number: the score's weighted sum, computed by the engine.
				await review.getByLabel(t('lab.review.explain.pick')).selectOption('score');
				await expect(review.getByText(t('lab.review.explain.scoreFormula'))).toBeVisible();
				await page.getByRole('button', { name: t('lab.outcome.compare') }).click();
				await expect(
					page.locator('figcaption', { hasText: new RegExp(`^${t('lab.outcome.scoreTitle')}$`) }),
				).toBeVisible({ timeout: 60_000 });
				await expectNoAxeViolations(page);
			}
			if (round === 2) {
				await expect(review.getByText(t('event.competitorEntry.name'))).toBeVisible();
			}
		}

		await page.getByRole('button', { name: t('lab.action.debrief') }).click();
		const debrief = page.getByRole('region', { name: t('lab.debrief.title') });
		await expect(debrief).toBeVisible();
		const comparison = debrief.getByRole('table', { name: t('lab.debrief.referencesCaption', { played: 4 }) });
		await expect(comparison).toBeVisible({ timeout: 60_000 });
		const rowNames = await comparison
			.locator('tbody th')
			.evaluateAll((ths) => ths.map((th) => th.firstChild?.textContent ?? ''));
		expect(rowNames).toEqual([
			t('lab.outcome.yours'),
			t('policy.status-quo'),
			t('policy.uniform'),
			t('policy.value-proportional'),
			t('policy.needs-based'),
			t('policy.none'),
		]);
		// The learner played the status quo, so the two rows score the same.
		const scores = await comparison
			.locator('tbody tr')
			.evaluateAll((trs) => trs.map((tr) => tr.children[1]?.textContent));
		expect(scores[0]).toBe(scores[1]);
		await expect(debrief.getByRole('heading', { name: t('lab.debrief.questionsTitle') })).toBeVisible();
		await expect(page.locator('figcaption', { hasText: new RegExp(`^${t('lab.outcome.scoreTitle')}$`) })).toBeVisible();
		await expectNoAxeViolations(page);
		expect(errors).toEqual([]);
	});
}
