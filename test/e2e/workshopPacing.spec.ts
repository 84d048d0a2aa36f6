import { type Browser, type BrowserContext, expect, type Page, test } from '@playwright/test';
import { type Locale, uiStrings } from '../../src/i18n/uiStrings.ts';
import { collectErrors, expectNoAxeViolations } from './support/pageChecks.ts';

// A room run at the facilitator's pace: a facilitator and three teams (phones and laptops, Chinese and English pages
// in one session). Rounds open by code only, and a round's event stays hidden until then; a wrong code is named in the
// page's language; a team carries on from its result code in a fresh browser; a second tab of one team is detected
// and reconciled instead of overwriting a locked round; a round that locks when time is up stops running.
const phone = { width: 390, height: 844 };
const laptop = { width: 1366, height: 800 };
const policy = 'status-quo';

async function openHost(page: Page) {
	await page.locator('.course-workshop-host').scrollIntoViewIfNeeded();
	await page.waitForSelector('astro-island:not([ssr])');
}

async function createSession(page: Page): Promise<string> {
	const t = uiStrings('en');
	await page.goto('/en/workshop/facilitator/');
	await openHost(page);
	await page.getByRole('combobox', { name: t('workshop.facilitator.size'), exact: true }).selectOption('500');
	await page.getByRole('combobox', { name: t('workshop.facilitator.rounds'), exact: true }).selectOption('2');
	await page
		.getByRole('combobox', { name: t('workshop.facilitator.eventForRound', { round: 1 }), exact: true })
		.selectOption('');
	await page
		.getByRole('combobox', { name: t('workshop.facilitator.eventForRound', { round: 2 }), exact: true })
		.selectOption('downturn');
	await page.getByLabel(t('workshop.facilitator.teams')).fill('红队\nBlue\n绿队');
	await page.getByRole('button', { name: t('workshop.facilitator.create') }).click();
	return page.getByLabel(t('workshop.facilitator.link')).inputValue();
}

/** The facilitator opens the next round; returns its code as the projector shows it. */
async function openRound(page: Page, round: number, lock: boolean): Promise<string> {
	const t = uiStrings('en');
	await page
		.getByRole('radio', { name: t(lock ? 'workshop.facilitator.pacing.lock' : 'workshop.facilitator.pacing.warn') })
		.check();
	await page.getByRole('button', { name: t('workshop.facilitator.pacing.open', { round, minutes: 15 }) }).click();
	const code = page.locator('.workshop-pacing__code');
	const heading = t('workshop.facilitator.pacing.codeFor', { round, time: '\u0000' }).split('\u0000')[0] ?? '';
	await expect(page.locator('.workshop-pacing__current')).toContainText(heading);
	const text = await code.innerText();
	expect(text).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
	return text;
}

async function teamPage(context: BrowserContext, link: string, locale: Locale): Promise<Page> {
	const page = await context.newPage();
	await page.goto(locale === 'en' ? link : link.replace('/en/workshop/', '/workshop/'));
	await openHost(page);
	return page;
}

async function pickTeam(page: Page, locale: Locale, name: string) {
	const t = uiStrings(locale);
	// No team is chosen for a new device.
	for (const radio of await page.getByRole('radio').all()) await expect(radio).not.toBeChecked();
	await page.getByRole('radio', { name }).check();
	await page.getByRole('button', { name: t('workshop.team.start') }).click();
	const confirm = page.getByRole('button', { name: t('lab.action.confirmTiering') });
	await expect(confirm).toBeEnabled({ timeout: 30_000 });
	await confirm.click();
}

/** Types a round's code and runs the round with the reference policy; ends in the round's review. */
async function playRound(page: Page, locale: Locale, round: number, code: string) {
	const t = uiStrings(locale);
	const panel = page.getByRole('region', { name: t('lab.allocate.title', { round }) });
	await expect(panel).toBeVisible({ timeout: 30_000 });
	const run = page.getByRole('button', { name: t('lab.action.runRound', { round }) });
	await expect(run).toBeDisabled();
	await expect(page.getByText(t('workshop.round.needCode', { round }))).toBeVisible();
	await page.getByLabel(t('workshop.round.codeLabel', { round })).fill(code.toLowerCase());
	await page.getByRole('button', { name: t('workshop.round.open') }).click();
	await expect(run).toBeEnabled();
	await panel.getByRole('button', { name: t(`policy.${policy}` as never), exact: true }).click();
	await run.click();
	await expect(page.getByRole('region', { name: t('lab.review.title', { round, rounds: 2 }) })).toBeVisible({
		timeout: 30_000,
	});
}

