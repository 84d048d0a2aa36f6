import { expect, test } from '@playwright/test';
import { distPages } from './support/distPages.ts';
import { loadedScripts, totalKb } from './support/loadedScripts.ts';
import { collectErrors, expectNoAxeViolations } from './support/pageChecks.ts';

// Every page of the build, in both locales, held to the same bar: it hydrates under the Content-Security-Policy with no
// violation and no console error, asks nothing of another site, stays within its JavaScript budget, and has no axe
// violation. A page with an island (lab, analyzer, workshop) may load 250 KB gzipped; a text page 40 KB.
const pages = distPages();
const TEXT_BUDGET_KB = 40;
const INTERACTIVE_BUDGET_KB = 250;

// The service worker would precache the whole site in every test; the offline spec covers it.
test.use({ serviceWorkers: 'block' });

test('the build has both locales of every page to check', () => {
	expect(pages.length).toBeGreaterThan(60);
	expect(pages.filter((p) => p.route.startsWith('/en/')).length).toBeGreaterThan(28);
});

for (const { route, html } of pages) {
	const interactive = html.includes('<astro-island');
	const budget = interactive ? INTERACTIVE_BUDGET_KB : TEXT_BUDGET_KB;

	test(`${route}: CSP-clean, same-origin only, ≤ ${budget} KB JS, no axe violations`, async ({
		page,
		context,
		baseURL,
	}) => {
		const errors = collectErrors(page);
		const offSite: string[] = [];
		context.on('request', (request) => {
			const url = new URL(request.url());
			if (url.protocol === 'data:' || url.protocol === 'blob:') return;
			if (url.origin !== new URL(baseURL ?? '').origin) offSite.push(request.url());
		});
		await page.addInitScript(() => {
			const seen: string[] = [];
			(window as { __csp?: string[] }).__csp = seen;
			document.addEventListener('securitypolicyviolation', (e) =>
				seen.push(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`),
			);
		});

		const scripts = await loadedScripts(page, route, false);
		// Every island hydrated: a script blocked by the policy would leave one server-rendered only.
		await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
		const kb = totalKb(scripts);
		console.log(`[budget] ${route}: ${kb.toFixed(1)} KB gzipped JS in ${scripts.size} files (limit ${budget})`);

		expect(await page.evaluate(() => (window as { __csp?: string[] }).__csp)).toEqual([]);
		expect(errors).toEqual([]);
		expect(offSite).toEqual([]);
		expect(kb).toBeLessThanOrEqual(budget);
		expect(
			[...scripts.keys()].filter((p) => /faker/i.test(p)),
			'faker must not reach the page',
		).toEqual([]);
		await expectNoAxeViolations(page);
	});
}
