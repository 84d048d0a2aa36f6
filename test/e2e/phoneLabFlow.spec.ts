import { expect, type Page, test } from '@playwright/test';
import { type Locale, uiStrings } from '../../src/i18n/uiStrings.ts';
import { generatePortfolio } from './support/labSteps.ts';

// A round of the simulator on a phone, played with the buttons as a learner does. After each step's button the view
// and the keyboard focus land on the new step's heading: the next round opens at its title and event notice, the
// review at its title, the debrief at its title. Without it the view stays screens below, in the last step's charts.
const PHONE = { width: 390, height: 844 };
test.use({ viewport: PHONE, serviceWorkers: 'block' });

async function expectLandedOn(page: Page, name: string | RegExp) {
	const heading = page.getByRole('heading', { level: 3, name });
	await expect(heading).toBeFocused({ timeout: 10_000 });
	await expect(heading).toBeInViewport();
	// Not hidden under Starlight's fixed top bar.
	const top = await heading.evaluate((el) => el.getBoundingClientRect().top);
	const bar = await page.locator('header.header').evaluate((el) => el.getBoundingClientRect().bottom);
	expect(top).toBeGreaterThanOrEqual(bar);
}

for (const { route, locale } of [
	{ route: '/labs/simulator/', locale: 'zh-CN' as Locale },
	{ route: '/en/labs/simulator/', locale: 'en' as Locale },
]) {
	const t = uiStrings(locale);
	test(`${route} on a phone: each step's button lands on the next step's heading`, async ({ page }) => {
		test.setTimeout(120_000);
		await page.goto(route);
		await generatePortfolio(page, locale, '500');

		await page.getByRole('button', { name: t('lab.action.confirmTiering') }).click();
		await expectLandedOn(page, t('lab.allocate.title', { round: 1 }));

		await page.getByRole('button', { name: t('lab.action.runRound', { round: 1 }) }).click();
		await expectLandedOn(page, t('lab.review.title', { round: 1, rounds: 4 }));

		await page.getByRole('button', { name: t('lab.action.nextRound') }).click();
		await expectLandedOn(page, t('lab.allocate.title', { round: 2 }));
		// Round 2 opens with its event notice on screen, before the sliders.
		await expect(page.locator('.course-allocate__events')).toBeInViewport({ ratio: 0.2 });

		await page.getByRole('button', { name: t('lab.action.runRound', { round: 2 }) }).click();
		await expectLandedOn(page, t('lab.review.title', { round: 2, rounds: 4 }));
		// Ending early asks first, with the safe answer focused; declining keeps the round and returns to the button.
		const finish = page.getByRole('button', { name: t('lab.action.finishEarly') });
		await finish.click();
		await expect(page.getByRole('button', { name: t('lab.finish.no') })).toBeFocused();
		await page.keyboard.press('Enter');
		await expect(finish).toBeFocused();
		await finish.click();
		await page.getByRole('button', { name: t('lab.finish.yes') }).click();
		await expectLandedOn(page, t('lab.debrief.title'));

		// A reload restores the debrief where it was, without pulling the view into the lab.
		await page.reload();
		await page.locator('.course-lab-host').scrollIntoViewIfNeeded();
		const debrief = page.getByRole('heading', { level: 3, name: t('lab.debrief.title') });
		await expect(debrief).toBeVisible({ timeout: 30_000 });
		await expect(debrief).not.toBeFocused();
	});
}
