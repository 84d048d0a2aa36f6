import { expect, type Page, test } from '@playwright/test';
import { uiStrings } from '../../src/i18n/uiStrings.ts';
import { teamResultCode } from '../../src/sim/workshop/teamResult.ts';
import { sessionCode } from '../../src/sim/workshop/workshopSession.ts';
import { honestResult, session } from '../unit/workshop/workshopFixtures.ts';
import { collectErrors } from './support/pageChecks.ts';

// localStorage blocked (private mode, strict policies), full, holding damaged saves, or saves of an older format: every
// island keeps working in memory and says what happened; the page never goes blank. (The progress store's own cases are
// in progress.spec.ts.)
const t = uiStrings('en');
const LAB_PREFIX = 'course-lab:v1:';

/** Makes `window.localStorage` throw, as browsers do when storage is blocked. */
async function blockStorage(page: Page) {
	await page.addInitScript(() => {
		Object.defineProperty(window, 'localStorage', {
			get() {
				throw new DOMException('The operation is insecure.', 'SecurityError');
			},
		});
	});
}

/** Storage that reads but refuses every write of the course's own keys, as a full quota does. */
async function fillStorage(page: Page) {
	await page.addInitScript(() => {
		const setItem = Storage.prototype.setItem;
		Storage.prototype.setItem = function (key: string, value: string) {
			if (key.startsWith('course-lab')) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
			setItem.call(this, key, value);
		};
	});
}

async function startLab(page: Page) {
	await page.goto('/en/labs/simulator/');
	await page.locator('.course-lab-host').scrollIntoViewIfNeeded();
	await page.waitForSelector('astro-island:not([ssr])');
	await page.getByLabel(t('lab.picker.size')).selectOption('500');
	await page.getByRole('button', { name: t('lab.action.generate') }).click();
	const confirm = page.getByRole('button', { name: t('lab.action.confirmTiering') });
	await expect(confirm).toBeEnabled({ timeout: 30_000 });
	await confirm.click();
	await expect(page.getByRole('button', { name: t('lab.action.runRound', { round: 1 }) })).toBeVisible();
}

for (const { name, setup } of [
	{ name: 'blocked', setup: blockStorage },
	{ name: 'full', setup: fillStorage },
]) {
	test(`lab with storage ${name}: says saving is off and plays a round in memory`, async ({ page }) => {
		const errors = collectErrors(page);
		await setup(page);
		await startLab(page);
		await expect(page.getByText(t('lab.notice.storageOff'))).toBeVisible();
		await page.getByRole('button', { name: t('lab.action.runRound', { round: 1 }) }).click();
		await expect(page.getByRole('button', { name: t('lab.action.nextRound') })).toBeVisible({ timeout: 30_000 });
		expect(errors).toEqual([]);
	});
}

