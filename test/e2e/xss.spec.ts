import { expect, type Page, test } from '@playwright/test';
import { uiStrings } from '../../src/i18n/uiStrings.ts';
import { encodeShareCode } from '../../src/sim/workshop/shareCode.ts';
import { SESSION_CODE_KIND, SESSION_CODE_VERSION, sessionCode } from '../../src/sim/workshop/workshopSession.ts';
import { collectErrors } from './support/pageChecks.ts';

// Markup fed through every import path is shown as text and never runs: file names, column headers and cells of the
// analyzer, team names and damaged content in workshop links, codes and files. (The progress file import and the
// facilitator → team → debrief flow have their own payload checks in progress.spec.ts and workshop.spec.ts.)
const t = uiStrings('en');
const payload = (n: number) => `<img src=x onerror="window.__xss=${n}">`;

async function expectInert(page: Page, errors: string[]) {
	expect(await page.evaluate(() => (window as { __xss?: number }).__xss)).toBeUndefined();
	expect(await page.locator('main img[src="x"]').count()).toBe(0);
	expect(errors).toEqual([]);
}

async function openIsland(page: Page, route: string, host: string) {
	await page.goto(route);
	await page.locator(host).scrollIntoViewIfNeeded();
	await page.waitForSelector('astro-island:not([ssr])');
}

test('analyzer: markup in a file name, a header, customer ids and bad rows stays text', async ({ page }) => {
	const errors = collectErrors(page);
	await openIsland(page, '/en/labs/analyzer/', '.course-analyzer-host');
	const rows = [`customer,date,amount,${payload(1)}`];
	for (let i = 0; i < 30; i++)
		rows.push(`${i % 3 === 0 ? payload(2) : `C${i}`},2024-0${1 + (i % 9)}-1${i % 10},${100 + i},x`);
	rows.push(`${payload(3)},not a date,12,x`);
	await page.getByLabel(t('analyzer.load.file')).setInputFiles({
		name: `${payload(4)}.csv`,
		mimeType: 'text/csv',
		buffer: Buffer.from(rows.join('\n')),
	});
	await expect(page.getByText(`${payload(4)}.csv`, { exact: false }).first()).toBeVisible();
	await expect(page.locator('select option', { hasText: payload(1) }).first()).toBeAttached();
	await page.getByRole('button', { name: t('analyzer.map.check') }).click();
	// The bad row is listed with its content as text.
	await expect(page.getByText('not a date').first()).toBeVisible();
	await expectInert(page, errors);
});

test('team page: a session whose team names are markup shows them as text', async ({ page }) => {
	const errors = collectErrors(page);
	const code = sessionCode({
		scenario: 'ict-equipment',
		seed: 7,
		size: 300,
		rounds: 2,
		mode: 'expected',
		events: [],
		teams: [payload(5), `"><script>window.__xss=6</script>`],
		minutesPerRound: 10,
	});
	await openIsland(page, `/en/workshop/team/#s=${code}`, '.course-workshop-host');
	await expect(page.getByRole('radio', { name: payload(5) })).toBeVisible();
	await expect(page.getByRole('radio', { name: `"><script>window.__xss=6</script>` })).toBeVisible();
	await expectInert(page, errors);
});

test('team page: a link whose content is markup is refused with its reason, as text', async ({ page }) => {
	const errors = collectErrors(page);
	// A well-formed code around content that is not a session: the schema check names what is wrong.
	const code = encodeShareCode(SESSION_CODE_KIND, SESSION_CODE_VERSION, { scenario: payload(7) });
	await openIsland(page, `/en/workshop/team/#s=${code}`, '.course-workshop-host');
	await expect(page.getByRole('alert')).toContainText(t('workshop.team.badLink'));
	await page.getByLabel(t('workshop.team.pasteLabel')).fill(`${payload(8)}#s=${payload(9)}`);
	await page.getByRole('button', { name: t('workshop.team.pasteButton') }).click();
	await expect(page.getByRole('alert')).toBeVisible();
	await expectInert(page, errors);
});

test('debrief: a file named with markup, holding markup, is refused and named as text', async ({ page }) => {
	const errors = collectErrors(page);
	await openIsland(page, '/en/workshop/debrief/', '.course-workshop-host');
	await page.locator('input[type=file]').setInputFiles({
		name: `${payload(10)}.json`,
		mimeType: 'application/json',
		buffer: Buffer.from(JSON.stringify({ format: payload(11), version: 1, team: payload(12) })),
	});
	await expect(page.locator('.workshop-log__bad').first()).toContainText(`${payload(10)}.json`);
	await page.getByLabel(t('workshop.debrief.pasteLabel')).fill(`t1.${payload(13)}`);
	await page.getByRole('button', { name: t('workshop.debrief.pasteButton') }).click();
	await expect(page.locator('.workshop-log__bad')).toHaveCount(2);
	await expect(page.getByRole('table', { name: t('workshop.debrief.leaderboard') })).toHaveCount(0);
	await expectInert(page, errors);
});
