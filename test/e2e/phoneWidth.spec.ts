import { expect, type Page, test } from '@playwright/test';
import { type Locale, uiStrings } from '../../src/i18n/uiStrings.ts';
import { teamResultCode } from '../../src/sim/workshop/teamResult.ts';
import { sessionCode, type WorkshopSession } from '../../src/sim/workshop/workshopSession.ts';
import { honestResult } from '../unit/workshop/workshopFixtures.ts';
import { distPages } from './support/distPages.ts';
import { loadedScripts } from './support/loadedScripts.ts';
import { expectNoAxeViolations } from './support/pageChecks.ts';

// Every page of the build, in both locales, on a phone: 390 × 844 CSS pixels, as an iPhone 12–15 shows it. Nothing is
// wider than the screen (a page that scrolls sideways hides the end of every line), every box that does scroll
// sideways can be reached and scrolled from the keyboard and is named, and axe finds nothing. The islands are scrolled
// into view first, so what they draw counts too.
const pages = distPages().filter((p) => !p.route.endsWith('404.html'));
const PHONE = { width: 390, height: 844 };

test.use({ viewport: PHONE, serviceWorkers: 'block' });

/** The page is no wider than the phone, and every box that scrolls sideways can take focus and has a name. */
async function expectFitsThePhone(page: Page) {
	const width = await page.evaluate(() => document.documentElement.scrollWidth);
	expect(width, 'the page must not be wider than the phone').toBeLessThanOrEqual(PHONE.width);
	// Boxes that scroll sideways now: each must take focus itself (or hold something that does) and have a name.
	const unreachable = await page.evaluate(() =>
		[...document.querySelectorAll<HTMLElement>('body *')]
			.filter((el) => {
				const style = getComputedStyle(el);
				return /auto|scroll/.test(style.overflowX) && el.scrollWidth > el.clientWidth + 1;
			})
			.filter((el) => {
				const focusable = el.tabIndex >= 0 || el.querySelector('a[href], button, input, select, textarea, [tabindex]');
				const named = el.getAttribute('aria-label') || el.getAttribute('aria-labelledby');
				return !focusable || !named;
			})
			.map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')}`),
	);
	expect(unreachable).toEqual([]);
}

for (const { route } of pages) {
	test(`${route} at ${PHONE.width} px: no sideways page, scroll boxes focusable and named, no axe violations`, async ({
		page,
	}) => {
		await loadedScripts(page, route, false);
		await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
		await expectFitsThePhone(page);
		await expectNoAxeViolations(page);
	});
}

// The debrief page is empty at build time; its wide tables (the leaderboard, every team's decisions, one team's
// rounds) appear only once hand-ins are imported, so it is checked again with six teams, one of them a copy.
const played: WorkshopSession = {
	scenario: 'ict-equipment',
	seed: 7,
	size: 400,
	rounds: 3,
	mode: 'expected',
	events: [{ round: 2, type: 'downturn' }],
	teams: ['红队', '蓝队', '绿队', '第四组', 'Yellow team', '紫队'],
	minutesPerRound: 15,
};
const policies = ['needs-based', 'status-quo', 'uniform', 'value-proportional'] as const;

for (const { locale, prefix } of [
	{ locale: 'zh-CN' as Locale, prefix: '' },
	{ locale: 'en' as Locale, prefix: '/en' },
]) {
	test(`the ${locale} debrief with six teams imported at ${PHONE.width} px: no sideways page, scroll boxes focusable and named`, async ({
		page,
	}) => {
		test.setTimeout(120_000);
		const t = uiStrings(locale);
		const codes = played.teams.map((team, i) =>
			teamResultCode(honestResult(team, policies[i % 4] ?? 'uniform', 3 - (i % 2), played)),
		);
		await loadedScripts(page, `${prefix}/workshop/debrief/#s=${sessionCode(played)}`, false);
		await page.getByLabel(t('workshop.debrief.pasteLabel')).fill(codes.join('\n'));
		await page.getByRole('button', { name: t('workshop.debrief.pasteButton') }).click();
		const board = page.getByRole('table', { name: t('workshop.debrief.leaderboard') });
		await expect(board.locator('tbody tr')).toHaveCount(6, { timeout: 60_000 });
		const decisions = page.getByRole('region', { name: t('workshop.debrief.decisions') });
		await expect(
			decisions.getByRole('table', { name: t('workshop.debrief.decisionsRound', { round: 1 }) }),
		).toBeVisible();
		await expectFitsThePhone(page);
		await expectNoAxeViolations(page);
		// One team on the screen: its tiering and every round, tier by tier.
		await decisions.getByLabel(t('workshop.debrief.decisionsShow')).selectOption('红队');
		await expect(
			decisions.getByRole('table', { name: t('workshop.debrief.decisionsOf', { team: '红队' }) }),
		).toBeVisible();
		await expectFitsThePhone(page);
	});
}