/** Everything the team page says, for checking that an event is not named anywhere on it. */
const pageText = (page: Page) => page.locator('main').innerText();

async function newTeamContext(browser: Browser, viewport: { width: number; height: number }) {
	return browser.newContext({ viewport });
}

test('rounds open by code, a team resumes from its code, and a second tab is reconciled', async ({ page, browser }) => {
	test.setTimeout(420_000);
	const en = uiStrings('en');
	const zh = uiStrings('zh-CN');
	await page.setViewportSize({ width: 1920, height: 1080 });
	const errors = collectErrors(page);
	const link = await createSession(page);

	// Red, on a phone, in Chinese: round 1 waits for its code, and round 2's downturn is named nowhere.
	const redContext = await newTeamContext(browser, phone);
	const red = await teamPage(redContext, link, 'zh-CN');
	const redErrors = collectErrors(red);
	await pickTeam(red, 'zh-CN', '红队');
	await expect(red.getByRole('button', { name: zh('lab.action.runRound', { round: 1 }) })).toBeDisabled({
		timeout: 30_000,
	});
	expect(await pageText(red)).not.toContain(zh('event.downturn.name'));
	await expectNoAxeViolations(red);

	const round1 = await openRound(page, 1, false);
	await expectNoAxeViolations(page);
	// A typo, and then round 1's code typed into round 2's box later: each named in the page's language.
	const box = red.getByLabel(zh('workshop.round.codeLabel', { round: 1 }));
	const typo = `${round1.slice(0, -1)}${round1.endsWith('0') ? '1' : '0'}`;
	await box.fill(typo);
	await red.getByRole('button', { name: zh('workshop.round.open') }).click();
	await expect(red.getByRole('alert')).toContainText(zh('workshop.check.roundCodeChecksum'));
	await playRound(red, 'zh-CN', 1, round1);
	// The backup code is offered after the round.
	await expect(red.getByText(zh('workshop.handIn.backup'))).toBeVisible();
	await red.getByRole('button', { name: zh('lab.action.nextRound') }).click();
	await expect(red.getByRole('region', { name: zh('lab.allocate.title', { round: 2 }) })).toBeVisible({
		timeout: 30_000,
	});
	await red.getByLabel(zh('workshop.round.codeLabel', { round: 2 })).fill(round1);
	await red.getByRole('button', { name: zh('workshop.round.open') }).click();
	await expect(red.getByRole('alert')).toContainText(zh('workshop.check.roundCodeRound', { found: 1, expected: 2 }));
	expect(await pageText(red)).not.toContain(zh('event.downturn.name'));
	// A reload keeps the round open, and the device remembers its team.
	await red.reload();
	await openHost(red);
	await expect(red.getByText(zh('workshop.team.playingAs', { team: '红队' }))).toBeVisible();

	// Blue, on a laptop, in English, plays round 1, then carries on from its result code in a fresh browser.
	const blueContext = await newTeamContext(browser, laptop);
	const blue = await teamPage(blueContext, link, 'en');
	await pickTeam(blue, 'en', 'Blue');
	await playRound(blue, 'en', 1, round1);
	const blueCode = await blue.getByLabel(en('workshop.handIn.code')).inputValue();
	await blueContext.close();
	const freshContext = await newTeamContext(browser, phone);
	const fresh = await freshContext.newPage();
	const freshErrors = collectErrors(fresh);
	await fresh.goto('/en/workshop/team/');
	await openHost(fresh);
	await fresh.getByLabel(en('workshop.resume.label')).fill(blueCode);
	await fresh.getByRole('button', { name: en('workshop.resume.button') }).click();
	await expect(fresh.getByText(en('workshop.team.playingAs', { team: 'Blue' }))).toBeVisible({ timeout: 60_000 });
	await expect(fresh.getByRole('region', { name: en('lab.review.title', { round: 1, rounds: 2 }) })).toBeVisible({
		timeout: 30_000,
	});
	await expect(fresh.getByLabel(en('workshop.handIn.code'))).toHaveValue(blueCode);

	// Green, on a laptop, in Chinese, opens a second tab of itself: both tabs say so, and the tab that falls behind
	// takes over the round the other locked rather than overwriting it.
	const greenContext = await newTeamContext(browser, laptop);
	const green = await teamPage(greenContext, link, 'zh-CN');
	await pickTeam(green, 'zh-CN', '绿队');
	await expect(green.getByRole('region', { name: zh('lab.allocate.title', { round: 1 }) })).toBeVisible({
		timeout: 30_000,
	});
	const second = await teamPage(greenContext, link, 'zh-CN');
	await second.getByRole('button', { name: zh('workshop.team.continueAs', { team: '绿队' }) }).click();
	await expect(second.getByRole('region', { name: zh('lab.allocate.title', { round: 1 }) })).toBeVisible({
		timeout: 30_000,
	});
	await expect(green.getByText(zh('workshop.team.otherTab', { team: '绿队' }))).toBeVisible();
	await expect(second.getByText(zh('workshop.team.otherTab', { team: '绿队' }))).toBeVisible();
	await playRound(green, 'zh-CN', 1, round1);
	await expect(second.getByText(zh('lab.notice.otherTab'))).toBeVisible({ timeout: 30_000 });
	await expect(second.getByRole('region', { name: zh('lab.review.title', { round: 1, rounds: 2 }) })).toBeVisible({
		timeout: 30_000,
	});
	// The round opened in one tab is open in the other too.
	await second.getByRole('button', { name: zh('lab.action.nextRound') }).click();
	await expect(second.getByRole('region', { name: zh('lab.allocate.title', { round: 2 }) })).toBeVisible({
		timeout: 30_000,
	});

	// Round 2 locks when its time is up. Its code names the downturn, which only now appears.
	const round2 = await openRound(page, 2, true);
	await red.getByLabel(zh('workshop.round.codeLabel', { round: 2 })).fill(round2);
	await red.getByRole('button', { name: zh('workshop.round.open') }).click();
	await expect(red.getByText(zh('workshop.team.eventThisRound', { event: zh('event.downturn.name') }))).toBeVisible();
	await expect(red.getByRole('button', { name: zh('lab.action.runRound', { round: 2 }) })).toBeEnabled();
	await redContext.close();

	// The same team after the closing time (its clock moved on sixteen minutes): the round no longer runs.
	const lateContext = await newTeamContext(browser, phone);
	await lateContext.clock.install();
	const late = await teamPage(lateContext, link, 'zh-CN');
	await late
		.getByLabel(zh('workshop.resume.label'))
		.fill(await fresh.getByLabel(en('workshop.handIn.code')).inputValue());
	await late.getByRole('button', { name: zh('workshop.resume.button') }).click();
	await late.getByRole('button', { name: zh('lab.action.nextRound') }).click();
	await late.getByLabel(zh('workshop.round.codeLabel', { round: 2 })).fill(round2);
	await late.getByRole('button', { name: zh('workshop.round.open') }).click();
	const run2 = late.getByRole('button', { name: zh('lab.action.runRound', { round: 2 }) });
	await expect(run2).toBeEnabled();
	await late.clock.fastForward('16:00');
	await expect(late.getByText(zh('workshop.round.closedLock')).first()).toBeVisible();
	await expect(run2).toBeDisabled();
	await expect(late.getByLabel(zh('workshop.round.reissueLabel', { round: 2 }))).toBeVisible();

	expect(errors).toEqual([]);
	expect(redErrors).toEqual([]);
	expect(freshErrors).toEqual([]);
	await Promise.all([freshContext.close(), greenContext.close(), lateContext.close()]);
});
