import { expect, test } from '@playwright/test';
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

for (const { route } of pages) {
	test(`${route} at ${PHONE.width} px: no sideways page, scroll boxes focusable and named, no axe violations`, async ({
		page,
	}) => {
		await loadedScripts(page, route, false);
		await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
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
					const focusable =
						el.tabIndex >= 0 || el.querySelector('a[href], button, input, select, textarea, [tabindex]');
					const named = el.getAttribute('aria-label') || el.getAttribute('aria-labelledby');
					return !focusable || !named;
				})
				.map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')}`),
		);
		expect(unreachable).toEqual([]);
		await expectNoAxeViolations(page);
	});
}
