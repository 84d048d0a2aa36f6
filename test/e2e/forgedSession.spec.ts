import { expect, test } from '@playwright/test';
import { type Locale, uiStrings } from '../../src/i18n/uiStrings.ts';
import { teamResultCode } from '../../src/sim/workshop/teamResult.ts';
import { sessionCode, type WorkshopSession } from '../../src/sim/workshop/workshopSession.ts';
import { honestResult, session } from '../unit/workshop/workshopFixtures.ts';
import { collectErrors } from './support/pageChecks.ts';

// Issue 26: each forged session of the table, played honestly inside itself, is refused by the browser
// debrief, which names the field that differs; without a session the debrief refuses every hand-in until one is set.
const forgeries: { field: keyof WorkshopSession; forged: WorkshopSession; rounds: number }[] = [
	{ field: 'rounds', forged: { ...session, rounds: 8 }, rounds: 8 },
	{ field: 'seed', forged: { ...session, seed: 5 }, rounds: 3 },
	{ field: 'mode', forged: { ...session, mode: 'stochastic' }, rounds: 3 },
	{ field: 'events', forged: { ...session, events: [] }, rounds: 3 },
	{ field: 'size', forged: { ...session, size: 200 }, rounds: 3 },
	{ field: 'teams', forged: { ...session, teams: [...session.teams, 'Zed'] }, rounds: 3 },
];

for (const { locale, prefix } of [
	{ locale: 'zh-CN' as Locale, prefix: '' },
	{ locale: 'en' as Locale, prefix: '/en' },
]) {
	const t = uiStrings(locale);

	test(`the debrief in ${locale} refuses every forged session kind, naming the field`, async ({ page }) => {
		test.setTimeout(120_000);
		const errors = collectErrors(page);
		await page.goto(`${prefix}/workshop/debrief/#s=${sessionCode(session)}`);
		await page.locator('.course-workshop-host').scrollIntoViewIfNeeded();
		await page.waitForSelector('astro-island:not([ssr])');
		const paste = page.getByLabel(t('workshop.debrief.pasteLabel'));
		const bad = page.locator('.workshop-log__bad');
		for (const [i, { field, forged, rounds }] of forgeries.entries()) {
			await paste.fill(teamResultCode(honestResult('红队', 'needs-based', rounds, forged)));
			await page.getByRole('button', { name: t('workshop.debrief.pasteButton') }).click();
			await expect(bad).toHaveCount(i + 1, { timeout: 30_000 });
			await expect(bad.first()).toContainText(t('workshop.check.session'));
			await expect(bad.first()).toContainText(t(`workshop.sessionField.${field}` as never));
		}
		await expect(page.getByRole('table', { name: t('workshop.debrief.leaderboard') })).toHaveCount(0);
		// The honest hand-in of the same team is accepted.
		await paste.fill(teamResultCode(honestResult('红队', 'needs-based')));
		await page.getByRole('button', { name: t('workshop.debrief.pasteButton') }).click();
		await expect(page.getByRole('table', { name: t('workshop.debrief.leaderboard') }).locator('tbody tr')).toHaveCount(
			1,
			{ timeout: 30_000 },
		);
		expect(errors).toEqual([]);
	});

	test(`the debrief in ${locale} without a session refuses hand-ins until the session link is pasted`, async ({
		page,
	}) => {
		test.setTimeout(120_000);
		const errors = collectErrors(page);
		await page.goto(`${prefix}/workshop/debrief/`);
		await page.locator('.course-workshop-host').scrollIntoViewIfNeeded();
		await page.waitForSelector('astro-island:not([ssr])');
		await expect(page.getByText(t('workshop.debrief.noSession'))).toBeVisible();
		const paste = page.getByLabel(t('workshop.debrief.pasteLabel'));
		const code = teamResultCode(honestResult('红队', 'needs-based'));
		await paste.fill(code);
		await page.getByRole('button', { name: t('workshop.debrief.pasteButton') }).click();
		await expect(page.locator('.workshop-log__bad').first()).toContainText(t('workshop.check.noSession'));
		await paste.fill(`https://example.org${prefix}/workshop/facilitator/#s=${sessionCode(session)}`);
		await page.getByRole('button', { name: t('workshop.debrief.pasteButton') }).click();
		await paste.fill(code);
		await page.getByRole('button', { name: t('workshop.debrief.pasteButton') }).click();
		await expect(page.getByRole('table', { name: t('workshop.debrief.leaderboard') }).locator('tbody tr')).toHaveCount(
			1,
			{ timeout: 30_000 },
		);
		expect(errors).toEqual([]);
	});
}