for (const damage of [
	{ name: 'damaged', notice: 'lab.notice.restoreCorrupted', edit: (text: string) => text.slice(0, text.length / 2) },
	{
		name: 'older-format',
		notice: 'lab.notice.restoreOtherVersion',
		edit: (text: string) => text.replace(/^\{"version":\d+/, '{"version":0'),
	},
] as const) {
	test(`lab with a ${damage.name} save: starts afresh with a notice and saves anew`, async ({ page }) => {
		const errors = collectErrors(page);
		await startLab(page);
		const saved = await page.evaluate(
			(prefix) => Object.keys(localStorage).filter((k) => k.startsWith(prefix)),
			LAB_PREFIX,
		);
		expect(saved).toHaveLength(1);
		const key = saved[0] as string;
		const text = (await page.evaluate((k) => localStorage.getItem(k), key)) ?? '';
		const edited = damage.edit(text);
		expect(edited).not.toBe(text);
		await page.evaluate(([k, v]) => localStorage.setItem(k, v), [key, edited] as const);

		await page.reload();
		await page.locator('.course-lab-host').scrollIntoViewIfNeeded();
		await page.waitForSelector('astro-island:not([ssr])');
		await expect(page.getByText(t(damage.notice))).toBeVisible();
		await expect(page.getByRole('button', { name: t('lab.action.generate') })).toBeVisible();
		// The unusable save is gone, replaced by the fresh lab's; playing on saves a good one.
		expect(await page.evaluate((k) => localStorage.getItem(k), key)).not.toBe(edited);
		await page.getByRole('button', { name: t('lab.action.generate') }).click();
		await expect(page.getByRole('button', { name: t('lab.action.confirmTiering') })).toBeEnabled({ timeout: 30_000 });
		await expect
			.poll(() => page.evaluate((k) => localStorage.getItem(k), key))
			.toMatch(/^\{"version":[1-9].*"value":"tier"/);
		expect(errors).toEqual([]);
	});
}

async function openAnalyzer(page: Page) {
	await page.goto('/en/labs/analyzer/');
	await page.locator('.course-analyzer-host').scrollIntoViewIfNeeded();
	await page.waitForSelector('astro-island:not([ssr])');
}

test('analyzer with storage blocked: analyses in memory and says remembering is off', async ({ page }) => {
	const errors = collectErrors(page);
	await blockStorage(page);
	await openAnalyzer(page);
	await page.getByRole('checkbox', { name: t('analyzer.remember.label') }).check();
	await expect(page.getByText(t('analyzer.remember.off'))).toBeVisible();
	await page.getByRole('button', { name: t('analyzer.demo.load') }).click();
	await expect(page.getByRole('button', { name: t('analyzer.map.check') })).toBeVisible({ timeout: 30_000 });
	await page.getByRole('button', { name: t('analyzer.map.check') }).click();
	await expect(page.getByRole('table', { name: t('analyzer.rfm.segmentsCaption') })).toBeVisible();
	await page.getByRole('button', { name: t('analyzer.clear') }).click();
	expect(errors).toEqual([]);
});

test('analyzer with damaged remembered data: removes it and says so', async ({ page }) => {
	const errors = collectErrors(page);
	await page.addInitScript(() => {
		if (!sessionStorage.getItem('seeded')) {
			localStorage.setItem('course-analyzer-v1', '{"text": 42');
			sessionStorage.setItem('seeded', '1');
		}
	});
	await openAnalyzer(page);
	await expect(page.getByText(t('analyzer.remember.corrupted'))).toBeVisible();
	expect(await page.evaluate(() => localStorage.getItem('course-analyzer-v1'))).toBeNull();
	expect(errors).toEqual([]);
});

test('debrief with storage blocked: imports a team in memory and says saving is off', async ({ page }) => {
	const errors = collectErrors(page);
	await blockStorage(page);
	await page.goto(`/en/workshop/debrief/#s=${sessionCode(session)}`);
	await page.locator('.course-workshop-host').scrollIntoViewIfNeeded();
	await page.waitForSelector('astro-island:not([ssr])');
	await page.getByLabel(t('workshop.debrief.pasteLabel')).fill(teamResultCode(honestResult('红队', 'uniform', 1)));
	await page.getByRole('button', { name: t('workshop.debrief.pasteButton') }).click();
	await expect(page.getByText(t('workshop.debrief.storageOff'))).toBeVisible({ timeout: 30_000 });
	await expect(page.getByRole('table', { name: t('workshop.debrief.leaderboard') }).locator('tbody tr')).toHaveCount(1);
	expect(errors).toEqual([]);
});

test('debrief with a damaged saved list: says so and starts empty', async ({ page }) => {
	const errors = collectErrors(page);
	const code = sessionCode(session);
	await page.goto(`/en/workshop/debrief/#s=${code}`);
	await page.evaluate(() => {
		for (const key of Object.keys(localStorage)) localStorage.removeItem(key);
	});
	// The debrief keeps its teams under the session's id; find it by importing one team first.
	await page.locator('.course-workshop-host').scrollIntoViewIfNeeded();
	await page.waitForSelector('astro-island:not([ssr])');
	await page.getByLabel(t('workshop.debrief.pasteLabel')).fill(teamResultCode(honestResult('红队', 'uniform', 1)));
	await page.getByRole('button', { name: t('workshop.debrief.pasteButton') }).click();
	await expect(page.getByRole('table', { name: t('workshop.debrief.leaderboard') }).locator('tbody tr')).toHaveCount(
		1,
		{ timeout: 30_000 },
	);
	const key = await page.evaluate(() =>
		Object.keys(localStorage).find((k) => k.startsWith('course:workshop-debrief:')),
	);
	expect(key).toBeTruthy();
	await page.evaluate((k) => localStorage.setItem(k, '["t1.abc", 42'), key as string);
	await page.reload();
	await page.locator('.course-workshop-host').scrollIntoViewIfNeeded();
	await expect(page.getByText(t('workshop.debrief.restoreCorrupted'))).toBeVisible();
	await expect(page.getByText(t('workshop.debrief.empty'))).toBeVisible();
	expect(errors).toEqual([]);
});
